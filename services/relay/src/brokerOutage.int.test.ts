import { execFile, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { relocationStreamName, type Command } from '@relocation/domain';
import { historyTo } from '@relocation/domain/testing';
import { createInMemoryCheckpointStore, createInMemoryEventStore } from '@relocation/event-store';
import { createLocalJWKSet, exportJWK, generateKeyPair } from 'jose';
import {
  createKafka,
  createPublisher,
  kafkaConfigSchema,
  notificationMessageSchema,
  notificationTopicFor,
} from '@relocation/kafka';
import { consumeUntil, kafkaLocalEnv, uniqueSuffix } from '@relocation/kafka/testing';
import type { ConsumedMessage } from '@relocation/kafka/testing';
import type { Kafka } from 'kafkajs';
import { logLevel } from 'kafkajs';
import { buildRelay } from './app.ts';
import type { Relay, RelayTopics } from './app.ts';
import { createAssessmentVerifier } from './assessmentVerifier.ts';
import { createHealthServer } from './healthServer.ts';
import { silentLogger } from '@relocation/service-log';
import { signAssessment } from './signAssessment.ts';
import { runHappyPath, testCommandHandler } from './testing/relocationCases.ts';

// A broker outage needs a broker of its own: this file starts a second kafka-local instance (own port, own work
// directory, data kept across the restart) so that stopping it does not disturb the shared broker of other tests.
const run = promisify(execFile);
const kafkaLocal = resolve(import.meta.dirname, '../../../infra/kafka-local');
const javaAvailable = spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0;
const enabled = Boolean(process.env.KAFKA_BROKERS) && javaAvailable;
if (!enabled) {
  console.warn(
    `brokerOutage.int.test.ts skipped: ${process.env.KAFKA_BROKERS ? 'java is not installed' : 'KAFKA_BROKERS is not set'} ` +
      '(it starts its own kafka-local broker; CI sets KAFKA_BROKERS)',
  );
}
const port = Number(process.env.KAFKA_OUTAGE_PORT ?? 29092);
const outageMs = 20_000;

/**
 * Waits for a condition that depends on other processes (a consumer group join, a broker restart): no clock can be
 * injected into those; the test's timeout bounds the wait.
 */
async function waitUntil(condition: () => Promise<boolean>): Promise<void> {
  while (!(await condition())) await new Promise((resolveWait) => setTimeout(resolveWait, 200));
}

/** Notifications of one happy-path case (see outboundRelay.int.test.ts for the list per recipient). */
const perCase = 37;
/** The organisations that hear about a happy-path case, each on its own notification topic. */
const recipients = [
  'municipality:0180',
  'municipality:0380',
  'municipality:2480',
  'coordinator:national',
  'police:stockholm',
  'police:nord',
];

describe.skipIf(!enabled)('relay through a 20 second broker outage', () => {
  const suffix = uniqueSuffix();
  let workDir: string;
  let kafka: Kafka;
  let relay: Relay | undefined;
  let health: ReturnType<typeof createHealthServer> | undefined;

  const broker = (script: 'start.sh' | 'stop.sh') =>
    run('bash', [join(kafkaLocal, script)], {
      env: {
        ...process.env,
        KAFKA_LOCAL_WORK_DIR: workDir,
        KAFKA_LOCAL_PORT: String(port),
        KAFKA_LOCAL_KEEP_DATA: '1',
        // Only the admin and the relay: this broker is used as the admin, and each ACL costs a JVM start.
        KAFKA_LOCAL_ORGANISATIONS: '',
        // The machine may be loaded (CI, other tests): give the broker time to become ready.
        KAFKA_LOCAL_TIMEOUT: '240',
      },
      timeout: 300_000,
    });

  beforeAll(async () => {
    workDir = await mkdtemp(join(tmpdir(), 'relay-outage-kafka-'));
    await broker('start.sh');
    // The broker is secured like the shared one: its own admin credentials and CA, from its kafka.env.
    kafka = createKafka(
      kafkaConfigSchema.parse({ ...kafkaLocalEnv(workDir), KAFKA_CLIENT_ID: `outage-${suffix}` }),
      // The outage makes kafkajs log connection errors on purpose; keep the test output readable.
      { logLevel: logLevel.NOTHING },
    );
  }, 320_000);

  afterAll(async () => {
    await relay?.stop();
    health?.close();
    if (workDir !== undefined) {
      await broker('stop.sh').catch(() => undefined);
      await rm(workDir, { recursive: true, force: true });
    }
  }, 120_000);

  it('reports not ready while the broker is down, and loses no notification once it is back', async () => {
    const store = createInMemoryEventStore();
    const handler = testCommandHandler(store);
    const topics: RelayTopics = {
      notificationsPrefix: `test.outage.notifications.${suffix}`,
      threatAssessments: `test.outage.assessments.${suffix}`,
      threatAssessmentsDeadLetter: `test.outage.assessments-dlq.${suffix}`,
    };
    const notificationTopics = recipients.map((id) => notificationTopicFor(id, topics.notificationsPrefix));
    const { privateKey, publicKey } = await generateKeyPair('ES256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'outage', alg: 'ES256' };
    const issuer = 'https://polisen.example/outage';
    relay = buildRelay({
      kafka,
      store,
      checkpoints: createInMemoryCheckpointStore(),
      checkpointId: 'relay-outage',
      topics,
      topicSpecs: [topics.threatAssessments, topics.threatAssessmentsDeadLetter].map((topic) => ({
        topic,
        numPartitions: 3,
        replicationFactor: 1,
      })),
      pollIntervalMs: 100,
      probeIntervalMs: 1_000,
      batchSize: 10,
      handleCommand: (command, options) => handler.handle(command, options),
      verifyAssessment: createAssessmentVerifier({
        keySet: createLocalJWKSet({ keys: [jwk] }),
        issuer,
        audience: 'urn:relocation:relay',
        algorithms: ['ES256'],
        maxLifetimeSeconds: 3_600,
        clock: () => new Date(),
      }),
      consumerGroup: `relay-outage-${suffix}`,
      logger: silentLogger,
    });
    health = createHealthServer(relay.readiness);
    health.listen(0, '127.0.0.1');
    await once(health, 'listening');
    const readyz = async () => {
      const response = await fetch(`http://127.0.0.1:${(health!.address() as AddressInfo).port}/readyz`);
      return {
        status: response.status,
        body: (await response.json()) as { components: Record<string, unknown> },
      };
    };

    await relay.start();
    const firstCase = await runHappyPath(handler);
    // The relay creates each organisation's topic on its first notification; subscribe once they all exist.
    const admin = kafka.admin();
    await admin.connect();
    await waitUntil(async () => {
      const existing = new Set(await admin.listTopics());
      return notificationTopics.every((topic) => existing.has(topic));
    });
    await admin.disconnect();
    const distinct = (messages: readonly ConsumedMessage[]) =>
      new Set(
        messages.map((message) => {
          const n = notificationMessageSchema.parse(JSON.parse(message.value ?? 'null'));
          return `${n.eventId}/${n.recipient}`;
        }),
      );
    await consumeUntil(kafka, notificationTopics, (messages) => distinct(messages).size >= perCase);
    await waitUntil(async () => (await readyz()).status === 200);

    // The broker goes away; cases go on in the meantime.
    await broker('stop.sh');
    const secondCase = await runHappyPath(handler);
    const thirdCase = await runHappyPath(handler);
    await new Promise((resolveWait) => setTimeout(resolveWait, outageMs));
    const during = await readyz();
    expect(during.status).toBe(503);
    expect(during.body.components.outbound).toEqual({ ready: false, reason: 'broker_unavailable' });
    expect(during.body.components.inbound).toEqual({ ready: false, reason: 'broker_unavailable' });

    // Back again, with its data: every notification of all three cases arrives.
    await broker('start.sh');
    const received = await consumeUntil(
      kafka,
      notificationTopics,
      (messages) => distinct(messages).size >= perCase * 3,
    );
    const cases = new Set(
      received.map(
        (message) => notificationMessageSchema.parse(JSON.parse(message.value ?? 'null')).relocationId,
      ),
    );
    expect(cases).toEqual(new Set([firstCase, secondCase, thirdCase]));
    expect(distinct(received).size).toBe(perCase * 3);

    // The police consumer is back as well: an assessment sent now is recorded.
    const awaiting = randomUUID();
    for (const command of historyTo.threatAssessment()) {
      await handler.handle({ ...command, relocationId: awaiting, commandId: randomUUID() } as Command);
    }
    const police = createPublisher(kafka);
    await police.connect();
    try {
      await police.publish(topics.threatAssessments, [
        {
          key: awaiting,
          value: await signAssessment(
            { privateKey, alg: 'ES256', kid: 'outage', issuer },
            {
              assessment: {
                relocationId: awaiting,
                level: 'high',
                validUntil: '2026-09-01T00:00:00Z',
                extraExclusionZones: [],
                recommendation: 'Placering norr om Dalälven.',
                policeCaseReference: '5000-K1-26',
              },
              officer: 'pol-1',
              region: 'police:stockholm',
              audience: 'urn:relocation:relay',
              messageId: randomUUID(),
              issuedAt: new Date(),
              lifetimeSeconds: 600,
            },
          ),
        },
      ]);
    } finally {
      await police.disconnect();
    }
    await waitUntil(async () => {
      for await (const event of store.readStream(relocationStreamName(awaiting))) {
        if (event.type === 'ThreatAssessmentRecorded') return true;
      }
      return false;
    });
    expect((await readyz()).status).toBe(200);
  }, 300_000);
});
