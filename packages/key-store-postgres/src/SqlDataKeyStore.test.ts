import { PGlite } from '@electric-sql/pglite';
import { dataKeyStoreContract } from '@relocation/crypto/testing';
import { createPgliteDriver } from '@relocation/event-store-postgres';
import { uniqueSchemaName } from '@relocation/event-store-postgres/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSqlDataKeyStore } from './createSqlDataKeyStore.ts';
import { migrateKeyStore } from './migrateKeyStore.ts';

const driver = createPgliteDriver({ db: new PGlite('memory://') });
const schema = uniqueSchemaName('keys');
// Starting PGlite (WebAssembly) takes seconds on a busy machine: do it once, before the timed tests.
beforeAll(() => migrateKeyStore(driver, schema), 60_000);
afterAll(() => driver.close());

dataKeyStoreContract('SqlDataKeyStore on PGlite', () => createSqlDataKeyStore({ driver, schema }));

describe('migrateKeyStore', () => {
  it('applies each migration once, also when run again', async () => {
    const fresh = uniqueSchemaName('keys');
    expect(await migrateKeyStore(driver, fresh)).toEqual([1]);
    expect(await migrateKeyStore(driver, fresh)).toEqual([]);
  });

  it('refuses a schema name that is not a plain identifier', async () => {
    await expect(createSqlDataKeyStore({ driver, schema: 'x"; drop table y; --' })).rejects.toThrow(
      /Schema name/,
    );
  });

  it('keeps no key material after erasure', async () => {
    const store = await createSqlDataKeyStore({ driver, schema });
    const caseId = 'case-erased';
    await store.put(caseId, { keyId: 'key', kekId: 'k1', iv: 'aaaa', ct: 'bbbb', tag: 'cccc' });
    await store.destroy(caseId, new Date('2031-01-01T00:00:00.000Z'));
    const rows = await driver.query(`SELECT * FROM "${schema}".case_data_keys WHERE case_id = $1`, [caseId]);
    expect(rows).toEqual([
      expect.objectContaining({ key_id: 'key', kek_id: null, iv: null, ct: null, tag: null }),
    ]);
  });
});
