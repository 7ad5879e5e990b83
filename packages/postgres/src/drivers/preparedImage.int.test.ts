import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ensurePgliteImage, newPglite, unpackedImagePath } from './pgliteImage.ts';
import { ensurePreparedImage, preparedImagePath } from './preparedImage.ts';
import type { SqlDriver } from './SqlDriver.ts';

const cache = mkdtempSync(join(tmpdir(), 'pglite-prepared-test-'));
const env = { PGLITE_IMAGE_DIR: cache };
afterAll(() => rmSync(cache, { recursive: true, force: true }));

let prepared = 0;
const makeTable = async (driver: SqlDriver): Promise<void> => {
  prepared += 1;
  await driver.query('CREATE SCHEMA app');
  await driver.query('CREATE TABLE app.things (x int)');
  await driver.query('INSERT INTO app.things VALUES (7)');
};

describe('a prepared PGlite image', () => {
  it('is named by the initial image and a fingerprint, and is nowhere when images are off', async () => {
    const initial = await ensurePgliteImage(env);
    expect(preparedImagePath('app', 'abcdef0123456789ffff', env)).toBe(
      `${unpackedImagePath(initial!)}-app-abcdef0123456789`,
    );
    expect(preparedImagePath('app', 'abc', { PGLITE_IMAGE_DIR: 'off' })).toBeNull();
    expect(() => preparedImagePath('../x', 'abc', env)).toThrow(/label/);
  });

  it('is made once; a new directory starts as a copy of it, an existing one is left as it is', async () => {
    const path = preparedImagePath('app', '1111111111111111', env)!;
    expect(await ensurePreparedImage(path, makeTable, env)).toBe(true);
    expect(await ensurePreparedImage(path, makeTable, env)).toBe(true);
    expect(prepared).toBe(1);
    expect(readdirSync(cache).filter((name) => name.includes('.tmp'))).toEqual([]);

    const dataDir = join(cache, 'db');
    const db = newPglite(dataDir, path, env);
    expect((await db.query<{ x: number }>('SELECT x FROM app.things')).rows).toEqual([{ x: 7 }]);
    await db.query('INSERT INTO app.things VALUES (8)');
    await db.close();
    // Opened again: its own rows, not a fresh copy.
    const again = newPglite(dataDir, path, env);
    expect((await again.query<{ n: number }>('SELECT count(*)::int AS n FROM app.things')).rows).toEqual([
      { n: 2 },
    ]);
    await again.close();
  });

  it('replaces the image of an older fingerprint, and without an image a new directory starts bare', async () => {
    const older = preparedImagePath('app', '1111111111111111', env)!;
    const newer = preparedImagePath('app', '2222222222222222', env)!;
    expect(await ensurePreparedImage(newer, makeTable, env)).toBe(true);
    expect(existsSync(older)).toBe(false);
    expect(existsSync(join(newer, 'PG_VERSION'))).toBe(true);

    const missing = preparedImagePath('app', '3333333333333333', env)!;
    const db = newPglite(join(cache, 'bare'), missing, env);
    expect((await db.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', ['app'])).rows).toEqual([]);
    await db.close();
  });

  it('is not made when preparing fails, and leaves nothing behind', async () => {
    const path = preparedImagePath('broken', '4444444444444444', env)!;
    const failing = async (driver: SqlDriver): Promise<void> => {
      await driver.query('SELECT * FROM no_such_table');
    };
    expect(await ensurePreparedImage(path, failing, env)).toBe(false);
    expect(readdirSync(cache).filter((name) => name.startsWith(basename(path)))).toEqual([]);
  });
});
