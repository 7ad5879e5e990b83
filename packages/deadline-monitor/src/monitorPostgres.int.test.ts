import { randomUUID } from 'node:crypto';
import { createCommandHandler } from '@relocation/application';
import { relocationStreamName, type Command } from '@relocation/domain';
import { fakeSeal, fixedClock, historyTo, sampleProviders } from '@relocation/domain/testing';
import { createSqlEventStore, type SqlEventStore } from '@relocation/event-store-postgres';
import { createPgDriver } from '@relocation/postgres';
import { databaseUrlOrWarn, uniqueSchemaName } from '@relocation/postgres/testing';
import { createDeadlineQueries, createReadModels } from '@relocation/read-models';
import { afterAll, describe, expect, it } from 'vitest';
import { runMonitorOnce } from './runMonitorOnce.ts';

const url = databaseUrlOrWarn('the deadline monitor race on PostgreSQL');

describe.skipIf(!url)('two monitor processes on PostgreSQL', () => {
  const stores: SqlEventStore[] = [];
  afterAll(async () => {
    await Promise.all(stores.map((store) => store.close()));
  });

  it('fire each deadline exactly once, each with its own connection pool', async () => {
    const clock = fixedClock('2026-03-02T09:00:00.000Z');
    const schema = uniqueSchemaName('es');
    const readModelSchema = uniqueSchemaName('rm');
    const open = async () => {
      const store = await createSqlEventStore({
        driver: createPgDriver({ connectionString: url ?? '' }),
        schema,
      });
      stores.push(store);
      return store;
    };
    const [one, two] = [await open(), await open()];
    const handlerOn = (store: SqlEventStore) =>
      createCommandHandler({
        store,
        sealerFor: async (relocationId) => (field, value) => fakeSeal(relocationId, field, value),
        providers: sampleProviders,
        clock: () => new Date(clock.now()),
        newId: randomUUID,
      });
    const setup = handlerOn(one);
    const ids: string[] = [];
    for (let n = 0; n < 10; n += 1) {
      const relocationId = randomUUID();
      for (const next of historyTo.threatAssessment()) {
        await setup.handle({ ...next, relocationId, commandId: randomUUID() } as Command);
      }
      ids.push(relocationId);
    }
    const readModels = createReadModels({
      driver: one.driver,
      schema: readModelSchema,
      store: one,
      clock: () => new Date(clock.now()),
    });
    await readModels.migrate();
    await readModels.projectUntilCaughtUp();
    clock.set('2026-03-06T09:00:00.000Z');

    const monitorOn = (store: SqlEventStore) =>
      runMonitorOnce({
        deadlines: createDeadlineQueries(store.driver, readModelSchema),
        handler: handlerOn(store),
        clock: () => new Date(clock.now()),
        newId: randomUUID,
      });
    const runs = await Promise.all([monitorOn(one), monitorOn(two), monitorOn(one), monitorOn(two)]);
    const steps = runs.flatMap((run) => run.steps);
    expect(steps.filter((step) => step.outcome === 'fired')).toHaveLength(10);
    expect(steps.filter((step) => step.outcome === 'failed')).toEqual([]);
    for (const id of ids) {
      let missed = 0;
      for await (const event of one.readStream(relocationStreamName(id))) {
        if (event.type === 'DeadlineMissed') missed += 1;
      }
      expect(missed).toBe(1);
    }
  });
});
