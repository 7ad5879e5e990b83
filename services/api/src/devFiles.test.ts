import { mkdtemp, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseKekEnv } from '@relocation/crypto';
import { describe, expect, it } from 'vitest';
import { loadOrCreateDevKeks } from './devKeks.ts';
import { loadProviders, sampleProvidersFile } from './providers.ts';

const tempDir = () => mkdtemp(join(tmpdir(), 'relocation-api-'));

describe('development files', () => {
  it('creates a valid KEK once, readable only by its owner, and reuses it', async () => {
    const dir = await tempDir();
    const first = await loadOrCreateDevKeks(dir);
    expect(first.created).toBe(true);
    expect(parseKekEnv(first.keks).activeKekId).toBe('dev1');
    expect((await stat(first.path)).mode & 0o077).toBe(0);
    const second = await loadOrCreateDevKeks(dir);
    expect(second).toMatchObject({ created: false, keks: first.keks });
  });

  it('refuses a damaged KEK file instead of replacing it', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'dev-keks.json'), 'not json');
    await expect(loadOrCreateDevKeks(dir)).rejects.toThrow(/not a dev KEK file/);
  });

  it('loads the sample providers and refuses a malformed list', async () => {
    const providers = await loadProviders(sampleProvidersFile);
    expect(providers.length).toBeGreaterThan(0);
    expect(providers.every((provider) => provider.name.includes('sample'))).toBe(true);
    const dir = await tempDir();
    const bad = join(dir, 'providers.json');
    await writeFile(
      bad,
      JSON.stringify([{ id: 'x', name: 'y', permits: [{ validFrom: '2030-01-01', validTo: '2020-01-01' }] }]),
    );
    await expect(loadProviders(bad)).rejects.toThrow(/validFrom is after validTo/);
  });
});
