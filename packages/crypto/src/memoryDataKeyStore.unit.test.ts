import { createMemoryDataKeyStore } from './memoryDataKeyStore.ts';
import { dataKeyStoreContract } from './testing/dataKeyStoreContract.ts';

dataKeyStoreContract('memory', async () => createMemoryDataKeyStore());
