import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { PGlite } from '@electric-sql/pglite';
import type { PGliteOptions } from '@electric-sql/pglite';
import { extract } from 'tar';

/**
 * PostgreSQL settings for the embedded database. PGlite runs one backend inside this process, so a server's
 * default of 128 MB shared buffers mostly costs resident memory; 16 MB keeps a development engine or a test small.
 */
export const pgliteSettings: readonly string[] = ['shared_buffers=16MB'];

/**
 * Where the initial image is kept: `PGLITE_IMAGE_DIR`, else `$XDG_CACHE_HOME/relocation-engine`, else
 * `~/.cache/relocation-engine`; null when `PGLITE_IMAGE_DIR=off`.
 *
 * A new PGlite database runs initdb inside WebAssembly: 5 to 15 s and about 850 MB of memory on a 2-core machine.
 * Every new database is the same until its first statement, so one initialised data directory is kept (the initial
 * image) and each new database starts from it instead, in 1 to 2 s. The image is kept twice: as a gzipped tarball
 * (4.5 MB), which an in-memory database loads, and unpacked beside it (40 MB), which a new data directory is copied
 * from (unpacking the tarball there instead costs about a second and 50 MB of memory at the start). The image is
 * made once per machine and PGlite build, by `pnpm install` (the engine never writes outside its data directory).
 */
export function pgliteImageDir(env: NodeJS.ProcessEnv = process.env): string | null {
  const configured = env.PGLITE_IMAGE_DIR;
  if (configured === 'off') return null;
  if (configured !== undefined && configured !== '') return configured;
  const cacheHome = env.XDG_CACHE_HOME !== undefined && env.XDG_CACHE_HOME !== '' ? env.XDG_CACHE_HOME : null;
  return join(cacheHome ?? join(homedir(), '.cache'), 'relocation-engine');
}

let imageName: string | null | undefined;

/** One image per PGlite build (its initdb) and settings, so an upgrade or a new setting makes a new one. */
function pgliteImageName(): string | null {
  if (imageName !== undefined) return imageName;
  try {
    const initdb = createRequire(import.meta.url).resolve('@electric-sql/pglite/initdb.wasm');
    const hash = createHash('sha256').update(readFileSync(initdb)).update(pgliteSettings.join('\n'));
    imageName = `pglite-initial-${hash.digest('hex').slice(0, 16)}.tar.gz`;
  } catch {
    imageName = null;
  }
  return imageName;
}

/** The image's path, whether or not it exists yet; null when images are off or PGlite cannot be located. */
export function pgliteImagePath(env: NodeJS.ProcessEnv = process.env): string | null {
  const dir = pgliteImageDir(env);
  const name = pgliteImageName();
  return dir === null || name === null ? null : join(dir, name);
}

/** The unpacked image: the tarball's path without `.tar.gz`. */
export const unpackedImagePath = (imagePath: string): string => imagePath.replace(/\.tar\.gz$/, '');

/**
 * Unpacks `tarball` into an empty `dataDir`. The tarball's paths are absolute (`/base/...`), so node-tar strips the
 * slash with an informational warning; any other warning is a damaged entry. Returns false, leaving `dataDir`
 * empty, when the tarball is damaged.
 */
function unpackInto(tarball: string, dataDir: string): boolean {
  let damaged = false;
  try {
    extract({
      file: tarball,
      cwd: dataDir,
      sync: true,
      onwarn: (code) => {
        if (code !== 'TAR_ENTRY_INFO') damaged = true;
      },
    });
  } catch {
    damaged = true;
  }
  if (damaged || !existsSync(join(dataDir, 'PG_VERSION'))) {
    for (const entry of readdirSync(dataDir)) rmSync(join(dataDir, entry), { recursive: true, force: true });
    return false;
  }
  return true;
}

/**
 * Makes the initial image (the tarball, then the unpacked copy) where either is missing and returns the tarball's
 * path; null when images are off or the cache cannot be written (new databases then run initdb, as without an
 * image). Several processes may race to make it: each writes a temporary file or directory and renames it into
 * place.
 */
export async function ensurePgliteImage(env: NodeJS.ProcessEnv = process.env): Promise<string | null> {
  const path = pgliteImagePath(env);
  if (path === null) return null;
  if (!existsSync(path)) {
    const temporary = `${path}.${process.pid}.tmp`;
    try {
      const db = await PGlite.create('memory://', { postgresqlconf: [...pgliteSettings] });
      const tarball = await db.dumpDataDir('gzip');
      await db.close();
      await mkdir(dirname(path), { recursive: true });
      await writeFile(temporary, Buffer.from(await tarball.arrayBuffer()));
      await rename(temporary, path);
    } catch {
      await rm(temporary, { force: true }).catch(() => undefined);
      return null;
    }
  }
  const unpacked = unpackedImagePath(path);
  if (!existsSync(join(unpacked, 'PG_VERSION'))) {
    const temporary = `${unpacked}.${process.pid}.tmp`;
    try {
      await rm(temporary, { recursive: true, force: true });
      await mkdir(temporary, { recursive: true });
      // Without the unpacked copy new directories unpack the tarball, as before: slower, but the same database.
      if (unpackInto(path, temporary)) {
        await rm(unpacked, { recursive: true, force: true });
        await rename(temporary, unpacked);
      }
    } catch {
      // Another process renamed its copy into place first, or the cache is full: the tarball still serves.
    } finally {
      await rm(temporary, { recursive: true, force: true }).catch(() => undefined);
    }
  }
  return path;
}

/** `memory://` is always new; a directory is new until PostgreSQL wrote its PG_VERSION there. */
export const isNewPgliteDatabase = (dataDir: string): boolean =>
  dataDir.startsWith('memory://') || !existsSync(join(dataDir, 'PG_VERSION'));

/**
 * The options every embedded database is opened with: the settings and, for a new database, the initial image if
 * there is one. A new directory gets the unpacked image copied into it here (or, without that copy, the tarball
 * unpacked), so that PGlite opens it like an existing database (unpacking inside PGlite holds the whole tarball in
 * memory: ~110 MB more at the peak). An in-memory database gets the tarball, uncompressed (PGlite's own gunzip is
 * slow there).
 */
export function pgliteOptions(
  dataDir: string,
  env: NodeJS.ProcessEnv = process.env,
  prepared?: string | null,
): PGliteOptions {
  const options: PGliteOptions = { postgresqlconf: [...pgliteSettings] };
  if (prepared !== undefined && prepared !== null && !dataDir.startsWith('memory://')) {
    if (copyImageDir(prepared, dataDir)) return options;
  }
  const image = isNewPgliteDatabase(dataDir) ? pgliteImagePath(env) : null;
  if (image === null || !existsSync(image)) return options;
  if (dataDir.startsWith('memory://')) {
    try {
      options.loadDataDir = new Blob([gunzipSync(readFileSync(image))]);
    } catch {
      // A damaged image (a disk full while it was written, say): this database runs initdb instead.
    }
    return options;
  }
  if (copyImageDir(unpackedImagePath(image), dataDir)) return options;
  // Only into an empty directory, so that a failure can clear what it unpacked.
  mkdirSync(dataDir, { recursive: true });
  if (readdirSync(dataDir).length === 0) unpackInto(image, dataDir);
  return options;
}

/**
 * A new, empty `dataDir` becomes a copy of the unpacked image `image` (the initial one, or a prepared one, see
 * preparedImage.ts) when it exists: true when it was copied, false (leaving the directory empty) otherwise. Only
 * into an empty directory, so that a copy cut short (a disk full, say) can be cleared and another image tried.
 */
function copyImageDir(image: string, dataDir: string): boolean {
  if (!isNewPgliteDatabase(dataDir) || !existsSync(join(image, 'PG_VERSION'))) return false;
  mkdirSync(dataDir, { recursive: true });
  if (readdirSync(dataDir).length > 0) return false;
  try {
    cpSync(image, dataDir, { recursive: true });
    if (existsSync(join(dataDir, 'PG_VERSION'))) return true;
  } catch {
    // Cleared below.
  }
  for (const entry of readdirSync(dataDir)) rmSync(join(dataDir, entry), { recursive: true, force: true });
  return false;
}

/**
 * A PGlite instance with the engine's settings: `dataDir` is a directory, or `memory://`. A new directory starts
 * from the prepared image `prepared` if given and made, else from the initial image.
 */
export const newPglite = (
  dataDir: string,
  prepared?: string | null,
  env: NodeJS.ProcessEnv = process.env,
): PGlite => new PGlite(dataDir, pgliteOptions(dataDir, env, prepared));
