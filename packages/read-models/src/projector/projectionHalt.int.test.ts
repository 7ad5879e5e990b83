import { createSqlEventStore, type SqlEventStore } from '@relocation/event-store-postgres';
import { createPgDriver, type SqlDriver } from '@relocation/postgres';
import { databaseUrlOrWarn, uniqueSchemaName } from '@relocation/postgres/testing';
import { afterAll, beforeAll, describe } from 'vitest';
import { projectionHaltSuite } from './projectionHaltSuite.ts';

const url = databaseUrlOrWarn('the projection halt test on PostgreSQL');

describe.skipIf(!url)('a projector meeting an event it cannot project, on PostgreSQL', () => {
  let driver: SqlDriver;
  let store: SqlEventStore;
  beforeAll(async () => {
    driver = createPgDriver({ connectionString: url as string, max: 4 });
    store = await createSqlEventStore({ driver, schema: uniqueSchemaName('es') });
  });
  afterAll(async () => {
    await store.close();
  });
  projectionHaltSuite(
    () => driver,
    () => store,
  );
});
