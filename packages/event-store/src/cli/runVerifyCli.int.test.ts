import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { EventStoreClosedError } from '../errors.ts';
import { createInMemoryEventStore } from '../memory/createInMemoryEventStore.ts';
import { newEvent, newEvents } from '../testing/fixtures.ts';
import { runVerifyCli, type VerifyCliIo } from './runVerifyCli.ts';

function capture(): VerifyCliIo & { out: string[]; err: string[]; codes: number[] } {
  const out: string[] = [];
  const err: string[] = [];
  const codes: number[] = [];
  return {
    out,
    err,
    codes,
    stdout: (l) => out.push(l),
    stderr: (l) => err.push(l),
    exit: (c) => codes.push(c),
  };
}

async function populated() {
  const store = createInMemoryEventStore();
  await store.appendToStream('relocation-a', newEvents(3), { expectedRevision: 'no_stream' });
  await store.appendToStream('relocation-b', [newEvent({ name: 'Åsa Öberg' })], {
    expectedRevision: 'no_stream',
  });
  return store;
}

describe('runVerifyCli', () => {
  it('reports an intact store, exits 0 and closes the store', async () => {
    const store = await populated();
    const io = capture();
    expect(await runVerifyCli(store, [], io)).toBe(0);
    expect(io.codes).toEqual([0]);
    expect(io.out).toEqual(['OK: verified 2 stream(s), 4 event(s); every hash chain is intact.']);
    await expect(store.appendToStream('x', [newEvent()], { expectedRevision: 'any' })).rejects.toBeInstanceOf(
      EventStoreClosedError,
    );
  });

  it('lists problems without event data and exits 1', async () => {
    const store = await populated();
    await store.tamper.changeData('relocation-b', 0, { name: 'Öberg changed' });
    const io = capture();
    expect(await runVerifyCli(store, ['--stream-prefix', 'relocation-'], io)).toBe(1);
    expect(io.out[0]).toBe(
      'FAILED: verified 2 stream(s) with prefix "relocation-", 4 event(s); 1 problem(s):',
    );
    expect(io.out[1]).toMatch(/^ {2}changed {3}relocation-b @0: /);
    expect(io.out.join('\n')).not.toContain('Öberg');
  });

  it('prints JSON on request', async () => {
    const store = await populated();
    const io = capture();
    await runVerifyCli(store, ['--json', '--stream-prefix=relocation-a'], io);
    expect(JSON.parse(io.out.join('\n'))).toEqual({
      ok: true,
      streamsChecked: 1,
      eventsChecked: 3,
      problems: [],
    });
  });

  it('exits 2 on an unknown option', async () => {
    const io = capture();
    expect(await runVerifyCli(createInMemoryEventStore(), ['--bogus'], io)).toBe(2);
    expect(io.err.join('\n')).toContain('Usage: verify');
  });
});

describe('verify command', () => {
  const run = promisify(execFile);
  const script = fileURLToPath(new URL('./verify.ts', import.meta.url));
  const fixture = fileURLToPath(new URL('./fixtures/tamperedStore.ts', import.meta.url));

  it('exits 0 on an intact store and 1 on a tampered one', async () => {
    const ok = await run(process.execPath, ['--import', 'tsx', script, '--store', fixture]);
    expect(ok.stdout).toContain('OK: verified 2 stream(s), 7 event(s)');
    const failed = await run(process.execPath, ['--import', 'tsx', script, '--store', fixture], {
      env: { ...process.env, TAMPER: '1' },
    }).then(
      () => undefined,
      (error: unknown) => error as { code: number; stdout: string },
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stdout).toContain('removed   relocation-a @1');
  });
});
