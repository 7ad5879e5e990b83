import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quoteSchema } from '../quoteSchema.ts';
import { databaseUrlOrWarn } from '../testing/databaseUrl.ts';
import { uniqueSchemaName } from '../testing/uniqueSchemaName.ts';
import { createPgDriver } from './pgDriver.ts';
import { createPgliteDriver } from './pgliteDriver.ts';

const url = databaseUrlOrWarn('prepared statements on a PostgreSQL server');
const schema = uniqueSchemaName('prepared');
const s = quoteSchema(schema);
const lookup = `SELECT label FROM ${s}.things WHERE id = $1`;

describe.skipIf(url === undefined)('a statement kept prepared (PostgreSQL)', () => {
  // One connection, so that every query below meets the statements the ones before it prepared.
  const driver = createPgDriver({ connectionString: url as string, max: 1 });
  const prepared = () =>
    driver.query<{ statement: string }>(
      `SELECT statement FROM pg_prepared_statements WHERE name LIKE 'relocation\\_%' ORDER BY statement`,
    );
  beforeAll(async () => {
    await driver.query(`CREATE SCHEMA ${s}`);
    await driver.query(`CREATE TABLE ${s}.things (id int PRIMARY KEY, label text)`);
    await driver.query(`INSERT INTO ${s}.things VALUES (1, 'one'), (2, 'two')`);
  });
  afterAll(async () => {
    await driver.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
    await driver.close();
  });

  it('is prepared once per connection under one name, and answers for each parameter', async () => {
    expect(await driver.query(lookup, [1], { prepare: true })).toEqual([{ label: 'one' }]);
    expect(await driver.query(lookup, [2], { prepare: true })).toEqual([{ label: 'two' }]);
    await driver.transaction(async (tx) => {
      expect(await tx.query(lookup, [3], { prepare: true })).toEqual([]);
    });
    // Without the option nothing is kept.
    await driver.query(`SELECT label FROM ${s}.things WHERE id = $1 + 0`, [1]);
    expect(await prepared()).toEqual([{ statement: lookup }]);
  });

  it('keeps working after its table is dropped and made again, as a rebuild swaps its schema', async () => {
    expect(await driver.query(lookup, [1], { prepare: true })).toHaveLength(1);
    await driver.query(`DROP TABLE ${s}.things`);
    await driver.query(`CREATE TABLE ${s}.things (id int PRIMARY KEY, label text, extra text)`);
    await driver.query(`INSERT INTO ${s}.things VALUES (1, 'new one', 'x')`);
    expect(await driver.query(lookup, [1], { prepare: true })).toEqual([{ label: 'new one' }]);
    expect(await prepared()).toEqual([{ statement: lookup }]);
  });
});

describe('a statement kept prepared (PGlite)', () => {
  it('is run as any other query: PGlite keeps no named statements', async () => {
    const driver = createPgliteDriver({ dataDir: 'memory://' });
    try {
      expect(await driver.query('SELECT $1::int + 1 AS n', [41], { prepare: true })).toEqual([{ n: 42 }]);
    } finally {
      await driver.close();
    }
  });
});
