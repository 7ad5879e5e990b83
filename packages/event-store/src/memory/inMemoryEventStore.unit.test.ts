import { describeEventStoreContract } from '../testing/index.ts';
import { createInMemoryEventStore } from './createInMemoryEventStore.ts';

describeEventStoreContract('in-memory', {
  create() {
    const store = createInMemoryEventStore();
    return Promise.resolve({ store, tamper: store.tamper, teardown: () => store.close() });
  },
});
