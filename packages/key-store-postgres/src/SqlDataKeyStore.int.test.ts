import { randomBytes } from 'node:crypto';
import { access, constants } from 'node:fs/promises';
import { join } from 'node:path';
import type { WrappedDataKey } from '@relocation/crypto';
import { dataKeyStoreContract } from '@relocation/crypto/testing';
import { createPgDriver } from '@relocation/postgres';
import { databaseUrlOrWarn, uniqueSchemaName } from '@relocation/postgres/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { createSqlDataKeyStore } from './createSqlDataKeyStore.ts';
import { gatheredReadChecks } from './testing/gatheredReads.ts';
import { filesContaining } from './testing/scanForBytes.ts';

const url = databaseUrlOrWarn('the SqlDataKeyStore contract on PostgreSQL');

describe.skipIf(!url)('SqlDataKeyStore on PostgreSQL', () => {
  const driver = createPgDriver({ connectionString: url ?? '' });
  const schema = uniqueSchemaName('keys');
  afterAll(() => driver.close());
  dataKeyStoreContract('SqlDataKeyStore on PostgreSQL', () => createSqlDataKeyStore({ driver, schema }));
  gatheredReadChecks(() => driver);

  it('leaves no copy of the wrapped key in any page of the key tables, nor in any file of the database', async () => {
    const erasureSchema = uniqueSchemaName('keys_erasure');
    const store = await createSqlDataKeyStore({ driver, schema: erasureSchema });
    const wrapped = (keyId: string, kekId = 'k1'): WrappedDataKey => ({
      keyId,
      kekId,
      iv: randomBytes(12).toString('base64url'),
      ct: randomBytes(32).toString('base64url'),
      tag: randomBytes(16).toString('base64url'),
    });
    const kept = wrapped('kept');
    const erased = wrapped('erased');
    // The erased key is the newest row, at the start of the page's tuple space: a plain VACUUM would leave its
    // bytes in the freed space there.
    await store.put('case-kept', kept);
    await store.put('case-erased', erased);
    const rewrapped = { ...wrapped('erased'), kekId: 'k2' };
    expect(await store.rewrap('case-erased', 'k1', rewrapped)).toBe(true);
    await driver.query('CHECKPOINT');
    const material = [erased.ct, erased.iv, erased.tag, rewrapped.ct, rewrapped.iv, rewrapped.tag];
    expect(await pagesContaining(erasureSchema, erased.ct)).not.toEqual([]);

    await store.destroy('case-erased', new Date('2031-01-01T00:00:00.000Z'));
    await driver.query('CHECKPOINT');

    for (const text of material) expect(await pagesContaining(erasureSchema, text)).toEqual([]);
    expect(await pagesContaining(erasureSchema, kept.ct)).not.toEqual([]);

    // The same from the files: every relation file of this database, including the one VACUUM FULL replaced.
    const [where] = await driver.query<{ dir: string; db: string }>(
      `SELECT current_setting('data_directory') AS dir, oid::text AS db FROM pg_database
       WHERE datname = current_database()`,
    );
    const databaseDir = join(where?.dir ?? '', 'base', where?.db ?? '');
    const readable = await access(databaseDir, constants.R_OK).then(
      () => true,
      () => false,
    );
    if (!readable) {
      console.warn(
        `${databaseDir} is not readable by this user: the file scan is skipped, the page scan ran`,
      );
      return;
    }
    for (const text of material) expect(await filesContaining(databaseDir, Buffer.from(text))).toEqual([]);
    expect(await filesContaining(databaseDir, Buffer.from(kept.ct))).not.toEqual([]);
  });

  /** The relations (tables, their TOAST tables and indexes) of `schema` with a raw page that holds `text`. */
  async function pagesContaining(schema: string, text: string): Promise<string[]> {
    await driver.query('CREATE EXTENSION IF NOT EXISTS pageinspect').catch(() => undefined);
    const relations = await driver.query<{ rel: string; blocks: number }>(
      `SELECT r.oid::regclass::text AS rel,
         (pg_relation_size(r.oid) / current_setting('block_size')::int)::int AS blocks
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         JOIN pg_class r ON r.oid IN (c.oid, c.reltoastrelid)
       WHERE n.nspname = $1 AND c.relkind IN ('r', 'i')`,
      [schema],
    );
    const found: string[] = [];
    for (const { rel, blocks } of relations) {
      for (let block = 0; block < blocks; block += 1) {
        const [page] = await driver.query<{ page: Buffer }>(
          `SELECT get_raw_page($1::text, 'main', $2::int) AS page`,
          [rel, block],
        );
        if (page?.page.includes(Buffer.from(text))) found.push(`${rel}#${block}`);
      }
    }
    return found;
  }
});
