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
});
