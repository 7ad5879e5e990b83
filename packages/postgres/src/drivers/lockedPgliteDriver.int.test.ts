import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLockedPgliteDriver } from './lockedPgliteDriver.ts';

const tempDir = () => mkdtemp(join(tmpdir(), 'relocation-pglite-lock-'));

describe('the locked PGlite driver', () => {
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
