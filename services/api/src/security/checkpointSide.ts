import type { AccessLog } from '@relocation/access-log';
import {
  createSqlCheckpoints,
  loadOrCreateDevCheckpointKey,
  readCheckpointSigningKey,
  readLatestCheckpoint,
  type CheckpointPublisher,
  type CheckpointSigningKey,
  type CheckpointSink,
  type CheckpointVerification,
  type VerifyAllReport,
} from '@relocation/checkpoint';
import type { EventStore } from '@relocation/event-store';
import type { SqlDriver } from '@relocation/postgres';
import type { Config } from '../config.ts';

export interface CheckpointSideOptions {
  readonly config: Pick<Config, 'checkpoints' | 'dataDir' | 'auth'>;
  /** The environment, for the KAFKA_* settings when CHECKPOINT_KAFKA=on. */
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly driver: SqlDriver;
  readonly store: EventStore;
  /** The SQL event store's schema; undefined with KurrentDB, which has no checkpoints (yet). */
  readonly eventStoreSchema: string | undefined;
  readonly accessLog: AccessLog;
  readonly accessLogSchema: string;
  readonly clock: () => Date;
  readonly logger: {
    info(fields: object, message: string): void;
    warn(message: string): void;
    error(fields: object, message: string): void;
  };
}

export interface CheckpointSide {
  /** The chains of the event store and access log, and both against the newest signed checkpoint. */
  verify(options?: { readonly streamPrefix?: string }): Promise<VerifyAllReport>;
  /** Only the checkpoint comparison (GET /v1/audit/verify adds it to the chains it verifies). */
  verifyCheckpoint(): Promise<CheckpointVerification | undefined>;
  /** The worker, when this process signs (CHECKPOINTS=inline) and the events are in SQL. */
  readonly publisher?: CheckpointPublisher;
}

/** The signing key: CHECKPOINT_SIGNING_KEY_FILE, or in development a key generated into DATA_DIR. */
export async function checkpointSigningKey(
  config: Pick<Config, 'checkpoints' | 'dataDir'>,
  warn: (message: string) => void,
): Promise<CheckpointSigningKey> {
  if (config.checkpoints.signingKeyFile !== undefined) {
    return readCheckpointSigningKey(config.checkpoints.signingKeyFile);
  }
  const dev = await loadOrCreateDevCheckpointKey(config.dataDir);
  if (dev.created) {
    warn(
      `Generated a development checkpoint signing key in ${dev.path}. It is for development only: set ` +
        'CHECKPOINT_SIGNING_KEY_FILE to a key kept off the database host for real data.',
    );
  }
  return dev.key;
}

/**
 * When the newest checkpoint in CHECKPOINT_DIR that verifies with this deployment's key was issued (undefined: none),
 * for the metrics; the key is read on the first call. Whoever signs (this process with CHECKPOINTS=inline, or the
 * deadlines service) writes there, so a stalled signer shows as an old timestamp.
 */
export function checkpointFreshness(
  config: Pick<Config, 'checkpoints' | 'dataDir'>,
  warn: (message: string) => void,
): () => Promise<Date | undefined> {
  let key: Promise<CheckpointSigningKey> | undefined;
  return async () => {
    key ??= checkpointSigningKey(config, warn);
    const { latest } = await readLatestCheckpoint(config.checkpoints.directory, await key);
    return latest === undefined ? undefined : new Date(latest.body.issuedAt);
  };
}

/**
 * Signed checkpoints for one process: the key, the comparison verify uses, and (CHECKPOINTS=inline) the publisher
 * worker that signs the heads every CHECKPOINT_INTERVAL_MS into CHECKPOINT_DIR and, with CHECKPOINT_KAFKA=on, to
 * the Kafka topic. The caller starts and stops the worker.
 */
export async function createCheckpointSide(options: CheckpointSideOptions): Promise<CheckpointSide> {
  const { config } = options;
  const key = await checkpointSigningKey(config, options.logger.warn);
  const schema = options.eventStoreSchema;
  if (schema === undefined) {
    // KurrentDB: no checkpoints of its streams (yet); verify checks the chains only.
    return {
      async verify(verifyOptions = {}) {
        const eventStore = await options.store.verify(verifyOptions);
        const accessLog = await options.accessLog.verify();
        const checkpoint = { ok: true, checkpoint: null, problems: [] };
        return { ok: eventStore.ok && accessLog.ok, eventStore, accessLog, checkpoint };
      },
      verifyCheckpoint: async () => undefined,
    };
  }
  const sinks: CheckpointSink[] = [];
  if (config.checkpoints.publisher === 'inline' && config.checkpoints.kafka === 'on') {
    // Loaded only here: the Kafka client is not part of the embedded engine's start.
    const { createCheckpointTopicSink, createKafka, kafkaConfigSchema } = await import('@relocation/kafka');
    const kafkaConfig = kafkaConfigSchema.parse(options.env);
    sinks.push(createCheckpointTopicSink(createKafka(kafkaConfig), kafkaConfig));
  }
  return createSqlCheckpoints({
    db: options.driver,
    store: options.store,
    eventStoreSchema: schema,
    accessLog: options.accessLog,
    accessLogSchema: options.accessLogSchema,
    key,
    directory: config.checkpoints.directory,
    ...(config.checkpoints.publisher === 'inline'
      ? { publish: { intervalMs: config.checkpoints.intervalMs, sinks } }
      : {}),
    clock: options.clock,
    logger: options.logger,
  });
}
