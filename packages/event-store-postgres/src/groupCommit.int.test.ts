import { describe } from 'vitest';
import { createPostgresEventStore } from './createPostgresEventStore.ts';
import type { SqlEventStore } from './createSqlEventStore.ts';
import { describeGroupCommit } from './groupCommit.cases.ts';
import { describeWatchAppends } from './watchAppends.cases.ts';
import { databaseUrlOrWarn, uniqueSchemaName } from '@relocation/postgres/testing';

const url = databaseUrlOrWarn('the PostgreSQL group commit tests');
let stores: SqlEventStore[] = [];

describe.skipIf(!url)('PostgreSQL', () => {
  describeGroupCommit(
    'PostgreSQL',
    async (schema) => {
      const store = await createPostgresEventStore({
        connectionString: url as string,
        schema: schema ?? uniqueSchemaName('group'),
        maxConnections: 4,
      });
      stores.push(store);
      return store;
    },
    async () => {
      await Promise.all(stores.map((store) => store.close()));
      stores = [];
    },
  );
  describeWatchAppends(
    'PostgreSQL',
    async (schema) => {
      const store = await createPostgresEventStore({
        connectionString: url as string,
        schema: schema ?? uniqueSchemaName('group'),
        maxConnections: 4,
      });
      stores.push(store);
      return store;
    },
    async () => {
      await Promise.all(stores.map((store) => store.close()));
      stores = [];
    },
  );
});
