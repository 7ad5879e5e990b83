import { randomUUID } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAdapters } from './adapters.ts';
import { parseConfig } from './config.ts';

describe('buildAdapters (the default: PGlite in DATA_DIR)', () => {
  it('keeps events and case keys across restarts, and lets one process at a time open the directory', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'relocation-adapters-'));
    const config = parseConfig({ DATA_DIR: dataDir });
    const warnings: string[] = [];
    const notices = { warn: (message: string) => void warnings.push(message) };
    const caseId = randomUUID();

    const first = await buildAdapters(config, notices);
    expect(warnings).toEqual([expect.stringContaining('dev-keks.json')]);
    const envelope = (await first.caseCrypto.sealerFor(caseId))('Probe.envelope', { name: 'Åsa' });
    await first.store.appendToStream(
      `relocation-${caseId}`,
      [{ id: randomUUID(), type: 'Probe', data: { envelope }, metadata: {} }],
      { expectedRevision: 'no_stream' },
    );
    await expect(buildAdapters(config, notices)).rejects.toThrow(/in use by process/);
    await first.close();

    const second = await buildAdapters(config, notices);
    try {
      expect(warnings).toHaveLength(1);
      const stored = [];
      for await (const event of second.store.readStream(`relocation-${caseId}`)) stored.push(event);
      expect(stored).toHaveLength(1);
      expect(
        await second.caseCrypto.open(
          caseId,
          (stored[0]?.data as { envelope: unknown }).envelope,
          'Probe.envelope',
        ),
      ).toEqual({
        name: 'Åsa',
      });
    } finally {
      await second.close();
    }
  });
});
