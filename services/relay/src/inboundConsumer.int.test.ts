import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalJWKSet, exportJWK, generateKeyPair } from 'jose';
import type { CryptoKey, JWTVerifyGetKey } from 'jose';
import { relocationStreamName, type Command } from '@relocation/domain';
import { historyTo } from '@relocation/domain/testing';
import { createInMemoryCheckpointStore, createInMemoryEventStore } from '@relocation/event-store';
import type { RecordedEvent } from '@relocation/event-store';
import { createKafka, createPublisher, deadLetterEnvelopeSchema } from '@relocation/kafka';
import type { DeadLetterEnvelope, Publisher } from '@relocation/kafka';
import { consumeUntil, testKafkaConfig, uniqueSuffix } from '@relocation/kafka/testing';
import type { Kafka } from 'kafkajs';
import { buildRelay } from './app.ts';
import type { Relay, RelayTopics } from './app.ts';
import { createAssessmentVerifier } from './assessmentVerifier.ts';
import type { HandleCommand } from './inboundConsumer.ts';
import { silentLogger } from '@relocation/service-log';
import { signAssessment } from './signAssessment.ts';
import { testCommandHandler } from './testing/relocationCases.ts';

const brokers = process.env.KAFKA_BROKERS;
if (!brokers) {
  console.warn(
    'inboundConsumer.int.test.ts skipped: KAFKA_BROKERS is not set (bash infra/kafka-local/start.sh)',
  );
}

const issuer = 'https://polisen.example/relocation-issuer';
const audience = 'urn:relocation:relay';

/** A police issuer for the tests: an ES256 key pair, its JWKS, and a signer. */
async function policeIssuer(kid: string) {
  const { privateKey, publicKey } = await generateKeyPair('ES256');
  const jwk = { ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' };
  return { privateKey: privateKey as CryptoKey, jwk, kid };
}
type Issuer = Awaited<ReturnType<typeof policeIssuer>>;

/** A case waiting for the police's threat assessment (sending municipality Stockholm: police:stockholm). */
async function caseAwaitingAssessment(handler: ReturnType<typeof testCommandHandler>): Promise<string> {
  const relocationId = randomUUID();
  for (const command of historyTo.threatAssessment()) {
    await handler.handle({ ...command, relocationId, commandId: randomUUID() } as Command);
  }
  return relocationId;
}

function assessment(relocationId: string, overrides: Record<string, unknown> = {}) {
  return {
    relocationId,
    level: 'severe' as const,
    validUntil: '2026-09-01T00:00:00+02:00',
    extraExclusionZones: [{ kind: 'county' as const, code: '14' }],
    recommendation: 'Placering norr om Dalälven.',
    policeCaseReference: '5000-K123456-26',
    ...overrides,
  };
}

interface SignOptions {
  readonly by?: Issuer;
  readonly issuer?: string;
  readonly audience?: string;
  readonly officer?: string;
  readonly region?: string;
  readonly messageId?: string;
  readonly issuedAt?: Date;
  readonly lifetimeSeconds?: number;
}

async function streamOf(store: ReturnType<typeof createInMemoryEventStore>, relocationId: string) {
  const events: RecordedEvent[] = [];
  for await (const event of store.readStream(relocationStreamName(relocationId))) events.push(event);
  return events;
}

describe.skipIf(!brokers)('inbound police assessments against a real broker', () => {
  const suffix = uniqueSuffix();
  let kafka: Kafka;
  let police: Publisher;
  let trusted: Issuer;
  let outsider: Issuer;
  let keySet: JWTVerifyGetKey;
  const relays: Relay[] = [];

  /** Signs as the police issuer (or, with `by`, with another key under the same kid). */
  const sign = (
    content: ReturnType<typeof assessment> | Record<string, unknown>,
    options: SignOptions = {},
  ) => {
    const key = options.by ?? trusted;
    return signAssessment(
      { privateKey: key.privateKey, alg: 'ES256', kid: trusted.kid, issuer: options.issuer ?? issuer },
      {
        assessment: content as ReturnType<typeof assessment>,
        officer: options.officer ?? 'pol-4711',
        region: options.region ?? 'police:stockholm',
        audience: options.audience ?? audience,
        messageId: options.messageId ?? randomUUID(),
        issuedAt: options.issuedAt ?? new Date(),
        lifetimeSeconds: options.lifetimeSeconds ?? 600,
      },
    );
  };

  const topicsFor = (name: string): RelayTopics => ({
    notificationsPrefix: `test.inbound.${name}.notifications.${suffix}`,
    threatAssessments: `test.inbound.${name}.assessments.${suffix}`,
    threatAssessmentsDeadLetter: `test.inbound.${name}.assessments-dlq.${suffix}`,
  });

  async function startRelay(
    name: string,
    store: ReturnType<typeof createInMemoryEventStore>,
    handle: HandleCommand,
    group = `relay-${name}-${suffix}`,
  ) {
    const topics = topicsFor(name);
    const relay = buildRelay({
      kafka,
      store,
      checkpoints: createInMemoryCheckpointStore(),
      checkpointId: `relay-${name}`,
      topics,
      topicSpecs: [topics.threatAssessments, topics.threatAssessmentsDeadLetter].map((topic) => ({
        topic,
        numPartitions: 2,
        replicationFactor: 1,
      })),
      handleCommand: handle,
      verifyAssessment: createAssessmentVerifier({
        keySet,
        issuer,
        audience,
        algorithms: ['ES256'],
        maxLifetimeSeconds: 3_600,
        clock: () => new Date(),
      }),
      consumerGroup: group,
      pollIntervalMs: 50,
      timing: { sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)), delayMs: () => 50 },
      logger: silentLogger,
    });
    relays.push(relay);
    await relay.start();
    return { topics, relay };
  }

  const send = (topic: string, messages: readonly { key: string; value: string }[]) =>
    police.publish(topic, messages);

  const deadLetters = async (topic: string, count: number) =>
    (await consumeUntil(kafka, topic, (m) => m.length >= count)).map(
      (message): DeadLetterEnvelope & { messageKey: string | null } => ({
        ...deadLetterEnvelopeSchema.parse(JSON.parse(message.value ?? 'null')),
        messageKey: message.key,
      }),
    );

  const recordedAssessments = async (store: ReturnType<typeof createInMemoryEventStore>, id: string) =>
    (await streamOf(store, id)).filter((e) => e.type === 'ThreatAssessmentRecorded');

  beforeAll(async () => {
    trusted = await policeIssuer('police-2026');
    outsider = await policeIssuer('police-2026');
    keySet = createLocalJWKSet({ keys: [trusted.jwk] });
    kafka = createKafka(testKafkaConfig(`inbound-${suffix}`)!);
    police = createPublisher(kafka);
    await police.connect();
  });

  afterAll(async () => {
    for (const relay of relays) await relay.stop();
    await police?.disconnect();
  });

  it('the attack of issue 10: unsigned and forged assessments are dead-lettered with a reason and change nothing', async () => {
    const store = createInMemoryEventStore();
    const handler = testCommandHandler(store);
    const relocationId = await caseAwaitingAssessment(handler);
    const before = await streamOf(store, relocationId);
    const { topics } = await startRelay('forged', store, (command, options) =>
      handler.handle(command, options),
    );

    // What recorded a forged "low" assessment on main: plain JSON naming its own actor.
    const unsigned = JSON.stringify({
      messageId: randomUUID(),
      ...assessment(relocationId, { level: 'low' }),
      assessedBy: { userId: 'pol-4711', organisationId: 'police:stockholm' },
    });
    const forged = await sign(assessment(relocationId, { level: 'low' }), { by: outsider });
    const [head, payload] = (await sign(assessment(relocationId))).split('.');
    const tampered = `${head}.${Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()), level: 'low' }),
    ).toString('base64url')}.${(await sign(assessment(relocationId))).split('.')[2]}`;
    const noneAlg = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'relocation-threat-assessment+jwt' })).toString('base64url')}.${payload}.`;
    const expired = await sign(assessment(relocationId, { level: 'low' }), {
      issuedAt: new Date(Date.now() - 7_200_000),
      lifetimeSeconds: 600,
    });
    const tooLongLived = await sign(assessment(relocationId, { level: 'low' }), {
      lifetimeSeconds: 86_400 * 30,
    });
    const otherIssuer = await sign(assessment(relocationId, { level: 'low' }), {
      issuer: 'https://evil.example',
    });
    const otherAudience = await sign(assessment(relocationId, { level: 'low' }), { audience: 'urn:other' });
    const bodyActor = await sign({
      ...assessment(relocationId, { level: 'low' }),
      assessedBy: { userId: 'pol-1', organisationId: 'police:stockholm' },
    });
    const messages = [
      unsigned,
      forged,
      tampered,
      noneAlg,
      expired,
      tooLongLived,
      otherIssuer,
      otherAudience,
      bodyActor,
    ];
    await send(
      topics.threatAssessments,
      messages.map((value) => ({ key: relocationId, value })),
    );

    const dead = await deadLetters(topics.threatAssessmentsDeadLetter, messages.length);
    const reasonOf = (value: string) => dead.find((envelope) => envelope.value === value)?.reason.code;
    expect(messages.map(reasonOf)).toEqual([
      'unsigned',
      'invalid_signature',
      'invalid_signature',
      'unsigned',
      'expired',
      'invalid_claims',
      'invalid_claims',
      'invalid_claims',
      'schema_violation',
    ]);
    // Nothing was appended to the case.
    expect(await streamOf(store, relocationId)).toHaveLength(before.length);
  });

  it('records a signed assessment with the actor from the signature; a replay of it is dead-lettered, also after a restart', async () => {
    const store = createInMemoryEventStore();
    const handler = testCommandHandler(store);
    const relocationId = await caseAwaitingAssessment(handler);
    const first = await startRelay('signed', store, (command, options) => handler.handle(command, options));
    const messageId = randomUUID();
    const valid = await sign(assessment(relocationId), { officer: 'pol-4711', messageId });
    await send(first.topics.threatAssessments, [
      { key: relocationId, value: valid },
      { key: relocationId, value: valid },
    ]);

    const [replay] = await deadLetters(first.topics.threatAssessmentsDeadLetter, 1);
    expect(replay?.reason.code).toBe('replayed');
    const recorded = await recordedAssessments(store, relocationId);
    expect(recorded).toHaveLength(1);
    expect(recorded[0]?.data).toMatchObject({
      level: 'severe',
      validUntil: '2026-09-01',
      exclusionZones: [{ kind: 'county', code: '14' }],
    });
    expect(recorded[0]?.metadata).toMatchObject({
      actor: { userId: 'pol-4711', organisationId: 'police:stockholm', role: 'police' },
      causationId: messageId,
    });
    // The recommendation and case reference are sealed, never stored in the clear.
    expect(JSON.stringify(recorded[0]?.data)).not.toContain('Dalälven');

    // A new relay (a restart: new consumer group, same event store) meets the same message again: the message id is
    // the idempotency key of the append, kept in the event store, so it is a replay and records nothing.
    await first.relay.stop();
    const second = await startRelay(
      'signed',
      store,
      (command, options) => handler.handle(command, options),
      `relay-signed-2-${suffix}`,
    );
    const after = await deadLetters(second.topics.threatAssessmentsDeadLetter, 3);
    expect(after.map((envelope) => envelope.reason.code)).toEqual(['replayed', 'replayed', 'replayed']);
    expect(await recordedAssessments(store, relocationId)).toHaveLength(1);
  });

  it('dead-letters signed messages the contract, the command or the domain refuses, with reasons', async () => {
    const store = createInMemoryEventStore();
    const handler = testCommandHandler(store);
    const relocationId = await caseAwaitingAssessment(handler);
    const { topics } = await startRelay('refused', store, (command, options) =>
      handler.handle(command, options),
    );

    const otherRegion = await sign(assessment(relocationId), { region: 'police:syd' });
    const unknownCase = await sign(assessment(randomUUID()));
    const tooLong = await sign(assessment(relocationId, { recommendation: 'x'.repeat(3_000) }));
    const leaking = await sign({ ...assessment(relocationId), personnummer: '19900101-2385' });
    await send(topics.threatAssessments, [
      { key: relocationId, value: '{"jti": ' },
      { key: relocationId, value: leaking },
      { key: relocationId, value: otherRegion },
      { key: relocationId, value: tooLong },
      { key: randomUUID(), value: unknownCase },
    ]);

    const dead = await deadLetters(topics.threatAssessmentsDeadLetter, 5);
    const byValue = (value: string) => dead.find((envelope) => envelope.value === value);
    expect(byValue('{"jti": ')?.reason.code).toBe('unsigned');
    expect(byValue(leaking)?.reason).toMatchObject({ code: 'schema_violation' });
    expect(JSON.stringify(byValue(leaking)?.reason)).not.toContain('19900101-2385');
    expect(byValue(otherRegion)?.reason).toMatchObject({ code: 'command_rejected' });
    expect(byValue(unknownCase)?.reason).toMatchObject({ code: 'command_rejected' });
    expect(byValue(tooLong)?.reason).toMatchObject({
      code: 'invalid_command',
      details: { issues: [expect.objectContaining({ path: 'payload.recommendation' })] },
    });
    for (const envelope of dead) {
      expect(envelope.originalTopic).toBe(topics.threatAssessments);
      expect(envelope.messageKey).toBe(envelope.key);
    }
    expect(await recordedAssessments(store, relocationId)).toHaveLength(0);
  });

  it('retries a transient failure on the same message without losing it or dead-lettering it', async () => {
    const store = createInMemoryEventStore();
    const handler = testCommandHandler(store);
    const relocationId = await caseAwaitingAssessment(handler);
    let failures = 0;
    const flaky: HandleCommand = async (command, options) => {
      if (failures < 3) {
        failures += 1;
        throw new Error('event store unavailable');
      }
      return handler.handle(command, options);
    };
    const { topics } = await startRelay('transient', store, flaky);
    const messageId = randomUUID();
    const valid = await sign(assessment(relocationId), { messageId });
    const invalid = await sign(assessment(relocationId, { level: 'critical' }));
    await send(topics.threatAssessments, [
      { key: relocationId, value: valid },
      { key: relocationId, value: invalid },
    ]);

    // The invalid message behind it is dead-lettered only after the valid one went through.
    const [dead] = await deadLetters(topics.threatAssessmentsDeadLetter, 1);
    expect(dead?.reason.code).toBe('schema_violation');
    expect(failures).toBe(3);
    const recorded = await recordedAssessments(store, relocationId);
    expect(recorded).toHaveLength(1);
    expect(recorded[0]?.metadata.causationId).toBe(messageId);
  });
});
