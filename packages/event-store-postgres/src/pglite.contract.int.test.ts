import { PGlite } from '@electric-sql/pglite';
import { describeEventStoreContract } from '@relocation/event-store/testing';
import { createPgliteEventStore } from './createPgliteEventStore.ts';
import { createTamperHooks } from './testing/index.ts';
import { uniqueSchemaName } from '@relocation/postgres/testing';

describeEventStoreContract('PGlite', {
  async create() {
    const db = new PGlite('memory://');
    const store = await createPgliteEventStore({ db, schema: uniqueSchemaName('contract') });
    return {
      store,
      tamper: createTamperHooks(store.driver, store.schema),
      async teardown() {
        await store.close();
        await db.close();
      },
    };
  },
});
