import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WrappedDataKey } from '@relocation/crypto';
import { dataKeyStoreContract } from '@relocation/crypto/testing';
import { createPgliteDriver, newPglite } from '@relocation/postgres';
import { uniqueSchemaName } from '@relocation/postgres/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSqlDataKeyStore } from './createSqlDataKeyStore.ts';
import { migrateKeyStore } from './migrateKeyStore.ts';
import { gatheredReadChecks } from './testing/gatheredReads.ts';
import { filesContaining } from './testing/scanForBytes.ts';

const driver = createPgliteDriver({ db: newPglite('memory://') });
const schema = uniqueSchemaName('keys');
// Starting PGlite (WebAssembly) takes seconds on a busy machine: do it once, before the timed tests.
beforeAll(() => migrateKeyStore(driver, schema), 60_000);
afterAll(() => driver.close());

dataKeyStoreContract('SqlDataKeyStore on PGlite', () => createSqlDataKeyStore({ driver, schema }));

describe('SqlDataKeyStore on PGlite, reads gathered', () => gatheredReadChecks(() => driver));

describe('migrateKeyStore', () => {
  it('applies each migration once, also when run again', async () => {
    const fresh = uniqueSchemaName('keys');
    expect(await migrateKeyStore(driver, fresh)).toEqual([1, 2]);
    expect(await migrateKeyStore(driver, fresh)).toEqual([]);
  });

  it('refuses a schema name that is not a plain identifier', async () => {
    await expect(createSqlDataKeyStore({ driver, schema: 'x"; drop table y; --' })).rejects.toThrow(
      /Schema name/,
    );
  });

  it('keeps no key material after erasure: the row is deleted, not overwritten', async () => {
    const store = await createSqlDataKeyStore({ driver, schema });
    const caseId = 'case-erased';
    await store.put(caseId, { keyId: 'key', kekId: 'k1', iv: 'aaaa', ct: 'bbbb', tag: 'cccc' });
    await store.destroy(caseId, new Date('2031-01-01T00:00:00.000Z'));
    expect(await driver.query(`SELECT * FROM "${schema}".wrapped_keys WHERE case_id = $1`, [caseId])).toEqual(
      [],
    );
    expect(
      await driver.query(`SELECT key_id FROM "${schema}".case_keys WHERE case_id = $1`, [caseId]),
    ).toEqual([{ key_id: 'key' }]);
  });
});

describe('erasure on a PGlite data directory', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'key-store-erasure-'));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('leaves no copy of the wrapped key anywhere in the data directory (heap, indexes, WAL)', async () => {
    const db = createPgliteDriver({ dataDir });
    const store = await createSqlDataKeyStore({ driver: db, schema: 'key_store' });
    const wrapped = (keyId: string): WrappedDataKey => ({
      keyId,
      kekId: 'k1',
      iv: randomBytes(12).toString('base64url'),
      ct: randomBytes(32).toString('base64url'),
      tag: randomBytes(16).toString('base64url'),
    });
    const kept = wrapped('kept');
    const erased = wrapped('erased');
    await store.put('case-kept', kept);
    await store.put('case-erased', erased);
    // The rewrap leaves an older row version of the erased key too, as a KEK rotation would.
    const rewrapped = { ...wrapped('erased'), kekId: 'k2' };
    expect(await store.rewrap('case-erased', 'k1', rewrapped)).toBe(true);
    await db.query('CHECKPOINT'); // the keys are in the table's file on disk now, not only in memory
    expect(await filesContaining(dataDir, Buffer.from(erased.ct))).not.toEqual([]);

    await store.destroy('case-erased', new Date('2031-01-01T00:00:00.000Z'));
    await db.close();

    for (const material of [erased.ct, erased.iv, erased.tag, rewrapped.ct, rewrapped.iv, rewrapped.tag]) {
      expect(await filesContaining(dataDir, Buffer.from(material))).toEqual([]);
      expect(await filesContaining(dataDir, Buffer.from(material, 'base64url'))).toEqual([]);
    }
    // The scan does find what is still there: the key of the case that was not erased.
    expect(await filesContaining(dataDir, Buffer.from(kept.ct))).not.toEqual([]);

    const reopened = createPgliteDriver({ dataDir });
    const again = await createSqlDataKeyStore({ driver: reopened, schema: 'key_store' });
    expect(await again.get('case-kept')).toEqual(kept);
    expect(await again.get('case-erased')).toBeUndefined();
    await reopened.close();
  });
});
