import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createCommandHandler } from '@relocation/application';
import { createKafka, relocationTopics } from '@relocation/kafka';
import { buildAdapters } from './adapters.ts';
import { buildRelay } from './app.ts';
import { createAssessmentVerifier } from './assessmentVerifier.ts';
import { policeKeySet } from './policeKeySet.ts';
import { parseConfig } from './config.ts';
import { createHealthServer } from './healthServer.ts';
import { createJsonLogger, errorName } from '@relocation/service-log';

// The composition root: configuration -> adapters -> relay; health server; graceful shutdown on SIGINT/SIGTERM.
const logger = createJsonLogger();
const config = parseConfig(process.env);
const adapters = await buildAdapters(config);
const handler =
  adapters.sealerFor === undefined
    ? undefined
    : createCommandHandler({
        store: adapters.store,
        sealerFor: adapters.sealerFor,
        // The relay records police assessments only; no command it handles names a housing provider.
        providers: [],
        clock: () => new Date(),
        newId: randomUUID,
      });

const verifyAssessment =
  config.police === undefined
    ? undefined
    : createAssessmentVerifier({
        keySet: policeKeySet(config.police.keys),
        issuer: config.police.issuer,
        audience: config.police.audience,
        algorithms: config.police.algorithms,
        maxLifetimeSeconds: config.police.maxAgeSeconds,
        clock: () => new Date(),
      });

const relay = buildRelay({
  kafka: createKafka(config.kafka),
  store: adapters.store,
  checkpoints: adapters.store.checkpoints,
  checkpointId: config.checkpointId,
  topicSpecs: relocationTopics(config.kafka),
  notificationTopicSize: {
    numPartitions: config.kafka.topicPartitions,
    replicationFactor: config.kafka.replicationFactor,
  },
  consumerGroup: config.consumerGroup,
  batchSize: config.batchSize,
  pollIntervalMs: config.pollIntervalMs,
  ...(handler === undefined || verifyAssessment === undefined
    ? {}
    : { handleCommand: (command, options) => handler.handle(command, options), verifyAssessment }),
  logger,
});

const health = createHealthServer(relay.readiness);
health.listen(config.health.port, config.health.host);
await once(health, 'listening');
logger.info('relay.started', {
  healthPort: config.health.port,
  checkpointId: config.checkpointId,
  inbound: config.inbound,
  eventStore: config.eventStore,
});
void relay.start();

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info('relay.stopping', { signal });
  try {
    await relay.stop();
    health.close();
    await adapters.close();
    logger.info('relay.stopped');
  } catch (error) {
    logger.error('relay.stop_failed', { error: errorName(error) });
    process.exitCode = 1;
  }
}
process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));
