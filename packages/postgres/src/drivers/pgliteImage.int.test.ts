import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  ensurePgliteImage,
  isNewPgliteDatabase,
  newPglite,
  pgliteImageDir,
  pgliteImagePath,
  pgliteOptions,
  unpackedImagePath,
} from './pgliteImage.ts';

const cache = mkdtempSync(join(tmpdir(), 'pglite-image-test-'));
const env = { PGLITE_IMAGE_DIR: cache };
afterAll(() => rmSync(cache, { recursive: true, force: true }));

describe('the PGlite initial image', () => {
  it('is kept where PGLITE_IMAGE_DIR says, under the XDG cache otherwise, and nowhere when off', () => {
    expect(pgliteImageDir(env)).toBe(cache);
    expect(pgliteImageDir({ XDG_CACHE_HOME: '/var/cache/x' })).toBe('/var/cache/x/relocation-engine');
    expect(pgliteImageDir({ PGLITE_IMAGE_DIR: 'off' })).toBeNull();
    expect(pgliteImagePath({ PGLITE_IMAGE_DIR: 'off' })).toBeNull();
    expect(pgliteImagePath(env)).toMatch(new RegExp(`^${cache}/pglite-initial-[0-9a-f]{16}\\.tar\\.gz$`));
  });

  it('is made once, and a new database opened from it works and has the engine settings', async () => {
    const path = await ensurePgliteImage(env);
    expect(path).toBe(pgliteImagePath(env));
    const made = statSync(path!).mtimeMs;
    expect(await ensurePgliteImage(env)).toBe(path);
    expect(statSync(path!).mtimeMs).toBe(made);
    // Unpacked beside the tarball too: that copy is what a new directory starts from.
    const unpacked = unpackedImagePath(path!);
    expect(existsSync(join(unpacked, 'PG_VERSION'))).toBe(true);
    expect(readdirSync(cache).filter((name) => name.includes('.tmp'))).toEqual([]);

    const options = pgliteOptions('memory://', env);
    expect(options.loadDataDir).toBeInstanceOf(Blob);
    const dataDir = join(cache, 'db');
    expect(isNewPgliteDatabase(dataDir)).toBe(true);
    // A new directory gets the image unpacked into it, and PGlite opens it as an existing database.
    const dirOptions = pgliteOptions(dataDir, env);
    expect(dirOptions.loadDataDir).toBeUndefined();
    expect(isNewPgliteDatabase(dataDir)).toBe(false);
    const { PGlite } = await import('@electric-sql/pglite');
    const db = await PGlite.create(dataDir, dirOptions);
    await db.exec('CREATE TABLE t (x int); INSERT INTO t VALUES (42)');
    expect((await db.query<{ x: number }>('SELECT x FROM t')).rows).toEqual([{ x: 42 }]);
    expect((await db.query<{ shared_buffers: string }>('SHOW shared_buffers')).rows[0]?.shared_buffers).toBe(
      '16MB',
    );
    await db.close();
    // Opening it again reads it, never the image.
    expect(pgliteOptions(dataDir, env).loadDataDir).toBeUndefined();
    const reopened = await PGlite.create(dataDir, pgliteOptions(dataDir, env));
    expect((await reopened.query<{ x: number }>('SELECT x FROM t')).rows).toEqual([{ x: 42 }]);
    await reopened.close();
  });

  it('a new directory is unpacked from the tarball when the unpacked copy is missing, and the copy is remade', async () => {
    const path = await ensurePgliteImage(env);
    const unpacked = unpackedImagePath(path!);
    rmSync(unpacked, { recursive: true, force: true });
    const dataDir = join(cache, 'from-tarball');
    pgliteOptions(dataDir, env);
    expect(isNewPgliteDatabase(dataDir)).toBe(false);
    const { PGlite } = await import('@electric-sql/pglite');
    const db = await PGlite.create(dataDir, pgliteOptions(dataDir, env));
    expect((await db.query<{ one: number }>('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
    await db.close();
    // The next install (ensurePgliteImage) puts the copy back without remaking the tarball.
    const made = statSync(path!).mtimeMs;
    expect(await ensurePgliteImage(env)).toBe(path);
    expect(statSync(path!).mtimeMs).toBe(made);
    expect(existsSync(join(unpacked, 'PG_VERSION'))).toBe(true);
  });

  it('is not used when off, and a damaged one is ignored', () => {
    expect(pgliteOptions('memory://', { PGLITE_IMAGE_DIR: 'off' }).loadDataDir).toBeUndefined();
    const damaged = mkdtempSync(join(tmpdir(), 'pglite-image-damaged-'));
    try {
      const path = pgliteImagePath({ PGLITE_IMAGE_DIR: damaged })!;
      writeFileSync(path, 'not a gzip file');
      expect(existsSync(path)).toBe(true);
      expect(pgliteOptions('memory://', { PGLITE_IMAGE_DIR: damaged }).loadDataDir).toBeUndefined();
      const dataDir = join(damaged, 'db');
      pgliteOptions(dataDir, { PGLITE_IMAGE_DIR: damaged });
      expect(readdirSync(dataDir)).toEqual([]);
    } finally {
      rmSync(damaged, { recursive: true, force: true });
    }
  });

  it('newPglite opens an in-memory database', async () => {
    const db = newPglite('memory://');
    expect((await db.query<{ one: number }>('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
    await db.close();
  });
});
