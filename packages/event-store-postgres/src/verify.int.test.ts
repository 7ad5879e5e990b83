import type { PGlite } from '@electric-sql/pglite';
import { newPglite } from '@relocation/postgres';
import type { TamperHooks, VerifyProblemKind } from '@relocation/event-store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPgliteEventStore } from './createPgliteEventStore.ts';
import type { SqlEventStore } from './createSqlEventStore.ts';
import { createTamperHooks, newEvent } from './testing/index.ts';
import { uniqueSchemaName } from '@relocation/postgres/testing';

let db: PGlite;
let store: SqlEventStore;
let tamper: Required<TamperHooks>;

beforeAll(async () => {
  db = newPglite('memory://');
  store = await createPgliteEventStore({ db, schema: uniqueSchemaName() });
  tamper = createTamperHooks(store.driver, store.schema) as Required<TamperHooks>;
});
afterAll(async () => {
  await store.close();
  await db.close();
});

async function fiveEvents(streamName: string): Promise<void> {
  const events = Array.from({ length: 5 }, (_, index) => newEvent('Counted', { index }));
  await store.appendToStream(streamName, events, { expectedRevision: 'no_stream' });
}

async function kinds(prefix: string): Promise<VerifyProblemKind[]> {
  const report = await store.verify({ streamPrefix: prefix });
  return [...new Set(report.problems.map((problem) => problem.kind))].sort();
}

describe('verify over the tables', () => {
  it('passes an untouched store and counts what it checked', async () => {
    await fiveEvents('clean-1');
    await fiveEvents('clean-2');
    expect(await store.verify({ streamPrefix: 'clean-' })).toEqual({
      ok: true,
      streamsChecked: 2,
      eventsChecked: 10,
      problems: [],
    });
  });

  it('finds changed data', async () => {
    await fiveEvents('changed-1');
    await tamper.changeData('changed-1', 2, { index: 99 });
    expect(await kinds('changed-')).toEqual(['changed']);
  });

  it('finds a deleted event, and a deleted tail through the recorded head', async () => {
    await fiveEvents('removed-1');
    await tamper.deleteEvent('removed-1', 1);
    expect(await kinds('removed-')).toEqual(['removed']);
    await fiveEvents('truncated-1');
    await tamper.deleteEvent('truncated-1', 4);
    expect(await kinds('truncated-')).toEqual(['truncated']);
  });

  it('finds swapped events', async () => {
    await fiveEvents('swapped-1');
    await tamper.swapEvents('swapped-1', 1, 3);
    expect(await kinds('swapped-')).toContain('reordered');
  });

  it('finds an event the global feed delivers before an earlier revision of its stream', async () => {
    await fiveEvents('feed-1');
    // Move revision 3 to a transaction id older than the others: the feed would hand it out first.
    await store.driver.query(
      `UPDATE "${store.schema}".events SET transaction_id = '1'::xid8 WHERE stream_name = 'feed-1' AND revision = 3`,
    );
    const report = await store.verify({ streamPrefix: 'feed-' });
    expect(report.ok).toBe(false);
    expect(new Set(report.problems.map((problem) => problem.kind))).toEqual(new Set(['reordered']));
    expect(new Set(report.problems.map((problem) => problem.revision))).toEqual(new Set([0, 1, 2]));
  });

  it('finds a forged event inserted with a correctly chained hash', async () => {
    await fiveEvents('forged-1');
    await tamper.insertEvent('forged-1', 1, newEvent('Forged', { by: 'someone' }));
    const report = await store.verify({ streamPrefix: 'forged-' });
    expect(report.problems.map((problem) => [problem.kind, problem.revision])).toEqual([['inserted', 2]]);
  });

  it('finds events stored under a stream name that has no recorded head', async () => {
    await fiveEvents('headless-1');
    await store.driver.query(`DELETE FROM "${store.schema}".streams WHERE stream_name = 'headless-1'`);
    const report = await store.verify({ streamPrefix: 'headless-' });
    expect(report).toMatchObject({ streamsChecked: 1, eventsChecked: 5 });
  });
});
