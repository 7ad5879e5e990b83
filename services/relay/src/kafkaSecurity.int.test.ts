import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalJWKSet, exportJWK, generateKeyPair } from 'jose';
import type { CryptoKey } from 'jose';
import { relocationStreamName, type Command } from '@relocation/domain';
import { historyTo } from '@relocation/domain/testing';
import { createInMemoryCheckpointStore, createInMemoryEventStore } from '@relocation/event-store';
import {
  createKafka,
  createPublisher,
  deadLetterEnvelopeSchema,
  kafkaConfigSchema,
  notificationMessageSchema,
  notificationTopicFor,
  relocationTopics,
  threatAssessmentsDeadLetterTopic,
  threatAssessmentsTopic,
} from '@relocation/kafka';
import type { KafkaConfig } from '@relocation/kafka';
import { consumeUntil, testKafkaConfig, testKafkaConfigAs, uniqueSuffix } from '@relocation/kafka/testing';
import { logLevel } from 'kafkajs';
import { silentLogger } from '@relocation/service-log';
import { buildRelay } from './app.ts';
import type { Relay } from './app.ts';
import { createAssessmentVerifier } from './assessmentVerifier.ts';
import { signAssessment } from './signAssessment.ts';
import { runHappyPath, testCommandHandler } from './testing/relocationCases.ts';

// Issue 10, item 2, end to end on the local broker as CI runs it (SASL_SSL, SCRAM users, ACLs): the relay as its own
// Kafka user publishes to the real per-organisation topics and consumes the real police topic; organisations and
// the police use their own users. On main an anonymous client read every organisation's notifications and recorded
// a forged assessment; here the broker refuses the first and the relay dead-letters the second.
// Gated on KAFKA_BROKERS alone: a broker without authentication (as on main before issue 10) must fail these tests,
// not skip them. The users' passwords come from KAFKA_LOCAL_CREDENTIALS (kafka.env sets it).
const secured = Boolean(process.env.KAFKA_BROKERS);
if (!secured) {
  console.warn(
    'kafkaSecurity.int.test.ts skipped: KAFKA_BROKERS is not set ' +
      '(bash infra/kafka-local/start.sh, then source infra/kafka-local/.work/kafka.env)',
  );
}

const sending = 'municipality:0180';
const receiving = 'municipality:2480';
const declining = 'municipality:0380';
const issuer = 'https://polisen.example/relocation-issuer';
const quiet = { logLevel: logLevel.NOTHING };

/** Waits for a condition on other processes (a topic created by the relay); the test's timeout bounds it. */
async function waitUntil(condition: () => Promise<boolean>): Promise<void> {
  while (!(await condition())) await new Promise((resolve) => setTimeout(resolve, 200));
}

async function topicsVisibleTo(config: KafkaConfig): Promise<string[]> {
  const admin = createKafka(config, quiet).admin({ retry: { retries: 0 } });
  try {
    await admin.connect();
    return await admin.listTopics();
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}

describe.skipIf(!secured)('Kafka as a trust boundary, end to end (issue 10, item 2)', () => {
  const suffix = uniqueSuffix();
  const store = createInMemoryEventStore();
  const handler = testCommandHandler(store);
  let relay: Relay;
  let signingKey: CryptoKey;

  beforeAll(async () => {
    const { privateKey, publicKey } = await generateKeyPair('ES256');
    signingKey = privateKey;
    const jwk = { ...(await exportJWK(publicKey)), kid: 'police-sec', alg: 'ES256' };
    const config = testKafkaConfigAs('relay', `relay-sec-${suffix}`);
    relay = buildRelay({
      kafka: createKafka(config, quiet),
      store,
      checkpoints: createInMemoryCheckpointStore(),
      checkpointId: `relay-sec-${suffix}`,
      topicSpecs: relocationTopics(config),
      handleCommand: (command, options) => handler.handle(command, options),
      verifyAssessment: createAssessmentVerifier({
        keySet: createLocalJWKSet({ keys: [jwk] }),
        issuer,
        audience: 'urn:relocation:relay',
        algorithms: ['ES256'],
        maxLifetimeSeconds: 3_600,
        clock: () => new Date(),
      }),
      consumerGroup: `relocation-relay-sec-${suffix}`,
      pollIntervalMs: 50,
      logger: silentLogger,
    });
    await relay.start();
  });

  afterAll(async () => {
    await relay?.stop();
  });

  it('each organisation reads only its own notifications, which name no other municipality', async () => {
    const relocationId = await runHappyPath(handler);
    const own = notificationTopicFor(sending);
    const municipality = testKafkaConfigAs('municipality-0180', `municipality-0180-sec-${suffix}`);
    await waitUntil(async () => (await topicsVisibleTo(municipality)).includes(own));

    const ofCase = (messages: readonly { value: string | null }[]) =>
      messages
        .filter((message) => message.value?.includes(relocationId) === true)
        .map((message) => notificationMessageSchema.parse(JSON.parse(message.value ?? 'null')));
    const received = await consumeUntil(
      createKafka(municipality, quiet),
      own,
      (messages) => ofCase(messages).length >= 10,
      `municipality-0180.sec-${suffix}`,
    );
    const notifications = ofCase(received);
    expect(notifications).toHaveLength(10); // the sending municipality's list in outboundRelay.int.test.ts
    expect(notifications.every((notification) => notification.recipient === sending)).toBe(true);
    // The proposals were told to the sending municipality, but not whom they named.
    expect(notifications.map((notification) => notification.type)).toContain('ReceivingMunicipalityProposed');
    for (const message of received) {
      for (const other of [receiving, declining, 'municipality-2480', 'municipality-0380', '2480', '0380']) {
        expect(`${message.key} ${message.value}`).not.toContain(other);
      }
    }

    // The receiving municipality has a topic of its own, but cannot see or read the sender's.
    const other = testKafkaConfigAs('municipality-2480', `municipality-2480-sec-${suffix}`);
    await waitUntil(async () => (await topicsVisibleTo(other)).includes(notificationTopicFor(receiving)));
    expect(await topicsVisibleTo(other)).not.toContain(own);
    const intruder = createKafka(other, quiet).consumer({
      groupId: `municipality-2480.sec-${suffix}`,
      retry: { retries: 0 },
    });
    try {
      await intruder.connect();
      await expect(intruder.subscribe({ topics: [own], fromBeginning: true })).rejects.toMatchObject({
        type: 'TOPIC_AUTHORIZATION_FAILED',
      });
    } finally {
      await intruder.disconnect();
    }

    // And a client without credentials gets nothing at all.
    const anonymous = kafkaConfigSchema.parse({
      KAFKA_BROKERS: process.env.KAFKA_BROKERS,
      KAFKA_CLIENT_ID: `anonymous-sec-${suffix}`,
      KAFKA_TLS: process.env.KAFKA_TLS,
      KAFKA_TLS_CA_FILE: process.env.KAFKA_TLS_CA_FILE,
    });
    await expect(topicsVisibleTo(anonymous)).rejects.toThrow();
  });

  it('the police send over their own Kafka user; only a message signed by the police issuer is recorded', async () => {
    const relocationId = randomUUID();
    for (const command of historyTo.threatAssessment()) {
      await handler.handle({ ...command, relocationId, commandId: randomUUID() } as Command);
    }
    const assessment = {
      relocationId,
      level: 'elevated' as const,
      validUntil: '2026-09-01T00:00:00+02:00',
      extraExclusionZones: [],
      recommendation: 'Placering norr om Dalälven.',
      policeCaseReference: '5000-K7-26',
    };
    const sign = async (key: CryptoKey, level: 'low' | 'elevated') =>
      signAssessment(
        { privateKey: key, alg: 'ES256', kid: 'police-sec', issuer },
        {
          assessment: { ...assessment, level },
          officer: 'pol-4711',
          region: 'police:stockholm',
          audience: 'urn:relocation:relay',
          messageId: randomUUID(),
          issuedAt: new Date(),
          lifetimeSeconds: 600,
        },
      );
    // An insider with the police's Kafka credentials but not the police signing key.
    const forged = await sign((await generateKeyPair('ES256')).privateKey, 'low');
    const unsigned = JSON.stringify({
      messageId: randomUUID(),
      ...assessment,
      level: 'low',
      assessedBy: { userId: 'pol-4711', organisationId: 'police:stockholm' },
    });
    const signed = await sign(signingKey, 'elevated');
    const police = createPublisher(
      createKafka(testKafkaConfigAs('police-stockholm', `police-stockholm-sec-${suffix}`), quiet),
    );
    await police.connect();
    try {
      await police.publish(threatAssessmentsTopic, [
        { key: relocationId, value: unsigned },
        { key: relocationId, value: forged },
        { key: relocationId, value: signed },
      ]);
    } finally {
      await police.disconnect();
    }

    const admin = createKafka(testKafkaConfig(`admin-sec-${suffix}`)!, quiet);
    const ofCase = <T extends { readonly key: string | null }>(messages: readonly T[]) =>
      messages.filter((message) => message.key === relocationId);
    const dead = ofCase(
      await consumeUntil(admin, threatAssessmentsDeadLetterTopic, (messages) => ofCase(messages).length >= 2),
    ).map((message) => deadLetterEnvelopeSchema.parse(JSON.parse(message.value ?? 'null')));
    expect(dead.map((envelope) => envelope.reason.code)).toEqual(['unsigned', 'invalid_signature']);

    await waitUntil(async () => {
      for await (const event of store.readStream(relocationStreamName(relocationId))) {
        if (event.type === 'ThreatAssessmentRecorded') return true;
      }
      return false;
    });
    const recorded = [];
    for await (const event of store.readStream(relocationStreamName(relocationId))) {
      if (event.type === 'ThreatAssessmentRecorded') recorded.push(event);
    }
    expect(recorded).toHaveLength(1);
    expect(recorded[0]?.data).toMatchObject({ level: 'elevated' });
    expect(recorded[0]?.metadata.actor).toEqual({
      userId: 'pol-4711',
      organisationId: 'police:stockholm',
      role: 'police',
    });
  });
});
