/**
 * `pnpm bench` (or `pnpm --filter @relocation/read-models bench`): projection lag, from an append's answer (a
 * command's) to a read-your-writes wait seeing the read models at its position, with 16 clients each driving whole
 * relocations command by command and the projector in the same process, as the API runs it. Two set-ups in one
 * run: commit signals on (the projector wakes on commit, waiters on each projected batch) and the previous polling
 * (projector poll 200 ms, waiters poll every 20 ms). On PostgreSQL (DATABASE_URL), else PGlite. A figure, not a test.
 *
 * Settings (environment): BENCH_SECONDS (default 3) per set-up; BENCH_CLIENTS (default `1,16`: each count is run).
 */
import { fixedClock, happyPath } from '@relocation/domain/testing';
import type { EventStore } from '@relocation/event-store';
import { createSqlEventStore } from '@relocation/event-store-postgres';
import { createPgDriver, createPgliteDriver, newPglite, type SqlDriver } from '@relocation/postgres';
import { uniqueSchemaName } from '@relocation/postgres/testing';
import { createReadModels } from '../src/createReadModels.ts';
import { recordCase } from '../src/testing/index.ts';
import { machineLine } from './machine.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? '3');
const clientCounts = (process.env.BENCH_CLIENTS ?? '1,16').split(',').map(Number);
const clock = fixedClock('2026-03-02T09:00:00.000Z');
const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function lag(openDriver: () => SqlDriver, signals: boolean, clients: number): Promise<number[]> {
  const schema = uniqueSchemaName('lag');
  const driver = openDriver();
  const sqlStore = await createSqlEventStore({ driver, schema });
  // The previous set-up: a store that cannot tell of commits, and waiters that only poll.
  const store: EventStore = signals ? sqlStore : { ...sqlStore, watchAppends: undefined };
  const readModels = createReadModels({
    driver,
    schema: `${schema}_rm`,
    store,
    eventStoreSchema: schema,
    clock: () => new Date(clock.now()),
  });
  await readModels.migrate();
  const stopping = new AbortController();
  const projector = readModels.startProjector(stopping.signal, { pollIntervalMs: 200 });
  const lags: number[] = [];
  const deadline = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < deadline) {
        const relocation = recordCase(store, clock);
        for (const command of happyPath()) {
          if (performance.now() >= deadline) break;
          const position = await relocation.run([command]);
          const answered = performance.now();
          for (;;) {
            const wait: (ms: number) => Promise<void> = signals ? readModels.watchProgress() : pause;
            if (await readModels.hasProcessed(position)) break;
            await wait(20);
          }
          lags.push(performance.now() - answered);
        }
      }
    }),
  );
  stopping.abort();
  await projector.stop();
  await readModels.close(); // and its LISTEN, before the driver closes
  await driver.query(`DROP SCHEMA "${schema}_rm" CASCADE`);
  await driver.query(`DROP SCHEMA "${schema}" CASCADE`);
  await sqlStore.close(); // and the driver, with the connection it listened on
  return lags.sort((a, b) => a - b);
}

function print(label: string, lags: number[]): void {
  const at = (q: number): string =>
    (lags[Math.min(lags.length - 1, Math.floor(q * lags.length))] ?? Number.NaN).toFixed(1);
  console.log(
    `  ${label.padEnd(52)} p50 ${at(0.5).padStart(6)} ms  p99 ${at(0.99).padStart(6)} ms  (${lags.length} commands, ${Math.round(lags.length / seconds)}/s)`,
  );
}

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  console.log('\nProjection lag benchmark (command answered → read model visible to a minPosition wait)');
  console.log(machineLine());
  console.log(
    `  settings: BENCH_SECONDS=${seconds} per set-up, BENCH_CLIENTS=${clientCounts.join(',')}, projector in process, batch 200, ${url ? 'PostgreSQL (DATABASE_URL)' : 'PGlite in memory (DATABASE_URL not set)'}`,
  );
  const db = url ? undefined : newPglite('memory://');
  const driver = (): SqlDriver =>
    db ? createPgliteDriver({ db }) : createPgDriver({ connectionString: url as string, max: 32 });
  try {
    for (const clients of clientCounts) {
      print(`${clients} client${clients === 1 ? '' : 's'}, commit signals`, await lag(driver, true, clients));
      print(
        `${clients} client${clients === 1 ? '' : 's'}, previous polling (200 ms / 20 ms)`,
        await lag(driver, false, clients),
      );
    }
  } finally {
    await db?.close();
  }
}

await main();
