import type { PGlite } from '@electric-sql/pglite';
import { newPglite } from '@relocation/postgres';
import { createPgliteEventStore } from './createPgliteEventStore.ts';
import type { SqlEventStore } from './createSqlEventStore.ts';
import { describeGroupCommit } from './groupCommit.cases.ts';
import { describeWatchAppends } from './watchAppends.cases.ts';
import { uniqueSchemaName } from '@relocation/postgres/testing';

let opened: { db: PGlite; stores: SqlEventStore[] } | undefined;

describeGroupCommit(
  'PGlite',
  async (schema) => {
    opened ??= { db: newPglite('memory://'), stores: [] };
    const store = await createPgliteEventStore({
      db: opened.db,
      schema: schema ?? uniqueSchemaName('group'),
    });
    opened.stores.push(store);
    return store;
  },
  async () => {
    if (!opened) return;
    for (const store of opened.stores) await store.close();
    await opened.db.close();
    opened = undefined;
  },
);
describeWatchAppends(
  'PGlite',
  async (schema) => {
    opened ??= { db: newPglite('memory://'), stores: [] };
    const store = await createPgliteEventStore({
      db: opened.db,
      schema: schema ?? uniqueSchemaName('group'),
    });
    opened.stores.push(store);
    return store;
  },
  async () => {
    if (!opened) return;
    for (const store of opened.stores) await store.close();
    await opened.db.close();
    opened = undefined;
  },
);
