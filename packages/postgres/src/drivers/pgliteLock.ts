import { readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const LOCK_FILE = 'pglite.lock';

/** Locks this process holds: a lock file naming our own pid is stale unless it is in here (a restart as pid 1). */
const held = new Set<string>();

const isErrno = (error: unknown, code: string): boolean =>
  error instanceof Error && 'code' in error && (error as { code?: unknown }).code === code;

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return isErrno(error, 'EPERM');
  }
};

/**
 * PGlite is one process's database: a second process opening the same directory would corrupt it. This lock file
 * (holding the owner's pid) makes the second process (a CLI while the server runs, say) stop with a clear message.
 * A lock left by a process that died is taken over.
 */
export async function lockPgliteDir(dataDir: string): Promise<() => Promise<void>> {
  const path = join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      await writeFile(path, String(process.pid), { flag: 'wx', mode: 0o600 });
      held.add(path);
      return async () => {
        held.delete(path);
        await unlink(path).catch(() => undefined);
      };
    } catch (error) {
      if (!isErrno(error, 'EEXIST')) throw error;
      const owner = Number((await readFile(path, 'utf8').catch(() => '')).trim());
      const ours = owner === process.pid;
      if ((ours && held.has(path)) || (!ours && Number.isInteger(owner) && owner > 0 && alive(owner))) {
        throw new Error(
          `The PGlite database in ${dataDir} is in use by process ${owner}. PGlite allows one process at a ` +
            'time: stop that process first, or run the services against PostgreSQL (EVENT_STORE=postgres).',
        );
      }
      await unlink(path).catch(() => undefined);
    }
  }
  throw new Error(`Could not lock ${path}`);
}
