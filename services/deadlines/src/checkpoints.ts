import { createSqlAccessLog, DEFAULT_ACCESS_LOG_SCHEMA } from '@relocation/access-log';
import {
  createSqlCheckpoints,
  readCheckpointSigningKey,
  type CheckpointPublisher,
  type CheckpointSink,
} from '@relocation/checkpoint';
import type { SqlEventStore } from '@relocation/event-store-postgres';
import { createCheckpointTopicSink, createKafka, kafkaConfigSchema } from '@relocation/kafka';
import type { MonitorConfig } from './config.ts';

/**
 * The checkpoint publisher hosted beside the monitor (CHECKPOINTS=on): signs the heads of every stream and of the
 * access log into CHECKPOINT_DIR and, with CHECKPOINT_KAFKA=on, to the Kafka topic. Returns the worker; the
 * runtime host starts it.
 */
export async function createCheckpoints(
  checkpoints: NonNullable<MonitorConfig['checkpoints']>,
  store: SqlEventStore,
  env: Readonly<Record<string, string | undefined>>,
  logger: { info(fields: object, message: string): void; error(fields: object, message: string): void },
): Promise<CheckpointPublisher> {
  const key = await readCheckpointSigningKey(checkpoints.signingKeyFile);
  const accessLog = await createSqlAccessLog({ driver: store.driver });
  const sinks: CheckpointSink[] = [];
  if (checkpoints.kafka === 'on') {
    const kafkaConfig = kafkaConfigSchema.parse(env);
    sinks.push(createCheckpointTopicSink(createKafka(kafkaConfig), kafkaConfig));
  }
  const { publisher } = createSqlCheckpoints({
    db: store.driver,
    store,
    eventStoreSchema: store.schema,
    accessLog,
    accessLogSchema: DEFAULT_ACCESS_LOG_SCHEMA,
    key,
    directory: checkpoints.directory,
    publish: { intervalMs: checkpoints.intervalMs, sinks },
    clock: () => new Date(),
    logger,
  });
  if (publisher === undefined) throw new Error('no checkpoint publisher was made');
  return publisher;
}
