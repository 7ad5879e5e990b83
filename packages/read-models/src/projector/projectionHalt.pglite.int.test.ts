import type { PGlite } from '@electric-sql/pglite';
import { newPglite } from '@relocation/postgres';
import { createPgliteEventStore, type SqlEventStore } from '@relocation/event-store-postgres';
import { uniqueSchemaName } from '@relocation/postgres/testing';
import { afterAll, beforeAll, describe } from 'vitest';
import { projectionHaltSuite } from './projectionHaltSuite.ts';

describe('a projector meeting an event it cannot project, on PGlite', () => {
  let db: PGlite;
  let store: SqlEventStore;
  beforeAll(async () => {
    db = newPglite('memory://');
    store = await createPgliteEventStore({ db, schema: uniqueSchemaName('es') });
  });
  afterAll(async () => {
    await store.close();
    await db.close();
  });
  projectionHaltSuite(
    () => store.driver,
    () => store,
  );
});
