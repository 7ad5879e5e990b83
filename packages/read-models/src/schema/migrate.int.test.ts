import { createPgliteDriver, quoteSchema, type SqlDriver, type SqlQueryable } from '@relocation/postgres';
import { uniqueSchemaName } from '@relocation/postgres/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateReadModels, readModelsFingerprint } from './migrate.ts';

let driver: SqlDriver;
const sent: string[] = [];

/** The driver, with every statement it is given written down. */
function counting(inner: SqlDriver): SqlDriver {
  const wrap = (db: SqlQueryable): SqlQueryable => ({
    query: (text, params) => {
      sent.push(text);
      return db.query(text, params);
    },
  });
  return { ...inner, ...wrap(inner), transaction: (fn) => inner.transaction((tx) => fn(wrap(tx))) };
}

beforeAll(() => {
  driver = createPgliteDriver({ dataDir: 'memory://' });
});
afterAll(async () => {
  await driver.close();
});

describe('read-model migrations', () => {
  it('run every statement once, then only check the fingerprint on later starts', async () => {
    const schema = uniqueSchemaName('rm');
    await migrateReadModels(counting(driver), schema);
    expect(sent.length).toBeGreaterThan(20);
    const [row] = await driver.query<{ fingerprint: string }>(
      `SELECT fingerprint FROM ${quoteSchema(schema)}.read_model_version`,
    );
    expect(row?.fingerprint).toBe(readModelsFingerprint);

    sent.length = 0;
    await migrateReadModels(counting(driver), schema);
    // The lock, the schema (a no-op), and the two reads that find the fingerprint: no table, index or trigger.
    expect(sent).toHaveLength(4);
    expect(sent.join('\n')).not.toMatch(/CREATE (TABLE|INDEX|TRIGGER|OR REPLACE)|ALTER|INSERT|DROP/i);
  });

  it('run the statements again on a schema another version migrated, and make what it lacks', async () => {
    const schema = uniqueSchemaName('rm');
    await migrateReadModels(driver, schema);
    const s = quoteSchema(schema);
    await driver.query(`DROP INDEX ${s}.relocations_status_paging`);
    await driver.query(`UPDATE ${s}.read_model_version SET fingerprint = 'an older version'`);
    await migrateReadModels(driver, schema);
    const [index] = await driver.query<{ present: boolean }>(
      'SELECT to_regclass($1) IS NOT NULL AS present',
      [`${s}.relocations_status_paging`],
    );
    expect(index?.present).toBe(true);
  });

  it("drop an older schema's history table: the timeline is read from the event store", async () => {
    const schema = uniqueSchemaName('rm');
    await migrateReadModels(driver, schema);
    const s = quoteSchema(schema);
    const present = async () =>
      (
        await driver.query<{ present: boolean }>('SELECT to_regclass($1) IS NOT NULL AS present', [
          `${s}.relocation_history`,
        ])
      )[0]?.present;
    // The table as an earlier version made it, with an entry in it.
    await driver.query(`CREATE TABLE ${s}.relocation_history (relocation_id uuid NOT NULL, revision integer NOT NULL,
      global_position bigint NOT NULL, event_id uuid NOT NULL, type text NOT NULL, occurred_at timestamptz NOT NULL,
      actor json NOT NULL, changes json NOT NULL, sealed json NOT NULL, PRIMARY KEY (relocation_id, revision))`);
    await driver.query(
      `INSERT INTO ${s}.relocation_history VALUES ('8d3f1c2e-0b4a-4c1e-9f00-1a2b3c4d5e6f', 1, 7,
        '0f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b', 'RelocationInitiated', '2026-01-02T03:04:05Z',
        '{"organisationId": "org", "userId": "u"}', '{"urgency": "high"}', '{"person": {"ct": "x"}}')`,
    );
    expect(await present()).toBe(true);
    await driver.query(`UPDATE ${s}.read_model_version SET fingerprint = 'an older version'`);
    await migrateReadModels(driver, schema);
    expect(await present()).toBe(false);
  });
});
