import { newPglite } from '@relocation/postgres';
import { describeEventStoreContract } from '@relocation/event-store/testing';
import { createPgliteEventStore } from './createPgliteEventStore.ts';
import { createTamperHooks } from './testing/index.ts';
import { uniqueSchemaName } from '@relocation/postgres/testing';

describeEventStoreContract('PGlite', {
  async create() {
    const db = newPglite('memory://');
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
