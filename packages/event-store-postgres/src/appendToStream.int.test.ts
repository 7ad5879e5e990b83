import { WrongExpectedRevisionError } from '@relocation/event-store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresEventStore } from './createPostgresEventStore.ts';
import type { AppendSettings, SqlEventStore } from './createSqlEventStore.ts';
import { newEvent } from './testing/index.ts';
import { databaseUrlOrWarn, uniqueSchemaName } from '@relocation/postgres/testing';

const url = databaseUrlOrWarn('the PostgreSQL concurrent append tests');

const variants: readonly [string, AppendSettings][] = [
  ['group commit', {}],
  ['one call each', { groupCommit: false }],
  ['transaction', { appendPath: 'transaction' }],
];

describe.skipIf(!url).each(variants)('appendToStream on PostgreSQL, concurrently, %s', (_, settings) => {
  let store: SqlEventStore;

  beforeAll(async () => {
    store = await createPostgresEventStore({
      connectionString: url as string,
      schema: uniqueSchemaName('append'),
      maxConnections: 8,
      ...settings,
    });
  });
  afterAll(async () => {
    await store.close();
  });

  const revisionsOf = async (streamName: string): Promise<number[]> => {
    const revisions: number[] = [];
    for await (const event of store.readStream(streamName)) revisions.push(event.revision);
    return revisions;
  };

  it('serialises writers of one stream: every "any" append lands and the chain stays whole', async () => {
    const results = await Promise.all(
      Array.from({ length: 12 }, () =>
        store.appendToStream('busy-1', [newEvent('A'), newEvent('B')], { expectedRevision: 'any' }),
      ),
    );
    expect(results.map((result) => result.nextRevision).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 12 }, (_, index) => index * 2 + 1),
    );
    expect(await revisionsOf('busy-1')).toEqual(Array.from({ length: 24 }, (_, index) => index));
    expect(await store.verify({ streamPrefix: 'busy-' })).toMatchObject({ ok: true, eventsChecked: 24 });
  });

  it('lets exactly one of many creators of a new stream win', async () => {
    const outcomes = await Promise.allSettled(
      Array.from({ length: 8 }, () =>
        store.appendToStream('race-1', [newEvent('Created')], { expectedRevision: 'no_stream' }),
      ),
    );
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
    for (const outcome of outcomes) {
      if (outcome.status === 'rejected') expect(outcome.reason).toBeInstanceOf(WrongExpectedRevisionError);
    }
    expect(await revisionsOf('race-1')).toEqual([0]);
  });

  it('appends a command retried concurrently on different streams once', async () => {
    const results = await Promise.all(
      ['retry-a', 'retry-b', 'retry-c', 'retry-d'].map((streamName) =>
        store.appendToStream(streamName, [newEvent('Done')], {
          expectedRevision: 'no_stream',
          idempotencyKey: 'command-42',
        }),
      ),
    );
    expect(results.filter((result) => !result.replayed)).toHaveLength(1);
    const first = results.find((result) => !result.replayed);
    for (const result of results) expect(result).toEqual({ ...first, replayed: result.replayed });
    const written = await store.driver.query<{ stream_name: string }>(
      `SELECT stream_name FROM "${store.schema}".events WHERE starts_with(stream_name, 'retry-')`,
    );
    expect(written).toHaveLength(1);
  });
});
