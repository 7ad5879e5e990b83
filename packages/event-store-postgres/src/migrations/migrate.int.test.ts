import { afterAll, describe, expect, it } from 'vitest';
import { createPgDriver, type SqlDriver } from '@relocation/postgres';
import { databaseUrlOrWarn, uniqueSchemaName } from '@relocation/postgres/testing';
import { migrate } from './migrate.ts';
import { migrations } from './migrations.ts';

const url = databaseUrlOrWarn('the PostgreSQL migration tests');
const newest = Math.max(...migrations.map((migration) => migration.version));

describe.skipIf(!url)('migrate on PostgreSQL', () => {
  const drivers: SqlDriver[] = [];
  const driver = (): SqlDriver => {
    const created = createPgDriver({ connectionString: url as string, max: 2 });
    drivers.push(created);
    return created;
  };
  afterAll(async () => {
    await Promise.all(drivers.map((each) => each.close()));
  });

  it('applies every version once; a second run applies nothing', async () => {
    const schema = uniqueSchemaName('mig');
    const db = driver();
    expect(await migrate(db, schema)).toEqual({
      applied: migrations.map((migration) => migration.version),
      currentVersion: newest,
    });
    expect(await migrate(db, schema)).toEqual({ applied: [], currentVersion: newest });
  });

  it('is safe from two processes at once: one applies, the other waits and finds it done', async () => {
    const schema = uniqueSchemaName('mig');
    const results = await Promise.all([migrate(driver(), schema), migrate(driver(), schema)]);
    const applied = results.map((result) => result.applied.length).sort();
    expect(applied).toEqual([0, migrations.length]);
    const rows = await driver().query<{ version: number }>(
      `SELECT version FROM "${schema}".schema_migrations ORDER BY version`,
    );
    expect(rows.map((row) => row.version)).toEqual(migrations.map((migration) => migration.version));
  });

  it('applies only the versions a schema lacks', async () => {
    const schema = uniqueSchemaName('mig');
    const db = driver();
    const first = migrations.slice(0, 1);
    expect((await migrate(db, schema, first)).applied).toEqual([1]);
    expect((await migrate(db, schema)).applied).toEqual(
      migrations.slice(1).map((migration) => migration.version),
    );
  });
});
