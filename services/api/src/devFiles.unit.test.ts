import { mkdtemp, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseKekEnv } from '@relocation/crypto';
import { describe, expect, it } from 'vitest';
import { loadOrCreateDevKeks } from './devKeks.ts';
import { loadProvidersFile, sampleProvidersFile } from './providers.ts';

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

  it('loads the sample providers, the same from JSON and from CSV', async () => {
    const units = await loadProvidersFile(sampleProvidersFile);
    expect(units.length).toBeGreaterThan(0);
    expect(units.every((unit) => unit.name.includes('sample'))).toBe(true);
    const fromCsv = await loadProvidersFile(sampleProvidersFile.replace(/\.json$/, '.csv'));
    expect(fromCsv).toEqual(units);
  });

  it('refuses a malformed list with every problem named', async () => {
    const dir = await tempDir();
    const bad = join(dir, 'providers.json');
    const unit = {
      id: 'unit-x',
      name: 'X',
      operator: 'X AB',
      premisesMunicipality: '2480',
      serviceType: 'hvb',
      permits: [{ status: 'granted', from: '2030-01-01', to: '2020-01-01' }],
    };
    await writeFile(bad, JSON.stringify([unit, { ...unit, premisesMunicipality: '9999', permits: [] }]));
    await expect(loadProvidersFile(bad)).rejects.toThrow(
      /unit 1\.permits\.0\.to: `from` is after `to`.*unit 2/,
    );
    await writeFile(bad, JSON.stringify([{ id: 'x', name: 'y', permits: [] }]));
    await expect(loadProvidersFile(bad)).rejects.toThrow(/operator/);

    const csv = join(dir, 'providers.csv');
    await writeFile(
      csv,
      'id,name,operator,premisesMunicipality,serviceType,status,from,to\n' +
        'unit-y,Y,Y AB,2480,hvb,granted,2024-01-01,2024-12-31\n' +
        'unit-y,Y,Other AB,2480,hvb,revoked,2025-01-01,\n',
    );
    await expect(loadProvidersFile(csv)).rejects.toThrow(/row 3: operator differ/);
    await writeFile(csv, 'id,name\nunit-z,Z\n');
    await expect(loadProvidersFile(csv)).rejects.toThrow(/row 2: the columns are/);
  });
});
