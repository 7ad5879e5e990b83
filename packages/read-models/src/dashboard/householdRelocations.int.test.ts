import type { PGlite } from '@electric-sql/pglite';
import {
  decodeRelocationEvent,
  encodeRelocationEvent,
  relocationStreamName,
  renewedCaseEvents,
  type DomainEvent,
  type SealedEnvelope,
} from '@relocation/domain';
import { fakeSeal, fakeUnseal, fixedClock, historyTo, sampleCommands } from '@relocation/domain/testing';
import { createPgliteEventStore, type SqlEventStore } from '@relocation/event-store-postgres';
import { newPglite, quoteSchema } from '@relocation/postgres';
import { uniqueSchemaName } from '@relocation/postgres/testing';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReadModels, type ReadModels } from '../createReadModels.ts';
import { recordCase, type RecordedCase } from '../testing/index.ts';
import { allStatisticsFacts } from '../statistics/statisticsRows.ts';
import { statisticsTables } from '../statistics/statisticsTables.ts';
import { createDashboardQueries, type DashboardQueries } from './dashboardQueries.ts';

const clock = fixedClock('2026-03-02T09:00:00.000Z');
let db: PGlite;
let store: SqlEventStore;
let readModels: ReadModels;
let dashboard: DashboardQueries;
let first: RecordedCase;
let renewedId: string;
let single: RecordedCase;

async function eventsOf(relocationId: string): Promise<DomainEvent[]> {
  const events: DomainEvent[] = [];
  for await (const recorded of store.readStream(relocationStreamName(relocationId)))
    events.push(decodeRelocationEvent(recorded));
  return events;
}

beforeAll(async () => {
  db = newPglite('memory://');
  store = await createPgliteEventStore({ db, schema: uniqueSchemaName('es') });
  readModels = createReadModels({
    driver: store.driver,
    schema: uniqueSchemaName('rm'),
    store,
    clock: () => new Date(clock.now()),
  });
  await readModels.migrate();
  dashboard = createDashboardQueries({ db: store.driver, store, schema: readModels.schema });
  first = recordCase(store, clock);
  await first.run([...historyTo.followUp(), sampleCommands.compromise()]);
  const renewed = renewedCaseEvents(
    await eventsOf(first.relocationId),
    (value, _from, to) => fakeSeal(to.relocationId, to.field, fakeUnseal(value as SealedEnvelope)),
    randomUUID,
  );
  renewedId = renewed!.relocationId;
  await store.appendToStream(
    relocationStreamName(renewedId),
    renewed!.events.map((event) => encodeRelocationEvent(event)),
    {
      expectedRevision: 'no_stream',
    },
  );
  single = recordCase(store, clock);
  await single.run(historyTo.threatAssessment());
  await readModels.projectUntilCaughtUp();
});
afterAll(async () => {
  await store.close();
  await db.close();
});

describe('relocations per household (docs/design.md §3.4)', () => {
  it('shows the coordinator the linked cases of one household and the renewed relocations per year', async () => {
    const result = await dashboard.householdRelocations();
    expect(result.years).toEqual([{ year: '2026', relocations: 3, renewed: 1, households: 2 }]);
    expect(result.households).toEqual([
      {
        householdId: first.relocationId,
        relocations: 2,
        byYear: [{ year: '2026', relocations: 2 }],
        cases: [
          expect.objectContaining({
            relocationId: first.relocationId,
            previousRelocationId: null,
            status: 'closed',
          }),
          expect.objectContaining({
            relocationId: renewedId,
            previousRelocationId: first.relocationId,
            sendingMunicipalityCode: '2480',
            status: 'draft',
          }),
        ],
      },
    ]);
    expect((await dashboard.householdRelocations(0)).households).toEqual([]);
  });

  it('reads a case projected before household ids existed as its own household', async () => {
    const s = quoteSchema(readModels.schema);
    await store.driver.query(
      `UPDATE ${s}.relocations SET state = state - 'householdId' WHERE relocation_id = $1`,
      [single.relocationId],
    );
    const result = await dashboard.householdRelocations();
    expect(result.years[0]).toMatchObject({ relocations: 3, households: 2 });
    const record = await readModels.queries.getCase(single.relocationId);
    expect(record?.state.householdId).toBeNull();
  });

  it('counts the linked cases as one household in the statistics, under one pseudonym', async () => {
    const facts = await allStatisticsFacts(store.driver, quoteSchema(readModels.schema));
    expect(facts.find((f) => f.relocationId === renewedId)?.facts.householdId).toBe(first.relocationId);
    const tables = statisticsTables(facts, new Uint8Array(32).fill(3));
    const ending = tables.tables.find((table) => table.name === 'ending');
    // Two households in 2026: the renewed one counted once (its latest case, open) and the single case.
    expect(ending?.cells[0]?.reduce((a, b) => a + b, 0)).toBe(2);
    // Without the link the old case would have counted as a third household, closed as relocatedAgain.
    const unlinked = statisticsTables(
      facts.map((f) => ({ ...f, facts: { ...f.facts, householdId: null } })),
      new Uint8Array(32).fill(3),
    );
    const endingUnlinked = unlinked.tables.find((table) => table.name === 'ending');
    expect(endingUnlinked?.cells[0]?.reduce((a, b) => a + b, 0)).toBe(3);
    expect(endingUnlinked?.cells[0]?.[endingUnlinked.columns.indexOf('relocatedAgain')]).toBe(1);
  });
});
