import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const apiDir = fileURLToPath(new URL('../..', import.meta.url));

/** `pnpm relocation verify` as an operator runs it, on a fresh embedded store. */
describe('the verify command', () => {
  let dataDir = '';
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'relocation-verify-cli-'));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  const verify = async (...args: string[]) => {
    try {
      const { stdout, stderr } = await run('pnpm', ['exec', 'tsx', 'src/cli.ts', 'verify', ...args], {
        cwd: apiDir,
        env: { ...process.env, DATA_DIR: dataDir, EVENT_STORE: 'pglite', LOG_LEVEL: 'warn' },
        timeout: 120_000,
      });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const failed = error as { code?: number; stdout?: string; stderr?: string };
      return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
    }
  };

  it('refuses an unknown option with its usage and exit code 2', async () => {
    const answer = await verify('--bogus');
    expect(answer.code).toBe(2);
    expect(answer.stderr).toContain("Unknown option '--bogus'");
    expect(answer.stderr).toContain('Usage: pnpm relocation verify');
  });

  it('prints its usage on --help and reports an intact, empty store as OK', async () => {
    const help = await verify('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: pnpm relocation verify');
    const json = await verify('--json');
    expect(json.code, json.stderr).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: true });
  });
});
