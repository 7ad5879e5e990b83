import { randomUUID } from 'node:crypto';
import { createCommandHandler } from '@relocation/application';
import { createKafka, relocationTopics } from '@relocation/kafka';
import { buildAdapters } from './adapters.ts';
import { buildRelay } from './app.ts';
import { createAssessmentVerifier } from './assessmentVerifier.ts';
import { policeKeySet } from './policeKeySet.ts';
import { parseConfig } from './config.ts';
import { createHealthServer } from './healthServer.ts';
import {
  createServiceLogger,
  notReady,
  ready,
  runHost,
  serverWorker,
  type Worker,
} from '@relocation/runtime';
import { eventLogger } from '@relocation/service-log';

// The composition root: configuration -> adapters -> relay and health server, as workers of one host.
const pino = await createServiceLogger({ service: 'relay' });
const logger = eventLogger(pino);
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

// Set when the relay worker starts: a relay loop that dies stops the whole process (exit code 1).
let failRelay: (error: unknown) => void = () => undefined;
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
  onFailed: (error) => failRelay(error),
});

// The workers, run by the runtime host: started in order, stopped in reverse order on SIGINT/SIGTERM (the relay
// after its batch in hand, the database last); a worker that cannot start (the health port taken) exits 1. The
// relay itself starts at once and connects in the background: /readyz says `broker_unavailable` meanwhile.
const kafkaRelay: Worker = {
  name: 'kafka-relay',
  async start(context) {
    failRelay = (error) => context.fail(error);
    void relay.start();
  },
  stop: () => relay.stop(),
  readiness() {
    const { ready: isReady, components } = relay.readiness.snapshot();
    if (isReady) return ready;
    const reason = Object.values(components).find((status) => !status.ready)?.reason;
    return notReady(reason ?? 'not_ready');
  },
};
const health = serverWorker(
  'health',
  createHealthServer(relay.readiness),
  config.health.port,
  config.health.host,
);
runHost({
  workers: [
    { name: 'database', start: async () => undefined, stop: adapters.close, readiness: () => ready },
    kafkaRelay,
    health,
  ],
  logger: pino,
  onStarted: () =>
    logger.info('relay.started', {
      healthPort: health.port(),
      checkpointId: config.checkpointId,
      inbound: config.inbound,
      eventStore: config.eventStore,
    }),
});
