/**
 * `pnpm bench:scale` (also run by `pnpm bench`): a national system after ten years. Generates BENCH_CASES cases
 * (default 100,000) with the domain (bench/nationalCases.ts), appends them command by command through the event
 * store (16 writers, events of different cases interleaved in time order), then measures
 *   1. a rebuild of every read model from the feed (events/s), and
 *   2. the read side's queries against the rebuilt models, each run BENCH_QUERIES times (default 300) with varied
 *      callers: stalled dashboard, overview, inbox (a municipality's newest cases), list (the coordinator's cases in
 *      one state, two pages), case view (record, history from the stream), printing p50/p95/max and the plan
 *      PostgreSQL chose.
 * On PostgreSQL (DATABASE_URL; required for the national size). Figures, not tests; the targets (issue 17) are
 * printed beside them.
 *
 * Settings (environment): BENCH_CASES (100000), BENCH_QUERIES (300), BENCH_SEED (17), BENCH_APPEND (phase: see
 * `grouped`), BENCH_PHASES (`rebuild,queries`; add `stages` for the rebuild's stages timed one by one: feed read,
 * decode, fold), BENCH_REBUILD_BATCH (events per rebuild transaction; the read models' default), BENCH_SQL_TIMES=1
 * times the read models' statements by kind, BENCH_EXPLAIN=1 prints the plans, BENCH_KEEP=1 keeps the
 * generated database (printed) and BENCH_REUSE=<database> measures an existing one without generating again.
 * The data set lives in a database of its own, created here: a run cut off never leaves its rows in the
 * DATABASE_URL database, which the tests use.
 */
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { createDashboardQueries } from '../src/dashboard/dashboardQueries.ts';
import { stageDurations } from '../src/dashboard/overview.ts';
import { createReadModels, givenYoungGeneration } from '../src/createReadModels.ts';
import { createSqlEventStore } from '@relocation/event-store-postgres';
import { createPgDriver, quoteSchema, type SqlDriver, type SqlQueryable } from '@relocation/postgres';
import { uniqueSchemaName } from '@relocation/postgres/testing';
import { encodeRelocationEvent, relocationStreamName } from '@relocation/domain';
import { generateCase, seededRandom, type GeneratedCase } from './nationalCases.ts';
import { rebuildStages } from './rebuildStages.ts';
import { machineCpuMs, machineLine } from './machine.ts';

const url = process.env.DATABASE_URL;
const caseCount = Number(process.env.BENCH_CASES ?? '100000');
const queryRuns = Number(process.env.BENCH_QUERIES ?? '300');
const seed = Number(process.env.BENCH_SEED ?? '17');
const reuse = process.env.BENCH_REUSE;
/** BENCH_PHASES: what to measure after the data set is there (`stages`: the rebuild's stages one by one). */
const phases = new Set((process.env.BENCH_PHASES ?? 'rebuild,queries').split(','));
const keep = process.env.BENCH_KEEP === '1' || reuse !== undefined;
const NOW = '2026-11-30T12:00:00.000Z';
const YEARS = 10;
const WRITERS = 16;
const CHUNK = 2_000;

/**
 * BENCH_APPEND: `command` appends each command's events on their own (as the API does; slow to load at national
 * size), `phase` (default) the commands of a case that follow each other within three days together, `case` a
 * whole case at once. The feed holds the same events in each; only how cases interleave in it differs.
 */
const appendUnit = (process.env.BENCH_APPEND ?? 'phase') as 'command' | 'phase' | 'case';
const PHASE_GAP_MS = 3 * 86_400_000;

function grouped(batches: GeneratedCase['batches']): GeneratedCase['batches'] {
  if (appendUnit === 'command') return batches;
  const groups: { at: number; last: number; events: GeneratedCase['batches'][number]['events'][number][] }[] =
    [];
  for (const batch of batches) {
    const open = groups.at(-1);
    if (open !== undefined && (appendUnit === 'case' || batch.at - open.last < PHASE_GAP_MS)) {
      open.events.push(...batch.events);
      open.last = batch.at;
    } else groups.push({ at: batch.at, last: batch.at, events: [...batch.events] });
  }
  return groups.map(({ at, events }) => ({ at, events }));
}

const seconds = (ms: number): string => (ms / 1000).toFixed(1);

/** BENCH_SQL_TIMES=1: the read models' statements timed by kind (first words), printed after the rebuild. */
const sqlTimes = new Map<string, { n: number; ms: number }>();
function timedDriver(driver: SqlDriver): SqlDriver {
  const timed = (db: SqlQueryable): SqlQueryable => ({
    async query(text, params) {
      const started = performance.now();
      try {
        return await db.query(text, params);
      } finally {
        const kind = text
          .replace(/\s+/g, ' ')
          .replace(/"[^"]*"\./g, '')
          .slice(0, 60);
        const entry = sqlTimes.get(kind) ?? { n: 0, ms: 0 };
        entry.n += 1;
        entry.ms += performance.now() - started;
        sqlTimes.set(kind, entry);
      }
    },
  });
  return { ...driver, ...timed(driver), transaction: (fn) => driver.transaction((tx) => fn(timed(tx))) };
}
function printSqlTimes(): void {
  for (const [kind, { n, ms }] of [...sqlTimes].sort((a, b) => b[1].ms - a[1].ms).slice(0, 15))
    console.log(`    ${seconds(ms).padStart(6)} s  ${String(n).padStart(6)}×  ${kind}`);
  sqlTimes.clear();
}

/**
 * CPU seconds each PostgreSQL backend connected to `database` has used so far, by process id (from /proc; none
 * where the server is not on this machine). A backend that exits meanwhile is not counted: the pool keeps its
 * connections while the rebuild runs.
 */
async function backendCpu(admin: SqlQueryable, database: string): Promise<Map<number, number>> {
  const rows = await admin.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = $1', [
    database,
  ]);
  const tick = 100; // USER_HZ on Linux
  const used = new Map<number, number>();
  for (const { pid } of rows) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      used.set(pid, (Number(fields[11]) + Number(fields[12])) / tick);
    } catch {
      // not on this machine, or gone
    }
  }
  return used;
}

const cpuSince = (before: Map<number, number>, after: Map<number, number>): number =>
  [...after].reduce((sum, [pid, seconds]) => sum + seconds - (before.get(pid) ?? 0), 0);

async function generateAndAppend(
  store: ReturnType<typeof createSqlEventStore> extends Promise<infer S> ? S : never,
) {
  const random = seededRandom(seed);
  const end = Date.parse(NOW);
  const start = end - YEARS * 365.25 * 86_400_000;
  let events = 0;
  let appends = 0;
  let generatingMs = 0;
  const started = performance.now();
  for (let from = 0; from < caseCount; from += CHUNK) {
    const generating = performance.now();
    const chunk: GeneratedCase[] = [];
    for (let i = from; i < Math.min(caseCount, from + CHUNK); i += 1) {
      // Case starts spread evenly over the years, with a little jitter.
      const at = start + ((i + random()) / caseCount) * (end - start);
      chunk.push(generateCase(random, at, { now: NOW, years: YEARS }));
    }
    generatingMs += performance.now() - generating;
    // Appends in time order across the chunk (a case's appends stay in order), one per command or per phase.
    const queue = chunk
      .map((c) => ({ ...c, batches: grouped(c.batches) }))
      .flatMap((c) => c.batches.map((batch, index) => ({ c, batch, index })))
      .sort((a, b) => a.batch.at - b.batch.at);
    const tails = new Map<string, Promise<void>>();
    let next = 0;
    await Promise.all(
      Array.from({ length: WRITERS }, async () => {
        while (next < queue.length) {
          const item = queue[next++];
          if (item === undefined) break;
          const { c, batch, index } = item;
          const previous = tails.get(c.relocationId) ?? Promise.resolve();
          const revisionBefore = c.batches.slice(0, index).reduce((n, b) => n + b.events.length, 0) - 1;
          const done = previous.then(async () => {
            await store.appendToStream(
              relocationStreamName(c.relocationId),
              batch.events.map((event) => encodeRelocationEvent(event)),
              {
                expectedRevision: revisionBefore < 0 ? 'no_stream' : revisionBefore,
              },
            );
          });
          tails.set(c.relocationId, done);
          await done;
          events += batch.events.length;
          appends += 1;
        }
      }),
    );
    const elapsed = performance.now() - started;
    process.stdout.write(
      `\r  generated and appended ${Math.min(caseCount, from + CHUNK)} / ${caseCount} cases, ${events} events, ${appends} appends (${seconds(elapsed)} s, of which generating ${seconds(generatingMs)} s)`,
    );
  }
  process.stdout.write('\n');
  return { events, appends, ms: performance.now() - started };
}

interface QueryFigure {
  readonly name: string;
  readonly target: number;
  readonly run: (i: number) => Promise<unknown>;
  /** The statement to EXPLAIN (one representative call). */
  readonly explain?: { readonly sql: string; readonly params: unknown[] };
}

async function measure(figure: QueryFigure): Promise<void> {
  for (let i = 0; i < 10; i += 1) await figure.run(i); // warm up the plan cache and the buffers
  const times: number[] = [];
  for (let i = 0; i < queryRuns; i += 1) {
    const t = performance.now();
    await figure.run(i);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const at = (q: number): string =>
    (times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? NaN).toFixed(2);
  const p95 = Number(at(0.95));
  console.log(
    `  ${figure.name.padEnd(46)} p50 ${at(0.5).padStart(7)} ms  p95 ${at(0.95).padStart(7)} ms  max ${(times.at(-1) ?? NaN).toFixed(1).padStart(7)} ms${Number.isFinite(figure.target) ? `   target p95 < ${figure.target} ms ${p95 < figure.target ? 'met' : 'NOT MET'}` : ''}`,
  );
}

async function main(): Promise<void> {
  if (!url) {
    console.log('National-scale benchmark: skipped, it needs PostgreSQL (set DATABASE_URL).');
    return;
  }
  console.log('\nNational-scale benchmark (10 years of cases; rebuild and read-side queries)');
  console.log(machineLine());
  console.log(
    `  settings: BENCH_CASES=${caseCount}, BENCH_QUERIES=${queryRuns}, BENCH_SEED=${seed}, BENCH_APPEND=${appendUnit}, ${WRITERS} writers, PostgreSQL (DATABASE_URL)${reuse ? `, reusing ${reuse}` : ''}, node ${givenYoungGeneration() ?? 'default young generation'}`,
  );
  const database = reuse ?? uniqueSchemaName('bench_scale');
  const admin = createPgDriver({ connectionString: url, max: 1 });
  if (reuse === undefined) await admin.query(`CREATE DATABASE "${database}"`);
  const databaseUrl = new URL(url);
  databaseUrl.pathname = `/${database}`;
  const schema = 'scale';
  const driver = createPgDriver({ connectionString: databaseUrl.toString(), max: 32 });
  const store = await createSqlEventStore({ driver, schema });
  const readModels = createReadModels({
    driver: process.env.BENCH_SQL_TIMES === '1' ? timedDriver(driver) : driver,
    schema: `${schema}_rm`,
    store,
    eventStoreSchema: schema,
    clock: () => new Date(NOW),
    ...(process.env.BENCH_REBUILD_BATCH === undefined
      ? {}
      : { rebuildBatchSize: Number(process.env.BENCH_REBUILD_BATCH) }),
  });
  try {
    if (reuse === undefined) {
      const written = await generateAndAppend(store);
      console.log(
        `  data set: ${caseCount} cases, ${written.events} events (${(written.events / caseCount).toFixed(1)} per case) in ${written.appends} appends, ${seconds(written.ms)} s (${Math.round(written.events / (written.ms / 1000))} events/s appended)`,
      );
    }
    await readModels.migrate();
    if (reuse === undefined) await driver.query('VACUUM ANALYZE');
    if (phases.has('stages')) await rebuildStages(store);
    if (phases.has('rebuild')) {
      const backends = await backendCpu(admin, database);
      const cpu = process.cpuUsage();
      const machineBefore = machineCpuMs();
      const rebuilding = performance.now();
      const applied = await readModels.rebuild();
      const rebuildMs = performance.now() - rebuilding;
      const machineAfter = machineCpuMs();
      const nodeCpu = process.cpuUsage(cpu);
      const pgCpu = cpuSince(backends, await backendCpu(admin, database));
      const rate = applied / (rebuildMs / 1000);
      console.log(
        `  rebuild of every read model: ${applied} events in ${seconds(rebuildMs)} s = ${Math.round(rate)} events/s   target ≥ 50000 ${rate >= 50_000 ? 'met' : 'NOT MET'} (load average ${loadavg()
          .map((load) => load.toFixed(1))
          .join(' / ')})`,
      );
      // CPU time is steadier than wall time on a shared machine: what the rebuild itself consumed, per side.
      const nodeSeconds = (nodeCpu.user + nodeCpu.system) / 1e6;
      console.log(
        `    CPU: this process ${nodeSeconds.toFixed(1)} s (${Math.round((nodeSeconds * 1e6) / applied)} µs/event), PostgreSQL backends of the database ${pgCpu.toFixed(1)} s (${Math.round((pgCpu * 1e6) / applied)} µs/event)`,
      );
      // How much of the machine the rebuild kept busy: on two cores shared by this process and the server, the
      // rate follows the work of both more than either's waiting (README, Performance).
      if (machineBefore !== undefined && machineAfter !== undefined) {
        const machineSeconds = (machineAfter - machineBefore) / 1000;
        console.log(
          `    the machine (every process): ${machineSeconds.toFixed(1)} s of CPU in ${seconds(rebuildMs)} s, ${(machineSeconds / (rebuildMs / 1000)).toFixed(2)} of ${cpus().length} cores busy on average`,
        );
      }
      await driver.query(`ANALYZE`);
      if (process.env.BENCH_SQL_TIMES === '1') printSqlTimes();
    }
    if (!phases.has('queries')) return;

    const rm = quoteSchema(`${schema}_rm`);
    const now = new Date(NOW);
    const dashboard = createDashboardQueries({ db: driver, store, schema: `${schema}_rm` });
    const sample = await driver.query<{ relocation_id: string; sending: string; status: string }>(
      `SELECT relocation_id::text, (state->>'sendingMunicipality') AS sending, status FROM ${rm}.relocations
       ORDER BY md5(relocation_id::text) LIMIT 500`,
    );
    const pickRow = (i: number) => sample[i % sample.length] as (typeof sample)[number];
    const states = [
      'matching',
      'awaitingReceiverDecision',
      'followUp',
      'closed',
      'threatAssessment',
    ] as const;
    console.log(`  queries (${queryRuns} runs each, callers varied):`);
    await measure({
      name: 'stalled dashboard (coordinator)',
      target: 30,
      run: () => dashboard.stalledCases({ now, limit: 100 }),
    });
    await measure({ name: 'overview (coordinator)', target: 30, run: () => dashboard.overview(now) });
    // What the overview reuses for up to a minute, computed every time: the cost of a refresh that misses.
    await measure({
      name: '  its stage durations, not reused',
      target: Number.POSITIVE_INFINITY,
      run: () => stageDurations(driver, rm, now),
    });
    await measure({
      name: 'inbox (a municipality, newest 25)',
      target: 20,
      run: (i) =>
        readModels.queries.listCases({
          organisationId: `municipality:${pickRow(i).sending}`,
          now,
          limit: 25,
        }),
    });
    await measure({
      name: 'list (coordinator, one state, two pages)',
      target: 20,
      run: async (i) => {
        const first = await readModels.queries.listCases({
          organisationId: 'coordinator:national',
          status: states[i % states.length],
          now,
          limit: 25,
        });
        if (first.nextCursor === null) return first;
        return readModels.queries.listCases({
          organisationId: 'coordinator:national',
          status: states[i % states.length],
          now,
          limit: 25,
          cursor: first.nextCursor,
        });
      },
    });
    await measure({
      name: 'case view (record, history from the stream)',
      target: 10,
      run: async (i) => {
        const record = await readModels.queries.getCase(pickRow(i).relocation_id);
        return record === undefined ? [] : readModels.queries.historyOf(record);
      },
    });
    const counts = await driver.query<{ status: string; n: string }>(
      `SELECT status, count(*)::text AS n FROM ${rm}.relocations GROUP BY status ORDER BY count(*) DESC`,
    );
    const stalled = await driver.query<{ n: string }>(
      `SELECT count(*)::text AS n FROM ${rm}.relocations WHERE stalled_since < $1::timestamptz`,
      [NOW],
    );
    console.log(
      `  mix at ${NOW.slice(0, 10)}: ${counts.map((c) => `${c.status} ${c.n}`).join(', ')}; stalled ${stalled[0]?.n ?? 0}`,
    );
    if (process.env.BENCH_EXPLAIN === '1') {
      for (const [label, sql, params] of [
        [
          'stalled',
          `SELECT relocation_id FROM ${rm}.relocations WHERE stalled_since < $1::timestamptz AND visible_to @> ARRAY[$2]::text[]`,
          [NOW, 'coordinator:national'],
        ],
        [
          'inbox',
          `SELECT relocation_id FROM ${rm}.relocations WHERE visible_to @> ARRAY[$1]::text[] ORDER BY first_position DESC LIMIT 26`,
          [`municipality:${pickRow(0).sending}`],
        ],
        [
          'list by state',
          `SELECT relocation_id FROM ${rm}.relocations WHERE visible_to @> ARRAY[$1]::text[] AND status = $2 ORDER BY first_position DESC LIMIT 26`,
          ['coordinator:national', 'matching'],
        ],
      ] as const) {
        const plan = await driver.query<{ 'QUERY PLAN': string }>(`EXPLAIN ANALYZE ${sql}`, [...params]);
        console.log(`  plan, ${label}:\n${plan.map((p) => `    ${p['QUERY PLAN']}`).join('\n')}`);
      }
    }
  } finally {
    await readModels.close();
    await store.close();
    if (keep) console.log(`  kept: BENCH_REUSE=${database}`);
    else await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.close();
  }
}

await main();
