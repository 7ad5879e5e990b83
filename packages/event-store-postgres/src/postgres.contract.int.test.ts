import { describeEventStoreContract } from '@relocation/event-store/testing';
import { describe } from 'vitest';
import { createPostgresEventStore } from './createPostgresEventStore.ts';
import { createTamperHooks, databaseUrlOrWarn, uniqueSchemaName } from './testing/index.ts';

const url = databaseUrlOrWarn('the event store contract suite on PostgreSQL');

describe.skipIf(!url)('PostgreSQL', () => {
  describeEventStoreContract('PostgreSQL', {
    async create() {
      const store = await createPostgresEventStore({
        connectionString: url as string,
        schema: uniqueSchemaName('contract'),
        maxConnections: 16,
      });
      return {
        store,
        tamper: createTamperHooks(store.driver, store.schema),
        teardown: () => store.close(),
      };
    },
  });
});
