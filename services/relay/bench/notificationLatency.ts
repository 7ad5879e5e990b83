/**
 * How long a notification takes from the command's answer to a consumer of the recipient's topic, at light load:
 * the real relay (buildRelay) on the PostgreSQL event store (DATABASE_URL; PGlite in memory without it) and the
 * real broker (KAFKA_* from infra/kafka-local/.work/kafka.env), one command at a time with a pause between them.
 *
 *   source infra/kafka-local/.work/kafka.env
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test pnpm --filter @relocation/relay bench
 *
 * Settings: BENCH_CASES (default 40), BENCH_PAUSE_MS (default 150, the pause between commands),
 * RELAY_POLL_INTERVAL_MS (the relay's fallback poll, default 500), RELAY_WAKE=off (poll only, the behaviour before the
 * relay woke on commit, for a comparison in the same run). It prints the machine, the load and p50/p95/p99.
 * Figures vary with the machine and the hour: compare runs made one after the other.
 */
import { randomUUID } from 'node:crypto';
import { cpus, loadavg, totalmem } from 'node:os';
import { createInMemoryCheckpointStore, type EventStore } from '@relocation/event-store';
import { createPgliteEventStore, createPostgresEventStore } from '@relocation/event-store-postgres';
import { createKafka, notificationMessageSchema, notificationTopicFor } from '@relocation/kafka';
import { testKafkaConfig, uniqueSuffix } from '@relocation/kafka/testing';
import { silentLogger } from '@relocation/service-log';
import { buildRelay } from '../src/app.ts';
import { happyPathFor, testCommandHandler } from '../src/testing/relocationCases.ts';

const cases = Number(process.env.BENCH_CASES ?? 40);
const pauseMs = Number(process.env.BENCH_PAUSE_MS ?? 150);
const pollIntervalMs = Number(process.env.RELAY_POLL_INTERVAL_MS ?? 500);
const config = testKafkaConfig(`relay-bench-${uniqueSuffix()}`);
if (config === undefined) {
  process.stderr.write(
    'KAFKA_BROKERS is not set: bash infra/kafka-local/start.sh, then source its kafka.env\n',
  );
  process.exit(2);
}

const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const suffix = uniqueSuffix();
const schema = `bench_relay_${suffix.replace(/-/g, '_')}`;
const databaseUrl = process.env.DATABASE_URL;
const store: EventStore = databaseUrl
  ? await createPostgresEventStore({ connectionString: databaseUrl, schema })
  : await createPgliteEventStore({ dataDir: 'memory://', schema });
const kafka = createKafka(config);
const topics = {
  notificationsPrefix: `bench.relay.notifications.${suffix}`,
  threatAssessments: `bench.relay.assessments.${suffix}`,
  threatAssessmentsDeadLetter: `bench.relay.assessments-dlq.${suffix}`,
};
const wake = process.env.RELAY_WAKE !== 'off';
const relayStore = wake
  ? store
  : { readAll: store.readAll.bind(store), readStream: store.readStream.bind(store) };
const relay = buildRelay({
  kafka,
  logger: silentLogger,
  store: relayStore,
  checkpoints: createInMemoryCheckpointStore(),
  checkpointId: `bench-${suffix}`,
  topicSpecs: [topics.threatAssessments, topics.threatAssessmentsDeadLetter].map((topic) => ({
    topic,
    numPartitions: 1,
    replicationFactor: 1,
  })),
  topics,
  pollIntervalMs,
});
const handler = testCommandHandler(store);

// Each submission notifies the coordinator: the time from its answer to the coordinator's consumer is measured.
const coordinatorTopic = notificationTopicFor('coordinator:national', topics.notificationsPrefix);
const arrived = new Map<string, number>();
const waiting = new Map<string, () => void>();
const consumer = kafka.consumer({ groupId: `bench-${suffix}` });

try {
  await relay.start();
  const draftOf = async () => {
    const id = randomUUID();
    const [initiate, consent, submit] = happyPathFor(id);
    await handler.handle(initiate!);
    await handler.handle(consent!);
    return submit!;
  };
  // The first submission creates the coordinator's topic; the consumer joins once it exists.
  await handler.handle(await draftOf());
  const admin = kafka.admin();
  await admin.connect();
  while (!(await admin.listTopics()).includes(coordinatorTopic)) await sleep(100);
  await admin.disconnect();
  await consumer.connect();
  await consumer.subscribe({ topics: [coordinatorTopic], fromBeginning: false });
  let joined: () => void = () => undefined;
  const isJoined = new Promise<void>((resolve) => (joined = resolve));
  consumer.on(consumer.events.GROUP_JOIN, () => joined());
  void consumer.run({
    eachMessage: async ({ message }) => {
      const at = performance.now();
      const { eventId } = notificationMessageSchema.parse(
        JSON.parse(message.value?.toString('utf8') ?? 'null'),
      );
      arrived.set(eventId, at);
      waiting.get(eventId)?.();
    },
  });
  await isJoined;
  await sleep(1_000);

  const latencies: number[] = [];
  for (let i = 0; i < cases; i += 1) {
    const submit = await draftOf();
    await sleep(pauseMs);
    const result = await handler.handle(submit);
    const answeredAt = performance.now();
    const submitted = result.events.find((event) => event.type === 'RelocationSubmitted');
    if (submitted === undefined) throw new Error('the submission recorded no RelocationSubmitted');
    const eventId = submitted.metadata.eventId;
    if (!arrived.has(eventId)) {
      await Promise.race([
        new Promise<void>((resolve) => waiting.set(eventId, resolve)),
        sleep(30_000).then(() => {
          throw new Error(`no notification for ${eventId} within 30 s`);
        }),
      ]);
    }
    latencies.push(arrived.get(eventId)! - answeredAt);
  }
  latencies.sort((a, b) => a - b);
  const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
  process.stdout.write(
    [
      'relay: command answer -> notification consumed (coordinator topic, one command at a time)',
      `machine: ${cpus().length} cpus (${cpus()[0]?.model ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB, ` +
        `load ${loadavg()
          .map((n) => n.toFixed(2))
          .join(' ')}, node ${process.version}`,
      `settings: store ${databaseUrl ? 'postgres' : 'pglite (memory)'}, cases ${cases}, pause ${pauseMs} ms, ` +
        `relay fallback poll ${pollIntervalMs} ms, wake on commit ${wake && 'watchAppends' in store ? 'on' : 'off'}`,
      `p50 ${fmt(percentile(latencies, 50))}  p95 ${fmt(percentile(latencies, 95))}  p99 ${fmt(percentile(latencies, 99))}  max ${fmt(latencies.at(-1) ?? Number.NaN)}`,
    ].join('\n') + '\n',
  );
} finally {
  await consumer.disconnect().catch(() => undefined);
  await relay.stop();
  await store.close();
}
