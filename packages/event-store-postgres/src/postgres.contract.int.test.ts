import { describeEventStoreContract } from '@relocation/event-store/testing';
import { describe } from 'vitest';
import { createPostgresEventStore } from './createPostgresEventStore.ts';
import type { AppendSettings } from './createSqlEventStore.ts';
import { createTamperHooks } from './testing/index.ts';
import { databaseUrlOrWarn, uniqueSchemaName } from '@relocation/postgres/testing';

const url = databaseUrlOrWarn('the event store contract suite on PostgreSQL');

// The default (one call, group commit), one call without group commit, and the previous transaction path.
const variants: readonly [string, AppendSettings][] = [
  ['group commit', {}],
  ['one call each', { groupCommit: false }],
  ['transaction', { appendPath: 'transaction' }],
];

describe.skipIf(!url).each(variants)('PostgreSQL, %s', (name, settings) => {
  describeEventStoreContract(`PostgreSQL, ${name}`, {
    async create() {
      const store = await createPostgresEventStore({
        connectionString: url as string,
        schema: uniqueSchemaName('contract'),
        maxConnections: 16,
        ...settings,
      });
      return {
        store,
        tamper: createTamperHooks(store.driver, store.schema),
        teardown: () => store.close(),
      };
    },
  });
});
