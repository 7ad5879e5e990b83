import { dataKeyStoreContract } from '@relocation/crypto/testing';
import { createPgDriver } from '@relocation/event-store-postgres';
import { databaseUrlOrWarn, uniqueSchemaName } from '@relocation/event-store-postgres/testing';
import { afterAll, describe } from 'vitest';
import { createSqlDataKeyStore } from './createSqlDataKeyStore.ts';

const url = databaseUrlOrWarn('the SqlDataKeyStore contract on PostgreSQL');

describe.skipIf(!url)('SqlDataKeyStore on PostgreSQL', () => {
  const driver = createPgDriver({ connectionString: url ?? '' });
  const schema = uniqueSchemaName('keys');
  afterAll(() => driver.close());
  dataKeyStoreContract('SqlDataKeyStore on PostgreSQL', () => createSqlDataKeyStore({ driver, schema }));
});
