import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { relocationStreamName } from '@relocation/application';
import type { Command } from '@relocation/domain';
import { historyTo } from '@relocation/domain/testing';
import { createInMemoryCheckpointStore, createInMemoryEventStore } from '@relocation/event-store';
import type { RecordedEvent } from '@relocation/event-store';
import { createKafka, createPublisher, deadLetterEnvelopeSchema, kafkaConfigSchema } from '@relocation/kafka';
import type { DeadLetterEnvelope, Publisher } from '@relocation/kafka';
import { consumeUntil, uniqueSuffix } from '@relocation/kafka/testing';
import type { Kafka } from 'kafkajs';
import { buildRelay } from './app.ts';
import type { Relay, RelayTopics } from './app.ts';
import type { HandleCommand } from './inboundConsumer.ts';
import { silentLogger } from '@relocation/service-log';
import { testCommandHandler } from './testing/relocationCases.ts';

const brokers = process.env.KAFKA_BROKERS;
if (!brokers) {
  console.warn(
    'inboundConsumer.int.test.ts skipped: KAFKA_BROKERS is not set (bash infra/kafka-local/start.sh)',
  );
}

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
    messageId: randomUUID(),
    relocationId,
    level: 'severe',
    validUntil: '2026-09-01T00:00:00+02:00',
    extraExclusionZones: [{ kind: 'county', code: '14' }],
    recommendation: 'Placering norr om Dalälven.',
    policeCaseReference: '5000-K123456-26',
    assessedBy: { userId: 'pol-4711', organisationId: 'police:stockholm' },
    ...overrides,
  };
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
  const relays: Relay[] = [];

  const topicsFor = (name: string): RelayTopics => ({
    notifications: `test.inbound.${name}.notifications.${suffix}`,
    threatAssessments: `test.inbound.${name}.assessments.${suffix}`,
    threatAssessmentsDeadLetter: `test.inbound.${name}.assessments-dlq.${suffix}`,
  });

  async function startRelay(
    name: string,
    store: ReturnType<typeof createInMemoryEventStore>,
    handle: HandleCommand,
  ) {
    const topics = topicsFor(name);
    const relay = buildRelay({
      kafka,
      store,
      checkpoints: createInMemoryCheckpointStore(),
      checkpointId: `relay-${name}`,
      topics,
      topicSpecs: Object.values(topics).map((topic) => ({ topic, numPartitions: 2, replicationFactor: 1 })),
      handleCommand: handle,
      consumerGroup: `relay-${name}-${suffix}`,
      pollIntervalMs: 50,
      timing: { sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)), delayMs: () => 50 },
      logger: silentLogger,
    });
    relays.push(relay);
    await relay.start();
    return topics;
  }

  const send = (topic: string, messages: readonly { key: string; value: string }[]) =>
    police.publish(topic, messages);

  beforeAll(async () => {
    kafka = createKafka(
      kafkaConfigSchema.parse({ KAFKA_BROKERS: brokers, KAFKA_CLIENT_ID: `inbound-${suffix}` }),
    );
    police = createPublisher(kafka);
    await police.connect();
  });

  afterAll(async () => {
    for (const relay of relays) await relay.stop();
    await police?.disconnect();
  });

  it('records a valid assessment once, even when delivered twice, and dead-letters the rest with reasons', async () => {
    const store = createInMemoryEventStore();
    const handler = testCommandHandler(store);
    const relocationId = await caseAwaitingAssessment(handler);
    const topics = await startRelay('mixed', store, (command, options) => handler.handle(command, options));

    const valid = assessment(relocationId);
    const otherRegion = assessment(relocationId, {
      assessedBy: { userId: 'pol-9', organisationId: 'police:syd' },
    });
    const unknownCase = assessment(randomUUID());
    const tooLong = assessment(relocationId, { recommendation: 'x'.repeat(3_000) });
    const leaking = { ...assessment(relocationId), personnummer: '19900101-2385' };
    // All keyed by the case so that they share a partition and arrive in this order.
    await send(topics.threatAssessments, [
      { key: relocationId, value: JSON.stringify(valid) },
      { key: relocationId, value: JSON.stringify(valid) },
      { key: relocationId, value: '{"messageId": ' },
      { key: relocationId, value: JSON.stringify(leaking) },
      { key: relocationId, value: JSON.stringify(otherRegion) },
      { key: relocationId, value: JSON.stringify(tooLong) },
    ]);
    await send(topics.threatAssessments, [
      { key: unknownCase.relocationId, value: JSON.stringify(unknownCase) },
    ]);

    const dead = (await consumeUntil(kafka, topics.threatAssessmentsDeadLetter, (m) => m.length >= 5)).map(
      (message): DeadLetterEnvelope & { messageKey: string | null } => ({
        ...deadLetterEnvelopeSchema.parse(JSON.parse(message.value ?? 'null')),
        messageKey: message.key,
      }),
    );
    const byValue = (value: unknown) => dead.find((envelope) => envelope.value === JSON.stringify(value));
    expect(dead).toHaveLength(5);
    expect(dead.find((envelope) => envelope.value === '{"messageId": ')?.reason.code).toBe('invalid_json');
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
    // The duplicate was recognised by its messageId: recorded once, and not dead-lettered.
    expect(dead.filter((envelope) => envelope.value === JSON.stringify(valid))).toEqual([]);

    const recorded = (await streamOf(store, relocationId)).filter(
      (e) => e.type === 'ThreatAssessmentRecorded',
    );
    expect(recorded).toHaveLength(1);
    expect(recorded[0]?.data).toMatchObject({
      level: 'severe',
      validUntil: '2026-09-01',
      exclusionZones: [{ kind: 'county', code: '14' }],
    });
    expect(recorded[0]?.metadata).toMatchObject({
      actor: { userId: 'pol-4711', organisationId: 'police:stockholm', role: 'police' },
      causationId: valid.messageId,
    });
    // The recommendation and case reference are sealed, never stored in the clear.
    expect(JSON.stringify(recorded[0]?.data)).not.toContain('Dalälven');
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
    const topics = await startRelay('transient', store, flaky);
    const valid = assessment(relocationId);
    const invalid = { ...assessment(relocationId), level: 'critical' };
    await send(topics.threatAssessments, [
      { key: relocationId, value: JSON.stringify(valid) },
      { key: relocationId, value: JSON.stringify(invalid) },
    ]);

    // The invalid message behind it is dead-lettered only after the valid one went through.
    const [dead] = await consumeUntil(kafka, topics.threatAssessmentsDeadLetter, (m) => m.length >= 1);
    expect(deadLetterEnvelopeSchema.parse(JSON.parse(dead?.value ?? 'null')).reason.code).toBe(
      'schema_violation',
    );
    expect(failures).toBe(3);
    const recorded = (await streamOf(store, relocationId)).filter(
      (e) => e.type === 'ThreatAssessmentRecorded',
    );
    expect(recorded).toHaveLength(1);
    expect(recorded[0]?.metadata.causationId).toBe(valid.messageId);
  });
});
