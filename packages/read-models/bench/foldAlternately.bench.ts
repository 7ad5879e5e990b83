/**
 * `pnpm --filter @relocation/read-models bench:alternately`: the rebuild's work in the process, this build against
 * another checkout, alternately in one process. On a shared machine, runs of the whole rebuild vary by 10-15 % from
 * one to the next, more than most changes to the fold are worth; here both builds fold the same events in memory,
 * turn about, so the machine's moods fall on both alike. Per build it times, in microseconds per event:
 *   1. decode and fold: `foldEvents` (upcast, schema, the domain's evolve, statistics), and
 *   2. the writes' text: `writePending` of transactions of 20,000 events into a queryable that turns each COPY text
 *      into bytes, as the driver does, and sends nothing (the SQL is not measured here: `pnpm bench:scale`).
 * Each timing starts after a full collection, so that the other build's garbage is not collected on its time.
 *
 * Settings (environment): DATABASE_URL and BENCH_REUSE (a database kept by `BENCH_KEEP=1 pnpm bench:scale`: its
 * events are read once), BENCH_BASE (the other checkout, dependencies installed, e.g. from `git worktree add`),
 * BENCH_EVENTS (60000), BENCH_ROUNDS (30; the first two of each build are left out as warm-up). Run with
 * `--expose-gc` (the script does).
 */
import { resolve } from 'node:path';
import { relocationStreamPrefix } from '@relocation/domain';
import type { RecordedEvent } from '@relocation/event-store';
import { createSqlEventStore } from '@relocation/event-store-postgres';
import { createPgDriver, quoteSchema, type SqlQueryable } from '@relocation/postgres';
import type { FoldingState, PendingWrites } from '../src/projector/foldEvents.ts';
import { machineLine } from './machine.ts';

const url = process.env.DATABASE_URL;
const database = process.env.BENCH_REUSE;
const base = process.env.BENCH_BASE;
const eventCount = Number(process.env.BENCH_EVENTS ?? '60000');
const rounds = Number(process.env.BENCH_ROUNDS ?? '30');
const TRANSACTION = 20_000;
const READ = 2_000;

if (url === undefined || database === undefined || base === undefined) {
  console.error(
    'Set DATABASE_URL, BENCH_REUSE (a database kept by bench:scale) and BENCH_BASE (another checkout).',
  );
  process.exit(2);
}
if (!Number.isInteger(eventCount) || eventCount < READ || !Number.isInteger(rounds) || rounds < 3) {
  console.error(`BENCH_EVENTS must be a whole number of at least ${READ}, BENCH_ROUNDS one of at least 3.`);
  process.exit(2);
}
const collect = (globalThis as { gc?: () => void }).gc;
if (collect === undefined) {
  console.error('Run with node --expose-gc.');
  process.exit(2);
}

interface Build {
  readonly name: string;
  readonly fold: (events: readonly RecordedEvent[]) => void;
  readonly write: (transactions: readonly PendingWrites[], state: FoldingState) => Promise<void>;
}

interface FoldModule {
  caseIdOf(streamName: string): string | null;
  foldEvents(events: readonly RecordedEvent[], state: FoldingState, pending: PendingWrites): void;
  pendingWrites(maxPosition: bigint | undefined, checkpoint: string | undefined): PendingWrites;
}
type WritePending = (
  tx: SqlQueryable,
  s: ReturnType<typeof quoteSchema>,
  pending: PendingWrites,
  state: FoldingState,
  now: Date,
  options: { fresh: boolean },
) => Promise<void>;

/** Sends nothing; turns each COPY text into bytes as the driver does, so that its cost is counted. */
let bytes = 0;
const nowhere: SqlQueryable = {
  query: <R>(text: string) => {
    bytes += text.length;
    return Promise.resolve([] as R[]);
  },
  copyFrom: (_target: string, rows: string | readonly Uint8Array[]) => {
    if (typeof rows === 'string') bytes += Buffer.from(rows).length;
    else for (const part of rows) bytes += part.length;
    return Promise.resolve();
  },
};

/** A fresh state with every case of `events` known to have no row yet, as a rebuild's starts. */
function startingState(
  fold: FoldModule,
  events: readonly RecordedEvent[],
  facts: () => unknown,
): FoldingState {
  const state: FoldingState = { cases: new Map(), statistics: new Map() };
  for (const recorded of events) {
    const relocationId = fold.caseIdOf(recorded.streamName);
    if (relocationId !== null && !state.statistics.has(relocationId)) {
      state.cases.set(relocationId, undefined);
      state.statistics.set(relocationId, facts() as never);
    }
  }
  return state;
}

async function load(
  name: string,
  root: string,
  events: readonly RecordedEvent[],
): Promise<Build & { transactions: PendingWrites[]; state: FoldingState }> {
  const src = resolve(root, 'packages/read-models/src');
  const fold = (await import(`${src}/projector/foldEvents.ts`)) as FoldModule;
  const { emptyStatisticsFacts } = (await import(`${src}/statistics/statisticsFacts.ts`)) as {
    emptyStatisticsFacts: () => unknown;
  };
  const { writePending } = (await import(`${src}/projector/writePending.ts`)) as {
    writePending: WritePending;
  };
  const s = quoteSchema('bench');
  // The transactions this build's writes are timed on: its own fold of the events, done once.
  const state = startingState(fold, events, emptyStatisticsFacts);
  const transactions: PendingWrites[] = [];
  for (let i = 0; i < events.length; i += TRANSACTION) {
    const pending = fold.pendingWrites(undefined, undefined);
    for (let j = i; j < Math.min(i + TRANSACTION, events.length); j += READ)
      fold.foldEvents(events.slice(j, Math.min(j + READ, i + TRANSACTION)), state, pending);
    transactions.push(pending);
  }
  return {
    name,
    transactions,
    state,
    fold(all) {
      const folding = startingState(fold, all, emptyStatisticsFacts);
      let pending = fold.pendingWrites(undefined, undefined);
      for (let i = 0; i < all.length; i += READ) {
        fold.foldEvents(all.slice(i, i + READ), folding, pending);
        if (pending.events >= TRANSACTION) pending = fold.pendingWrites(undefined, undefined);
      }
    },
    async write(written, rows) {
      for (const pending of written)
        await writePending(nowhere, s, pending, rows, new Date(0), { fresh: true });
    },
  };
}

const databaseUrl = new URL(url);
databaseUrl.pathname = `/${database}`;
const driver = createPgDriver({ connectionString: databaseUrl.toString(), max: 2 });
const store = await createSqlEventStore({ driver, schema: 'scale', migrate: false });
const events: RecordedEvent[] = [];
let after: string | undefined;
while (events.length < eventCount) {
  const batch = await store.readAll({
    ...(after === undefined ? {} : { after }),
    batchSize: Math.min(5_000, eventCount - events.length),
    streamPrefix: relocationStreamPrefix,
  });
  if (batch.events.length === 0) break;
  events.push(...batch.events);
  after = batch.checkpoint;
}
await store.close();
await driver.close();

const builds = [
  await load('this build', resolve(import.meta.dirname, '../../..'), events),
  await load('base', base, events),
];
const times = new Map(builds.map((build) => [build.name, { fold: [] as number[], write: [] as number[] }]));
for (let round = 0; round < rounds; round += 1) {
  for (const build of round % 2 === 0 ? builds : [...builds].reverse()) {
    const own = times.get(build.name);
    if (own === undefined) continue;
    collect();
    let started = performance.now();
    build.fold(events);
    own.fold.push(((performance.now() - started) * 1000) / events.length);
    collect();
    started = performance.now();
    await build.write(build.transactions, build.state);
    own.write.push(((performance.now() - started) * 1000) / events.length);
  }
}

const median = (values: number[]): number => {
  const kept = values.slice(2).sort((a, b) => a - b);
  return kept[Math.floor(kept.length / 2)] ?? Number.NaN;
};
console.log("\nThe rebuild's work in the process, this build and another, alternately in one process");
console.log(machineLine());
console.log(
  `  settings: BENCH_REUSE=${database}, BENCH_BASE=${base}, ${events.length} events, ${rounds} rounds each (medians of the last ${rounds - 2}), transactions of ${TRANSACTION}, reads of ${READ}`,
);
const [mine, theirs] = builds.map((build) => times.get(build.name));
for (const stage of ['fold', 'write'] as const) {
  const a = median(mine?.[stage] ?? []);
  const b = median(theirs?.[stage] ?? []);
  const label = stage === 'fold' ? 'decode and fold' : "the writes' text";
  console.log(
    `  ${label.padEnd(18)} this build ${a.toFixed(2)} µs/event   base ${b.toFixed(2)} µs/event   ratio ${(a / b).toFixed(3)}`,
  );
}
if (bytes === 0) console.log('  (nothing was written)');
