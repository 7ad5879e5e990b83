import { existsSync, readdirSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { createPgliteDriver } from './pgliteDriver.ts';
import { pgliteImagePath, pgliteOptions, unpackedImagePath } from './pgliteImage.ts';
import type { SqlDriver } from './SqlDriver.ts';

/**
 * A prepared image: the initial image with one user's schemas already made (the engine's migrations, say), kept
 * unpacked beside it, so that a new data directory of that user starts as a copy with nothing to migrate. Named by
 * the initial image and a `fingerprint` of what `prepare` makes: a change of either looks for another image, and
 * until that is made a new directory starts from the initial image and migrates, as without one. Null when images
 * are off.
 */
export function preparedImagePath(
  label: string,
  fingerprint: string,
  env: NodeJS.ProcessEnv = process.env,
): string | null {
  if (!/^[a-z][a-z0-9-]*$/.test(label))
    throw new Error(`Invalid prepared image label: ${JSON.stringify(label)}`);
  const initial = pgliteImagePath(env);
  return initial === null ? null : `${unpackedImagePath(initial)}-${label}-${fingerprint.slice(0, 16)}`;
}

/**
 * Makes the prepared image at `path` (from `preparedImagePath`) if it is missing: a new database from the initial
 * image in a temporary directory, `prepare` run on it, closed (a clean shutdown), renamed into place. Images of the
 * same label with another fingerprint are removed then, so that a machine keeps one per label. Returns whether the
 * image is there; false when it could not be made (new directories then start from the initial image).
 */
export async function ensurePreparedImage(
  path: string,
  prepare: (driver: SqlDriver) => Promise<void>,
  env: NodeJS.ProcessEnv = process.env,
): Promise<boolean> {
  if (existsSync(join(path, 'PG_VERSION'))) return true;
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    await rm(temporary, { recursive: true, force: true });
    const db = new PGlite(temporary, pgliteOptions(temporary, env));
    try {
      await prepare(createPgliteDriver({ db }));
    } finally {
      await db.close();
    }
    if (!existsSync(join(temporary, 'PG_VERSION'))) return false;
    await rm(path, { recursive: true, force: true });
    await rename(temporary, path);
    const stem = basename(path).slice(0, basename(path).lastIndexOf('-') + 1);
    for (const entry of readdirSync(dirname(path))) {
      if (entry.startsWith(stem) && entry !== basename(path) && !entry.endsWith('.tmp')) {
        await rm(join(dirname(path), entry), { recursive: true, force: true });
      }
    }
    return true;
  } catch {
    return false;
  } finally {
    await rm(temporary, { recursive: true, force: true }).catch(() => undefined);
  }
}
