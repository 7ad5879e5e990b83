/**
 * `pnpm bench:store` (or `pnpm --filter @relocation/event-store-postgres bench`): prints append and global-feed
 * throughput of the event store on PGlite and on the PostgreSQL server in DATABASE_URL, next to the plain
 * single-row INSERT rate over the same connection settings as the physical reference. A figure, not a test: each
 * measurement runs for BENCH_SECONDS (default 3) seconds.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, freemem, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { createPgDriver } from '../src/drivers/pgDriver.ts';
import { createPgliteDriver } from '../src/drivers/pgliteDriver.ts';
import type { SqlDriver } from '../src/drivers/SqlDriver.ts';
import { createSqlEventStore, type SqlEventStore } from '../src/createSqlEventStore.ts';
import { newEvent, uniqueSchemaName } from '../src/testing/index.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? '3');
const poolSize = 32;

interface Measurement {
  readonly label: string;
  readonly operations: number;
  readonly items: number;
  readonly elapsedMs: number;
}

/** Runs `writers` loops of `operation` until the time is up; counts operations and the items they carried. */
async function timed(
  label: string,
  writers: number,
  itemsPerOperation: number,
  operation: (writer: number, iteration: number) => Promise<void>,
): Promise<Measurement> {
  const started = performance.now();
  const deadline = started + seconds * 1000;
  let operations = 0;
  await Promise.all(
    Array.from({ length: writers }, async (_, writer) => {
      for (let iteration = 0; performance.now() < deadline; iteration += 1) {
        await operation(writer, iteration);
        operations += 1;
      }
    }),
  );
  const elapsedMs = performance.now() - started;
  return { label, operations, items: operations * itemsPerOperation, elapsedMs };
}

function print(measurement: Measurement, unit: string): void {
  const perSecond = (count: number) =>
    Math.round((count * 1000) / measurement.elapsedMs).toLocaleString('en-US');
  const opsPart =
    measurement.items === measurement.operations ? '' : ` (${perSecond(measurement.operations)} ops/s)`;
  console.log(
    `  ${measurement.label.padEnd(44)} ${perSecond(measurement.items).padStart(9)} ${unit}/s${opsPart}`,
  );
}

async function appends(store: SqlEventStore, writers: number, eventsPerAppend: number): Promise<Measurement> {
  const run = uniqueSchemaName('w');
  return timed(
    `append, ${writers} writer${writers === 1 ? '' : 's'}, ${eventsPerAppend} event${eventsPerAppend === 1 ? '' : 's'}/append`,
    writers,
    eventsPerAppend,
    async (writer, iteration) => {
      const events = Array.from({ length: eventsPerAppend }, (_, index) =>
        newEvent('BenchmarkRecorded', { writer, iteration, index, note: 'a small payload of ordinary size' }),
      );
      await store.appendToStream(`bench-${run}-${writer}`, events, {
        expectedRevision: iteration === 0 ? 'no_stream' : iteration * eventsPerAppend - 1,
      });
    },
  );
}

async function feedRead(store: SqlEventStore): Promise<Measurement> {
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
  return {
    label: 'global feed read (batches of 1000)',
    operations: items,
    items,
    elapsedMs: performance.now() - started,
  };
}

async function plainInserts(driver: SqlDriver, schema: string, writers: number): Promise<Measurement> {
  await driver.query(
    `CREATE TABLE IF NOT EXISTS "${schema}".plain_insert (id bigserial PRIMARY KEY, body text)`,
  );
  return timed(
    `plain single-row INSERT, ${writers} writer${writers === 1 ? '' : 's'}`,
    writers,
    1,
    async () => {
      await driver.query(`INSERT INTO "${schema}".plain_insert (body) VALUES ($1)`, ['a small payload']);
    },
  );
}

async function benchmark(name: string, driver: SqlDriver, version: string): Promise<void> {
  const schema = uniqueSchemaName('bench');
  console.log(`\n${name}: ${version}`);
  const store = await createSqlEventStore({ driver, schema });
  try {
    for (const writers of [1, 32]) {
      for (const eventsPerAppend of [1, 10]) print(await appends(store, writers, eventsPerAppend), 'events');
    }
    print(await feedRead(store), 'events');
    for (const writers of [1, 32]) print(await plainInserts(driver, schema, writers), 'rows');
  } finally {
    await driver.query(`DROP SCHEMA "${schema}" CASCADE`);
    await store.close();
  }
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
    `  each measurement: ${seconds} s; PostgreSQL pool: ${poolSize} connections; PGlite: one connection`,
  );

  const dataDir = await mkdtemp(join(tmpdir(), 'es-bench-pglite-'));
  try {
    const db = new PGlite(dataDir);
    const [pgliteVersion] = await db
      .query<{ version: string }>('SELECT version()')
      .then((result) => result.rows);
    await benchmark(
      `PGlite (data directory ${dataDir})`,
      createPgliteDriver({ db }),
      pgliteVersion?.version ?? '?',
    );
    await db.close();
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }

  const url = process.env.DATABASE_URL;
  if (!url) {
    console.log('\nPostgreSQL: skipped, DATABASE_URL is not set');
    return;
  }
  const driver = createPgDriver({ connectionString: url, max: poolSize });
  const [server] = await driver.query<{ version: string }>('SELECT version()');
  await benchmark(`PostgreSQL (${redact(url)})`, driver, server?.version ?? '?');
  await driver.close();
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
