import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInMemoryCheckpointStore, createInMemoryEventStore } from '@relocation/event-store';
import { createPgliteEventStore } from '@relocation/event-store-postgres';
import { createKafka, notificationMessageSchema, notificationTopicFor } from '@relocation/kafka';
import type { NotificationMessage } from '@relocation/kafka';
import { consumeMessages, consumeUntil, testKafkaConfig, uniqueSuffix } from '@relocation/kafka/testing';
import type { ConsumedMessage } from '@relocation/kafka/testing';
import type { Admin, Kafka } from 'kafkajs';
import { buildRelay } from './app.ts';
import type { Relay, RelayTopics } from './app.ts';
import { silentLogger } from '@relocation/service-log';
import { crashingCheckpoints } from './testing/crashingCheckpoints.ts';
import {
  happyPathFor,
  personalValuesOf,
  runHappyPath,
  testCommandHandler,
} from './testing/relocationCases.ts';

const brokers = process.env.KAFKA_BROKERS;
if (!brokers) {
  console.warn(
    'outboundRelay.int.test.ts skipped: KAFKA_BROKERS is not set (bash infra/kafka-local/start.sh)',
  );
}

const sending = 'municipality:0180';
const declining = 'municipality:0380';
const receiving = 'municipality:2480';
const coordinator = 'coordinator:national';

/** What each organisation hears about one happy-path case with one decline, in order. */
const expectedPerRecipient: Readonly<Record<string, readonly string[]>> = {
  // Arrival leaves the sending municipality responsible (docs/design.md §3.1): its own follow-ups and closing are
  // not told back to it, the follow-up deadlines it now owns are.
  [sending]: [
    'ThreatAssessmentRecorded',
    'ReceivingMunicipalityProposed',
    'HandoverDeclined',
    'ReceivingMunicipalityProposed',
    'HandoverAccepted',
    'DestinationClearanceGranted',
    'ArrivalConfirmed',
    // The follow-ups at 1, 3 and 6 months and the outcomes at 6 and 12 (issue 15).
    'DeadlineScheduled',
    'DeadlineScheduled',
    'DeadlineScheduled',
    'DeadlineScheduled',
    'DeadlineScheduled',
  ],
  [coordinator]: [
    'RelocationSubmitted',
    'ThreatAssessmentRecorded',
    'HandoverDeclined',
    'HandoverAccepted',
    'DestinationClearanceGranted',
    'ArrivalConfirmed',
    'FollowUpRecorded',
    'FollowUpRecorded',
    'FollowUpRecorded',
    'CaseClosed',
  ],
  'police:stockholm': [
    'RelocationSubmitted',
    'DeadlineScheduled',
    'HandoverAccepted',
    'DeadlineScheduled',
    'ArrivalConfirmed',
    'CaseClosed',
  ],
  // The destination's police own the reassessment after arrival (docs/design.md §3.5).
  'police:nord': ['HandoverAccepted', 'ArrivalConfirmed', 'DeadlineScheduled', 'CaseClosed'],
  [declining]: ['ReceivingMunicipalityProposed', 'DeadlineScheduled'],
  [receiving]: [
    'ReceivingMunicipalityProposed',
    'DeadlineScheduled',
    'DestinationClearanceGranted',
    'DeadlineScheduled',
    'CaseClosed',
  ],
};
const perCase = Object.values(expectedPerRecipient).reduce((sum, types) => sum + types.length, 0);

const parse = (message: ConsumedMessage): NotificationMessage =>
  notificationMessageSchema.parse(JSON.parse(message.value ?? 'null'));

describe.skipIf(!brokers)('outbound relay against a real broker', () => {
  const suffix = uniqueSuffix();
  let kafka: Kafka;
  let admin: Admin;
  const relays: Relay[] = [];

  const topicsFor = (name: string): RelayTopics => ({
    notificationsPrefix: `test.relay.${name}.notifications.${suffix}`,
    threatAssessments: `test.relay.${name}.assessments.${suffix}`,
    threatAssessmentsDeadLetter: `test.relay.${name}.assessments-dlq.${suffix}`,
  });
  const specsOf = (topics: RelayTopics) =>
    [topics.threatAssessments, topics.threatAssessmentsDeadLetter].map((topic) => ({
      topic,
      numPartitions: 3,
      replicationFactor: 1,
    }));
  /**
   * The notification topics of every recipient of a happy path, one per organisation, once the relay has created
   * them all (on each organisation's first notification), so that a consumer can subscribe to them at once.
   */
  const notificationTopics = async (topics: RelayTopics) => {
    const names = Object.keys(expectedPerRecipient).map((recipient) =>
      notificationTopicFor(recipient, topics.notificationsPrefix),
    );
    for (;;) {
      const existing = new Set(await admin.listTopics());
      if (names.every((name) => existing.has(name))) return names;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  };

  const startRelay = async (
    options: Omit<Parameters<typeof buildRelay>[0], 'kafka' | 'logger' | 'topicSpecs'>,
  ) => {
    const relay = buildRelay({
      kafka,
      logger: silentLogger,
      topicSpecs: specsOf(options.topics!),
      pollIntervalMs: 50,
      ...options,
    });
    relays.push(relay);
    await relay.start();
    return relay;
  };

  const endOffsetTotal = async (names: readonly string[]) => {
    let total = 0;
    for (const topic of names) {
      total += (await admin.fetchTopicOffsets(topic)).reduce((sum, p) => sum + Number(p.high), 0);
    }
    return total;
  };

  beforeAll(async () => {
    kafka = createKafka(testKafkaConfig(`relay-${suffix}`)!);
    admin = kafka.admin();
    await admin.connect();
  });

  afterAll(async () => {
    for (const relay of relays) await relay.stop();
    await admin?.disconnect();
  });

  it('publishes exactly the expected notifications for two full relocations, in order per recipient', async () => {
    const store = createInMemoryEventStore();
    const handler = testCommandHandler(store);
    const cases = [await runHappyPath(handler), await runHappyPath(handler)];
    const topics = topicsFor('full');
    const relay = await startRelay({
      store,
      checkpoints: createInMemoryCheckpointStore(),
      checkpointId: 'relay-full',
      topics,
      batchSize: 7,
    });

    const names = await notificationTopics(topics);
    const received = await consumeMessages(kafka, names, perCase * cases.length);
    expect(received).toHaveLength(perCase * cases.length);
    expect(relay.readiness.snapshot().ready).toBe(true);

    for (const relocationId of cases) {
      for (const [recipient, types] of Object.entries(expectedPerRecipient)) {
        // Each recipient has a topic of its own, and nothing else is on it; keyed by recipient, so its messages
        // share a partition and arrive in feed order.
        const topic = notificationTopicFor(recipient, topics.notificationsPrefix);
        expect(received.filter((m) => m.topic === topic).every((m) => m.key === recipient)).toBe(true);
        const forRecipient = received.filter((message) => message.topic === topic).map(parse);
        expect(new Set(forRecipient.map((n) => n.recipient))).toEqual(new Set([recipient]));
        const positions = forRecipient.map((n) => BigInt(n.position));
        expect(positions).toEqual([...positions].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
        expect(forRecipient.filter((n) => n.relocationId === relocationId).map((n) => n.type)).toEqual(types);
      }
    }
    // Nothing else was published: the topics hold exactly these messages (no duplicates without a crash).
    expect(await endOffsetTotal(names)).toBe(perCase * cases.length);
    const ids = received.map(parse).map((n) => `${n.eventId}/${n.recipient}`);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('no message contains any personal value of the case', async () => {
    const store = createInMemoryEventStore();
    const handler = testCommandHandler(store);
    const relocationId = await runHappyPath(handler);
    const personal = personalValuesOf(happyPathFor(relocationId));
    expect(personal).toEqual(
      expect.arrayContaining(['Test Testsson', '199001012385', '19900101-2385', 'PM-2026-0042']),
    );
    const topics = topicsFor('privacy');
    await startRelay({
      store,
      checkpoints: createInMemoryCheckpointStore(),
      checkpointId: 'relay-privacy',
      topics,
    });

    const received = await consumeMessages(kafka, await notificationTopics(topics), perCase);
    const organisations = Object.keys(expectedPerRecipient);
    for (const message of received) {
      const text = JSON.stringify(message);
      for (const value of personal) expect(text).not.toContain(value);
      // A notification names no organisation but its recipient: not the proposed, the declining or any other
      // municipality (issue 10: the shared topic told everyone which municipality was proposed).
      const recipient = parse(message).recipient;
      expect(message.topic).toBe(notificationTopicFor(recipient, topics.notificationsPrefix));
      for (const organisation of organisations.filter((id) => id !== recipient)) {
        expect(text).not.toContain(organisation);
        expect(text).not.toContain(organisation.replace(':', '-'));
      }
      // Exactly the contract's fields: a strict parse and a key-by-key comparison.
      expect(Object.keys(JSON.parse(message.value ?? '{}')).sort()).toEqual(
        ['eventId', 'occurredAt', 'position', 'recipient', 'relocationId', 'type'].sort(),
      );
      expect(parse(message).relocationId).toBe(relocationId);
    }
  });

  it('a relay killed between publish and checkpoint republishes on restart: duplicates at most, never a loss', async () => {
    const store = createInMemoryEventStore();
    const handler = testCommandHandler(store);
    const relocationId = await runHappyPath(handler);
    const topics = topicsFor('crash');
    const checkpoints = createInMemoryCheckpointStore();
    // The third batch is published and acknowledged, then the process "dies" before storing its checkpoint.
    const crashing = crashingCheckpoints(checkpoints, 3);
    const first = await startRelay({
      store,
      checkpoints: crashing,
      checkpointId: 'relay-crash',
      topics,
      batchSize: 4,
    });
    await crashing.crashed;
    await first.stop();
    // Before the restart only the recipients of the published batches have a topic yet.
    const created = new Set(await admin.listTopics());
    const beforeRestart = await endOffsetTotal(
      Object.keys(expectedPerRecipient)
        .map((recipient) => notificationTopicFor(recipient, topics.notificationsPrefix))
        .filter((topic) => created.has(topic)),
    );
    expect(beforeRestart).toBeGreaterThan(0);
    expect(beforeRestart).toBeLessThan(perCase);

    await startRelay({ store, checkpoints, checkpointId: 'relay-crash', topics, batchSize: 4 });
    const names = await notificationTopics(topics);
    const distinctOf = (messages: readonly ConsumedMessage[]) =>
      new Map(messages.map(parse).map((n) => [`${n.eventId}/${n.recipient}`, n]));
    // Wait for the restarted relay to catch up: every expected notification must arrive (the test times out if not).
    const received = await consumeUntil(kafka, names, (messages) => distinctOf(messages).size >= perCase);
    const distinct = distinctOf(received);
    expect(distinct.size).toBe(perCase);
    for (const [recipient, types] of Object.entries(expectedPerRecipient)) {
      const heard = [...distinct.values()].filter((n) => n.recipient === recipient);
      expect(heard.map((n) => n.type)).toEqual(types);
      expect(heard.every((n) => n.relocationId === relocationId)).toBe(true);
    }
    // The republished batch shows up as duplicates (same eventId and recipient), which consumers drop.
    expect(await endOffsetTotal(names)).toBeGreaterThan(perCase);
  });

  it('on PGlite, a restarted relay resumes from its stored checkpoint: nothing twice, nothing missed', async () => {
    const store = await createPgliteEventStore({ dataDir: 'memory://' });
    try {
      const handler = testCommandHandler(store);
      const topics = topicsFor('pglite');
      const firstCase = await runHappyPath(handler);
      const first = await startRelay({
        store,
        checkpoints: store.checkpoints,
        checkpointId: 'relay-pglite',
        topics,
      });
      const names = await notificationTopics(topics);
      await consumeMessages(kafka, names, perCase);
      await first.stop();
      expect(await store.checkpoints.load('relay-pglite')).toBeDefined();

      const secondCase = await runHappyPath(handler);
      await startRelay({ store, checkpoints: store.checkpoints, checkpointId: 'relay-pglite', topics });
      // Each notification of both cases exactly once across the restart: a republished first case would show up
      // as repeated ids among these messages, and as more messages on the topic.
      const complete = await consumeMessages(kafka, names, perCase * 2);
      const ids = complete.map(parse).map((n) => `${n.eventId}/${n.recipient}`);
      expect(new Set(complete.map(parse).map((n) => n.relocationId))).toEqual(
        new Set([firstCase, secondCase]),
      );
      expect(new Set(ids).size).toBe(perCase * 2);
      expect(await endOffsetTotal(names)).toBe(perCase * 2);
    } finally {
      await store.close();
    }
  });
});
