import { createPgDriver } from '@relocation/postgres';
import { databaseUrlOrWarn } from '@relocation/postgres/testing';
import { afterAll, describe } from 'vitest';
import { describeDatabaseWriterAttacks } from './databaseWriterAttacks.suite.ts';

const url = databaseUrlOrWarn('the database-writer attacks on PostgreSQL');

describe.skipIf(!url)('on PostgreSQL', () => {
  const db = createPgDriver({ connectionString: url ?? '', max: 4 });
  afterAll(() => db.close());
  describeDatabaseWriterAttacks('PostgreSQL', () => db);
});
