import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { VerifyCliIo } from '@relocation/event-store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPgliteEventStore } from '../createPgliteEventStore.ts';
import { createTamperHooks, newEvent } from '../testing/index.ts';
import { parseStoreArgs, runPostgresVerifyCli } from './runPostgresVerifyCli.ts';

function capture(): VerifyCliIo & { out: string[]; err: string[]; code?: number } {
  const io = {
    out: [] as string[],
    err: [] as string[],
    code: undefined as number | undefined,
    stdout: (line: string) => void io.out.push(line),
    stderr: (line: string) => void io.err.push(line),
    exit: (code: number) => void (io.code = code),
  };
  return io;
}

describe('parseStoreArgs', () => {
  it('takes the store options and leaves the rest to the verify command', () => {
    expect(
      parseStoreArgs(['--pglite-dir', './data', '--json', '--schema=es_1', '--stream-prefix', 'case-']),
    ).toEqual({
      pgliteDir: './data',
      schema: 'es_1',
      rest: ['--json', '--stream-prefix', 'case-'],
    });
    expect(parseStoreArgs(['--database-url=postgres://db/x'])).toEqual({
      databaseUrl: 'postgres://db/x',
      schema: 'event_store',
      rest: [],
    });
    expect(() => parseStoreArgs(['--database-url', 'postgres://db/x', '--pglite-dir', 'd'])).toThrow(
      /not both/,
    );
    expect(() => parseStoreArgs(['--schema'])).toThrow(/needs a value/);
  });
});

describe('the verify command on a PGlite data directory', () => {
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'es-verify-cli-'));
    const store = await createPgliteEventStore({ dataDir, schema: 'cli_test' });
    await store.appendToStream('case-1', [newEvent('Opened'), newEvent('Assessed')], {
      expectedRevision: 'no_stream',
    });
    await store.appendToStream('case-2', [newEvent('Opened')], { expectedRevision: 'no_stream' });
    await store.close();
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('reports an intact store with exit code 0, then a changed event with exit code 1', async () => {
    const ok = capture();
    expect(await runPostgresVerifyCli(['--pglite-dir', dataDir, '--schema', 'cli_test'], {}, ok)).toBe(0);
    expect(ok.out.join('\n')).toMatch(/^OK: verified 2 stream\(s\), 3 event\(s\)/);

    const store = await createPgliteEventStore({ dataDir, schema: 'cli_test', migrate: false });
    await createTamperHooks(store.driver, store.schema).changeData?.('case-1', 0, { forged: true });
    await store.close();

    const failed = capture();
    const argv = ['--pglite-dir', dataDir, '--schema', 'cli_test', '--json'];
    expect(await runPostgresVerifyCli(argv, {}, failed)).toBe(1);
    expect(JSON.parse(failed.out.join('\n'))).toMatchObject({
      ok: false,
      problems: [{ kind: 'changed', streamName: 'case-1', revision: 0 }],
    });
    expect(failed.out.join('\n')).not.toContain('forged');
  });

  it('exits with 2 when it is not told which store to open', async () => {
    const io = capture();
    expect(await runPostgresVerifyCli([], {}, io)).toBe(2);
    expect(io.code).toBe(2);
    expect(io.err.join('\n')).toContain('--database-url');
  });
});
