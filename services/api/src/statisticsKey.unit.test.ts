import { mkdtemp, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEV_STATISTICS_KEY_FILE, statisticsPseudonymKey } from './statisticsKey.ts';

describe('statisticsPseudonymKey', () => {
  it('takes the configured key', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'relocation-stats-key-'));
    expect(Buffer.from(await statisticsPseudonymKey(dir, '01'.repeat(32))).toString('hex')).toBe(
      '01'.repeat(32),
    );
  });

  it('otherwise creates one file (mode 0600) once and keeps using it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'relocation-stats-key-'));
    const [a, b] = await Promise.all([
      statisticsPseudonymKey(dir, undefined),
      statisticsPseudonymKey(dir, undefined),
    ]);
    expect(a).toHaveLength(32);
    expect(Buffer.from(b).equals(Buffer.from(a))).toBe(true);
    const path = join(dir, DEV_STATISTICS_KEY_FILE);
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect((await readFile(path, 'utf8')).trim()).toBe(Buffer.from(a).toString('hex'));
  });
});
