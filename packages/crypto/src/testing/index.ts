export { dataKeyStoreContract } from './dataKeyStoreContract.ts';
