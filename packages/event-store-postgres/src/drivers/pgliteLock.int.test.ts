import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLockedPgliteDriver } from './lockedPgliteDriver.ts';
import { lockPgliteDir } from './pgliteLock.ts';

const tempDir = () => mkdtemp(join(tmpdir(), 'relocation-pglite-lock-'));

describe('the PGlite directory lock', () => {
  it('lets one process at a time use a PGlite directory, and takes over a dead owner’s lock', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'pglite.lock'), '999999999');
    const unlock = await lockPgliteDir(dir);
    await writeFile(join(dir, 'pglite.lock'), String(process.ppid));
    await expect(lockPgliteDir(dir)).rejects.toThrow(/in use by process/);
    await unlock();
    const again = await lockPgliteDir(dir);
    await expect(lockPgliteDir(dir)).rejects.toThrow(/in use by process/);
    await again();
    // A lock file naming this process that it does not hold (say, left before a restart as pid 1) is stale.
    await writeFile(join(dir, 'pglite.lock'), String(process.pid));
    const taken = await lockPgliteDir(dir);
    await taken();
  });

  it('opens a locked driver, refuses a second one and a missing database when asked not to create it', async () => {
    const dir = await tempDir();
    await expect(openLockedPgliteDriver(dir, { create: false })).rejects.toThrow(/No database in/);
    const driver = await openLockedPgliteDriver(dir, { create: true });
    expect(await driver.query<{ one: number }>('SELECT 1 AS one')).toEqual([{ one: 1 }]);
    await expect(openLockedPgliteDriver(dir, { create: false })).rejects.toThrow(/in use by process/);
    await driver.close();
    const reopened = await openLockedPgliteDriver(dir, { create: false });
    await reopened.close();
  });
});
