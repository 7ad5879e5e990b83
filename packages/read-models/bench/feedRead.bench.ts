/**
 * `pnpm --filter @relocation/read-models bench:feed`: the whole feed of a kept data set read with `readAll` and
 * with `readFeed` (the same batches without recording time and hashes, as the projector and rebuild read it), turn
 * about in one process, batches of 2,000 as a rebuild reads. Per way it prints the median of the rounds: wall
 * time, this process's CPU and the whole machine's CPU (this process and PostgreSQL, from /proc/stat; Linux only),
 * so that the database's share of the saving shows too.
 *
 * Settings (environment): DATABASE_URL and BENCH_REUSE (a database kept by `BENCH_KEEP=1 pnpm bench:scale`),
 * BENCH_ROUNDS (5 per way).
 */
import { relocationStreamPrefix } from '@relocation/domain';
import type { FeedBatch } from '@relocation/event-store';
import { createSqlEventStore, type SqlEventStore } from '@relocation/event-store-postgres';
import { createPgDriver } from '@relocation/postgres';
import { machineCpuMs, machineLine } from './machine.ts';

const url = process.env.DATABASE_URL;
const database = process.env.BENCH_REUSE;
const rounds = Number(process.env.BENCH_ROUNDS ?? '5');
const READ = 2_000;
/** The schema bench:scale keeps its events in. */
const EVENT_SCHEMA = 'scale';

if (url === undefined || database === undefined) {
  console.error('Set DATABASE_URL and BENCH_REUSE (a database kept by BENCH_KEEP=1 pnpm bench:scale).');
  process.exit(2);
}
if (!Number.isInteger(rounds) || rounds < 1) {
  console.error('BENCH_ROUNDS must be a whole number of at least 1.');
  process.exit(2);
}

interface Round {
  readonly events: number;
  readonly wallMs: number;
  readonly processMs: number;
  readonly machineMs: number | undefined;
}

async function readWhole(store: SqlEventStore, way: 'readAll' | 'readFeed'): Promise<Round> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const machine = machineCpuMs();
  let after: string | undefined;
  let events = 0;
  for (;;) {
    const options = {
      ...(after === undefined ? {} : { after }),
      batchSize: READ,
      streamPrefix: relocationStreamPrefix,
    };
    const batch: FeedBatch = way === 'readAll' ? await store.readAll(options) : await store.readFeed(options);
    if (batch.events.length === 0) break;
    events += batch.events.length;
    after = batch.checkpoint;
  }
  const used = process.cpuUsage(cpu);
  const machineAfter = machineCpuMs();
  return {
    events,
    wallMs: performance.now() - started,
    processMs: (used.user + used.system) / 1000,
    machineMs: machine === undefined || machineAfter === undefined ? undefined : machineAfter - machine,
  };
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

const databaseUrl = new URL(url);
databaseUrl.pathname = `/${database}`;
const store = await createSqlEventStore({
  driver: createPgDriver({ connectionString: databaseUrl.toString(), max: 2 }),
  schema: EVENT_SCHEMA,
  migrate: false,
});
try {
  console.log('\nFeed read: readAll against readFeed, turn about in one process');
  console.log(machineLine());
  console.log(`  settings: BENCH_REUSE=${database}, BENCH_ROUNDS=${rounds}, batches of ${READ}`);
  const results = { readAll: [] as Round[], readFeed: [] as Round[] };
  for (let round = 0; round < rounds; round += 1)
    for (const way of ['readAll', 'readFeed'] as const) results[way].push(await readWhole(store, way));
  for (const way of ['readAll', 'readFeed'] as const) {
    const runs = results[way];
    const machine = runs.every((run) => run.machineMs !== undefined)
      ? `${(median(runs.map((run) => run.machineMs ?? 0)) / 1000).toFixed(2)} s`
      : 'n/a';
    console.log(
      `  ${way.padEnd(8)} ${runs[0]?.events ?? 0} events: wall ${(median(runs.map((run) => run.wallMs)) / 1000).toFixed(2)} s, this process's CPU ${(median(runs.map((run) => run.processMs)) / 1000).toFixed(2)} s, the machine's CPU ${machine} (medians)`,
    );
  }
} finally {
  await store.close();
}
