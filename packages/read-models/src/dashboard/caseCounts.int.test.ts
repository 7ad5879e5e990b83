import type { PGlite } from '@electric-sql/pglite';
import { newPglite, quoteSchema } from '@relocation/postgres';
import {
  actors,
  command,
  fixedClock,
  happyPath,
  historyTo,
  sampleCommands,
} from '@relocation/domain/testing';
import { createPgliteEventStore, type SqlEventStore } from '@relocation/event-store-postgres';
import { uniqueSchemaName } from '@relocation/postgres/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReadModels, type ReadModels } from '../createReadModels.ts';
import { recordCase } from '../testing/index.ts';

const clock = fixedClock('2026-03-02T09:00:00.000Z');
let db: PGlite;
let store: SqlEventStore;

beforeAll(async () => {
  db = newPglite('memory://');
  store = await createPgliteEventStore({ db, schema: uniqueSchemaName('es') });
});
afterAll(async () => {
  await store.close();
  await db.close();
});

async function freshReadModels(batchSize = 3): Promise<ReadModels> {
  const readModels = createReadModels({
    driver: store.driver,
    schema: uniqueSchemaName('rm'),
    store,
    clock: () => new Date(clock.now()),
    batchSize,
  });
  await readModels.migrate();
  return readModels;
}

/** The counts kept by the triggers, groups at zero left out. */
const kept = (readModels: ReadModels) =>
  store.driver.query(
    `SELECT status, urgency, responsible_municipality, coordinator_sees, cases FROM ${quoteSchema(readModels.schema)}.case_counts
     WHERE cases <> 0 ORDER BY 1, 2, 3, 4`,
  );

/** The same counts, counted from the cases. */
const counted = (readModels: ReadModels) =>
  store.driver.query(
    `SELECT status, coalesce(urgency, '') AS urgency, coalesce(responsible_municipality, '') AS responsible_municipality,
       visible_to @> ARRAY['coordinator:national']::text[] AS coordinator_sees, count(*)::int AS cases
     FROM ${quoteSchema(readModels.schema)}.relocations GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`,
  );

describe('case counts kept by the database', () => {
  it('follow every batch of the projector, cases moving between states included', async () => {
    const readModels = await freshReadModels();
    const a = recordCase(store, clock);
    const b = recordCase(store, clock);
    const c = recordCase(store, clock);
    await a.run(historyTo.matching());
    await b.run(historyTo.threatAssessment());
    await readModels.projectUntilCaughtUp();
    expect(await kept(readModels)).toEqual(await counted(readModels));
    expect((await kept(readModels)).length).toBeGreaterThan(0);

    await a.run([sampleCommands.proposeDeclining(), sampleCommands.decline()]);
    await c.run(happyPath());
    await readModels.projectUntilCaughtUp();
    expect(await kept(readModels)).toEqual(await counted(readModels));
    const statuses = (await kept(readModels)).map((row) => (row as { status: string }).status);
    expect(statuses).toContain('closed');

    // A rebuild counts the same, and a rebuilt schema renamed into place keeps counting.
    await readModels.rebuild();
    expect(await kept(readModels)).toEqual(await counted(readModels));
    await b.run([command('WithdrawConsent', actors.sending, { withdrawnOn: '2026-03-02' })]);
    await readModels.projectUntilCaughtUp();
    expect(await kept(readModels)).toEqual(await counted(readModels));
  });

  it('are filled once for cases projected before the table existed, and a second migration adds nothing', async () => {
    const readModels = await freshReadModels();
    await recordCase(store, clock).run(historyTo.matching());
    await recordCase(store, clock).run(happyPath());
    await readModels.projectUntilCaughtUp();
    const expected = await counted(readModels);
    const s = quoteSchema(readModels.schema);
    // As a schema from before the counts: no table, no triggers, the fingerprint of an older version.
    await store.driver.query(`DROP TABLE ${s}.case_counts`);
    await store.driver.query(`DROP FUNCTION ${s}.count_cases() CASCADE`);
    await store.driver.query(`UPDATE ${s}.read_model_version SET fingerprint = 'older'`);
    await readModels.migrate();
    expect(await kept(readModels)).toEqual(expected);
    await readModels.migrate();
    expect(await kept(readModels)).toEqual(expected);
  });

  it('leave the counts alone when a write moves no case to another group', async () => {
    const readModels = await freshReadModels();
    await recordCase(store, clock).run(historyTo.matching());
    await readModels.projectUntilCaughtUp();
    const s = quoteSchema(readModels.schema);
    const before = await store.driver.query(
      `SELECT xmin::text AS version, * FROM ${s}.case_counts ORDER BY 2, 3, 4, 5`,
    );
    await store.driver.query(`UPDATE ${s}.relocations SET updated_at = updated_at + interval '1 second'`);
    expect(
      await store.driver.query(`SELECT xmin::text AS version, * FROM ${s}.case_counts ORDER BY 2, 3, 4, 5`),
    ).toEqual(before);
    await store.driver.query(`DELETE FROM ${s}.relocations`);
    expect(await kept(readModels)).toEqual([]);
  });
});
