import { readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

// The same lock file and format as the API's (services/api/src/pgliteLock.ts): PGlite is one process's database,
// so the relay refuses a data directory that a running API (or another relay) has open.
const lockFileName = 'pglite.lock';

const errnoIs = (error: unknown, code: string): boolean =>
  error instanceof Error && (error as { code?: unknown }).code === code;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errnoIs(error, 'EPERM');
  }
}

/** Takes `<dataDir>/pglite.lock` for this process; a lock left by a dead process is taken over. */
export async function lockPgliteDir(dataDir: string): Promise<() => Promise<void>> {
  const path = join(dataDir, lockFileName);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      await writeFile(path, String(process.pid), { flag: 'wx', mode: 0o600 });
      return async () => {
        await unlink(path).catch(() => undefined);
      };
    } catch (error) {
      if (!errnoIs(error, 'EEXIST')) throw error;
      const owner = Number((await readFile(path, 'utf8').catch(() => '')).trim());
      if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && alive(owner)) {
        throw new Error(
          `The PGlite database in ${dataDir} is in use by process ${owner}. PGlite allows one process at a ` +
            'time: run the relay against PostgreSQL (EVENT_STORE=postgres) beside the API.',
        );
      }
      await unlink(path).catch(() => undefined);
    }
  }
  throw new Error(`Could not lock ${path}`);
}
