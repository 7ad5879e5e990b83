import { access, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { lockPgliteDir } from './pgliteLock.ts';
import { createPgliteDriver } from './pgliteDriver.ts';
import type { SqlDriver } from './SqlDriver.ts';

export interface LockedPgliteOptions {
  /** Create `<dataDir>/pglite` when missing (a server); false refuses a missing database (a read-only tool). */
  readonly create: boolean;
  /** A prepared image a new database starts from (see preparedImage.ts); ignored when it is not made. */
  readonly prepared?: string | null;
}

/**
 * The engine's embedded database: PGlite in `<dataDir>/pglite`, locked to this process (`<dataDir>/pglite.lock`)
 * so that a second process (a CLI while the server runs, say) stops with a clear message instead of corrupting it.
 * Closing the driver releases the lock.
 */
export async function openLockedPgliteDriver(
  dataDir: string,
  options: LockedPgliteOptions,
): Promise<SqlDriver> {
  const dir = join(dataDir, 'pglite');
  if (options.create) {
    await mkdir(dir, { recursive: true });
  } else {
    await access(dir).catch(() => {
      throw new Error(`No database in ${dataDir}: start the engine once (pnpm start) first.`);
    });
  }
  const unlock = await lockPgliteDir(dataDir);
  const driver = createPgliteDriver({ dataDir: dir, prepared: options.prepared ?? null });
  return {
    kind: driver.kind,
    query: (text, params) => driver.query(text, params),
    transaction: (fn) => driver.transaction(fn),
    listen: (channel, onNotify, onLost) => {
      if (!driver.listen) throw new Error('This driver cannot listen');
      return driver.listen(channel, onNotify, onLost);
    },
    async close() {
      try {
        await driver.close();
      } finally {
        await unlock();
      }
    },
  };
}
