import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadOrCreateDevCheckpointKey, signCheckpoint, writeCheckpointFile } from '@relocation/checkpoint';
import { afterEach, describe, expect, it } from 'vitest';
import { createApiMetrics } from '../metrics/apiMetrics.ts';
import { checkpointFreshness } from './checkpointSide.ts';

const heads = { streams: [], accessLog: { seq: 0, hash: '0'.repeat(64) } };
const gaugeLine = /^relocation_checkpoint_last_signed_timestamp_seconds (\S+)$/m;

describe('relocation_checkpoint_last_signed_timestamp_seconds', () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir !== undefined) await rm(dir, { recursive: true, force: true });
  });

  it('is 0 before the first checkpoint, then the issue time of the newest checkpoint that verifies', async () => {
    dir = await mkdtemp(join(tmpdir(), 'checkpoint-freshness-'));
    const checkpointDir = join(dir, 'checkpoints');
    const config = { dataDir: dir, checkpoints: { directory: checkpointDir } } as Parameters<
      typeof checkpointFreshness
    >[0];
    const warnings: string[] = [];
    const metrics = createApiMetrics({
      clock: () => new Date(),
      latestCheckpointIssuedAt: checkpointFreshness(config, (message) => warnings.push(message)),
    });
    const gauge = async () => Number(gaugeLine.exec(await metrics.registry.metrics())?.[1]);
    expect(await gauge()).toBe(0);

    const { key } = await loadOrCreateDevCheckpointKey(dir);
    await writeCheckpointFile(
      checkpointDir,
      signCheckpoint(heads, key, new Date('2026-11-29T10:00:00.000Z')),
    );
    expect(await gauge()).toBe(Date.parse('2026-11-29T10:00:00.000Z') / 1000);

    // A newer file that does not verify (another key) does not count as signed.
    const other = await loadOrCreateDevCheckpointKey(join(dir, 'other'));
    const forged = signCheckpoint(heads, other.key, new Date('2026-11-29T11:00:00.000Z'));
    await writeFile(join(checkpointDir, 'checkpoint-2026-11-29T110000.000Z.json'), JSON.stringify(forged));
    expect(await gauge()).toBe(Date.parse('2026-11-29T10:00:00.000Z') / 1000);
  });

  it('is absent when the metrics are not given a checkpoint source', async () => {
    const metrics = createApiMetrics({ clock: () => new Date() });
    expect(await metrics.registry.metrics()).not.toMatch(gaugeLine);
  });
});
