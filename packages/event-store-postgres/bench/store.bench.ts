/**
 * `pnpm bench` / `pnpm bench:store` (or `pnpm --filter @relocation/event-store-postgres bench`): append and
 * global-feed throughput of the event store on the PostgreSQL server in DATABASE_URL and on PGlite, each figure
 * printed with its ratio to a plain autocommitted single-row INSERT measured in the same run over the same pool (the
 * physical reference: one round trip and one commit). A figure, not a test.
 *
 * Settings (environment): BENCH_SECONDS (default 3) per measurement; BENCH_TARGETS (default `postgres,pglite`).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, freemem, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { createPgDriver, createPgliteDriver, newPglite, type SqlDriver } from '@relocation/postgres';
import { createSqlEventStore, type SqlEventStoreOptions } from '../src/createSqlEventStore.ts';
import { newEvent } from '../src/testing/index.ts';
import { uniqueSchemaName } from '@relocation/postgres/testing';

const seconds = Number(process.env.BENCH_SECONDS ?? '3');
const targets = (process.env.BENCH_TARGETS ?? 'postgres,pglite').split(',');
const poolSize = 32;

/** The append paths compared side by side; the first is the store's default. */
const variants: readonly { readonly name: string; readonly options: Partial<SqlEventStoreOptions> }[] = [
  { name: 'one call + group commit (default)', options: {} },
  { name: 'one call each (groupCommit: false)', options: { groupCommit: false } },
  { name: "previous: transaction (appendPath: 'transaction')", options: { appendPath: 'transaction' } },
  ...(process.env.BENCH_IN_FLIGHT
    ? [
        {
          name: `group commit, ${process.env.BENCH_IN_FLIGHT} statements in flight`,
          options: { groupCommit: { maxInFlight: Number(process.env.BENCH_IN_FLIGHT) } },
        },
      ]
    : []),
];

interface Measurement {
  readonly operations: number;
  readonly items: number;
  readonly elapsedMs: number;
  /** Milliseconds per operation, sorted. */
  readonly latencies: number[];
}

/** One operation of one writer (each writer keeps its own count, so runs can be sliced). */
type Operation = (writer: number) => Promise<void>;

/** Runs `writers` loops of `operation` for `ms`; counts operations and the items they carried. */
async function timed(
  writers: number,
  itemsPerOperation: number,
  operation: Operation,
  ms: number,
): Promise<Measurement> {
  const started = performance.now();
  const deadline = started + ms;
  const latencies: number[] = [];
  await Promise.all(
    Array.from({ length: writers }, async (_, writer) => {
      while (performance.now() < deadline) {
        const began = performance.now();
        await operation(writer);
        latencies.push(performance.now() - began);
      }
    }),
  );
  return {
    operations: latencies.length,
    items: latencies.length * itemsPerOperation,
    elapsedMs: performance.now() - started,
    latencies,
  };
}

function merge(a: Measurement | undefined, b: Measurement): Measurement {
  if (!a) return b;
  return {
    operations: a.operations + b.operations,
    items: a.items + b.items,
    elapsedMs: a.elapsedMs + b.elapsedMs,
    latencies: [...a.latencies, ...b.latencies],
  };
}

/**
 * The candidate and the plain INSERT reference in alternating slices (4 of each, BENCH_SECONDS in all for each),
 * so that a machine whose speed drifts during the run slows both alike and the ratio stays meaningful.
 */
async function paired(
  writers: number,
  reference: Operation,
  candidate: Operation,
  itemsPerOperation: number,
): Promise<{ reference: Measurement; candidate: Measurement }> {
  const slices = 4;
  let ref: Measurement | undefined;
  let cand: Measurement | undefined;
  for (let slice = 0; slice < slices; slice += 1) {
    ref = merge(ref, await timed(writers, 1, reference, (seconds * 1000) / slices));
    cand = merge(cand, await timed(writers, itemsPerOperation, candidate, (seconds * 1000) / slices));
  }
  const sorted = (m: Measurement): Measurement => ({
    ...m,
    latencies: [...m.latencies].sort((x, y) => x - y),
  });
  return { reference: sorted(ref as Measurement), candidate: sorted(cand as Measurement) };
}

const rate = (m: Measurement, count: number): number => (count * 1000) / m.elapsedMs;
const quantile = (m: Measurement, q: number): number =>
  m.latencies[Math.min(m.latencies.length - 1, Math.floor(q * m.latencies.length))] ?? Number.NaN;
const format = (n: number): string => Math.round(n).toLocaleString('en-US');
const latency = (m: Measurement): string =>
  m.latencies.length > 1
    ? `p50 ${quantile(m, 0.5).toFixed(1)} ms, p99 ${quantile(m, 0.99).toFixed(1)} ms`
    : '';

function print(label: string, m: Measurement, unit: string, reference?: Measurement): void {
  const ops = m.items === m.operations ? '' : ` (${format(rate(m, m.operations))} appends/s)`;
  const ratio = reference ? ` ${(rate(m, m.items) / rate(reference, reference.items)).toFixed(2)}×` : '';
  const against = reference
    ? `; plain INSERT alongside ${format(rate(reference, reference.items))} rows/s, ${latency(reference)}`
    : '';
  console.log(
    `  ${label.padEnd(34)} ${format(rate(m, m.items)).padStart(7)} ${unit}/s${ratio.padStart(7)}${ops}  ${latency(m)}${against}`,
  );
}

async function benchmark(name: string, driver: SqlDriver, version: string): Promise<void> {
  const schema = uniqueSchemaName('bench');
  console.log(`\n${name}: ${version}`);
  await driver.query(`CREATE SCHEMA "${schema}"`);
  await driver.query(`CREATE TABLE "${schema}".plain_insert (id bigserial PRIMARY KEY, body text)`);
  const plainInsert: Operation = async () => {
    await driver.query(`INSERT INTO "${schema}".plain_insert (body) VALUES ($1)`, ['a small payload']);
  };
  console.log(
    '  ratios: events/s to the rows/s of a plain single-row INSERT with as many clients, measured in alternating slices',
  );
  try {
    for (const variant of variants) {
      const store = await createSqlEventStore({ driver, schema, ...variant.options });
      console.log(`  append path: ${variant.name}`);
      const appender = (writers: number, eventsPerAppend: number): Operation => {
        const run = uniqueSchemaName('w');
        const counts = Array.from({ length: writers }, () => 0);
        return async (writer) => {
          const iteration = counts[writer] ?? 0;
          counts[writer] = iteration + 1;
          const events = Array.from({ length: eventsPerAppend }, (_, index) =>
            newEvent('BenchmarkRecorded', {
              writer,
              iteration,
              index,
              note: 'a small payload of ordinary size',
            }),
          );
          await store.appendToStream(`bench-${run}-${writer}`, events, {
            expectedRevision: iteration === 0 ? 'no_stream' : iteration * eventsPerAppend - 1,
          });
        };
      };
      for (const [writers, eventsPerAppend] of [
        [1, 1],
        [32, 1],
        [32, 10],
      ] as const) {
        const { reference, candidate } = await paired(
          writers,
          plainInsert,
          appender(writers, eventsPerAppend),
          eventsPerAppend,
        );
        print(
          `append, ${writers} writer${writers === 1 ? '' : 's'} × ${eventsPerAppend} event${eventsPerAppend === 1 ? '' : 's'}`,
          candidate,
          'events',
          reference,
        );
      }
      print('global feed read (batches of 1000)', await feedRead(store), 'events');
    }
  } finally {
    await driver.query(`DROP SCHEMA "${schema}" CASCADE`);
  }
}

async function feedRead(store: Awaited<ReturnType<typeof createSqlEventStore>>): Promise<Measurement> {
  const started = performance.now();
  let items = 0;
  let after: string | undefined;
  for (;;) {
    const batch = await store.readAll({ after, batchSize: 1000 });
    if (batch.events.length === 0) break;
    items += batch.events.length;
    after = batch.checkpoint;
    if (performance.now() - started > seconds * 1000) break;
  }
  return { operations: items, items, elapsedMs: performance.now() - started, latencies: [] };
}

async function main(): Promise<void> {
  const cpu = cpus();
  console.log('Event store benchmark');
  console.log(
    `  machine: ${cpu.length} × ${cpu[0]?.model ?? 'unknown cpu'}, ${gib(totalmem())} GiB memory (${gib(freemem())} free)`,
  );
  console.log(`  node ${process.version}, ${process.platform}/${process.arch}`);
  console.log(
    `  load average at start (1/5/15 min): ${loadavg()
      .map((load) => load.toFixed(1))
      .join(' / ')}`,
  );
  console.log(
    `  settings: BENCH_SECONDS=${seconds} per figure, BENCH_TARGETS=${targets.join(',')}, PostgreSQL pool ${poolSize} connections, PGlite one connection; each writer appends to its own stream with exact expected revisions`,
  );

  const url = process.env.DATABASE_URL;
  if (targets.includes('postgres')) {
    if (!url) {
      console.log('\nPostgreSQL: skipped, DATABASE_URL is not set');
    } else {
      const driver = createPgDriver({ connectionString: url, max: poolSize });
      try {
        const [server] = await driver.query<{ version: string }>('SELECT version()');
        const settings = await driver.query<{ name: string; setting: string; unit: string | null }>(
          `SELECT name, setting, unit FROM pg_settings WHERE name IN
             ('fsync', 'synchronous_commit', 'wal_sync_method', 'commit_delay', 'shared_buffers', 'max_connections')
           ORDER BY name`,
        );
        await benchmark(`PostgreSQL (${redact(url)})`, driver, server?.version ?? '?');
        console.log(
          `  server settings: ${settings.map((row) => `${row.name}=${row.setting}${row.unit ?? ''}`).join(', ')}`,
        );
      } finally {
        await driver.close();
      }
    }
  }

  if (targets.includes('pglite')) {
    const dataDir = await mkdtemp(join(tmpdir(), 'es-bench-pglite-'));
    try {
      const db = newPglite(dataDir);
      const [pgliteVersion] = await db.query<{ version: string }>('SELECT version()').then((r) => r.rows);
      await benchmark(
        `PGlite (data directory ${dataDir})`,
        createPgliteDriver({ db }),
        pgliteVersion?.version ?? '?',
      );
      await db.close();
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }
  console.log(
    `\n  load average at end (1/5/15 min): ${loadavg()
      .map((load) => load.toFixed(1))
      .join(' / ')}`,
  );
}

function gib(bytes: number): string {
  return (bytes / 2 ** 30).toFixed(1);
}

function redact(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

await main();
