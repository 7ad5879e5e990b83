import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEV_AUDIENCE, DEV_ISSUER, loadOrCreateDevSigningKey } from './devSigningKey.ts';
import { runTokenCli } from './tokenCli.ts';
import { createTokenVerifier } from './tokenVerifier.ts';

const now = new Date('2030-03-04T09:00:00.000Z');

const run = async (argv: string[], extra: { isKnownMunicipality?: (code: string) => boolean } = {}) => {
  const dataDir = await mkdtemp(join(tmpdir(), 'access-cli-'));
  let stdout = '';
  let stderr = '';
  const exitCode = await runTokenCli(argv, {
    dataDir,
    now,
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    ...extra,
  });
  return { exitCode, stdout, stderr, dataDir };
};

describe('runTokenCli', () => {
  it('prints a token that the dev verifier accepts', async () => {
    const result = await run([
      '--org',
      'municipality:0180',
      '--role',
      'caseworker',
      '--sub',
      'anna',
      '--ttl',
      '8h',
    ]);
    expect(result).toMatchObject({ exitCode: 0, stderr: '' });
    const key = await loadOrCreateDevSigningKey(result.dataDir);
    const verifier = createTokenVerifier({
      mode: 'local',
      publicKey: key.publicJwk,
      issuer: DEV_ISSUER,
      audience: DEV_AUDIENCE,
      currentDate: () => new Date(now.getTime() + 7 * 3600_000),
    });
    expect(await verifier.verify(`Bearer ${result.stdout.trim()}`)).toEqual({
      userId: 'anna',
      organisationId: 'municipality:0180',
      roles: ['caseworker'],
    });
  });

  it('takes several roles, repeated or comma-separated', async () => {
    const result = await run(['--org=municipality:0180', '--role=caseworker,supervisor', '--sub=anna']);
    expect(result.exitCode).toBe(0);
    const repeated = await run([
      '--org',
      'municipality:0180',
      '--role',
      'caseworker',
      '--role',
      'supervisor',
      '--sub',
      'b',
    ]);
    expect(repeated.exitCode).toBe(0);
  });

  it.each([
    [
      ['--org', 'municipality:0180', '--role', 'police', '--sub', 'anna'],
      "role 'police' does not fit organisation",
    ],
    [['--org', 'police:gotland', '--role', 'police', '--sub', 'kim'], 'one of nord, mitt, stockholm'],
    [
      ['--org', 'audit:national', '--role', 'auditor', '--sub', 'eva', '--ttl', 'forever'],
      "'forever' is not a lifetime",
    ],
    [['--org', 'audit:national', '--role', 'auditor'], '--sub is required'],
    [['--role', 'auditor', '--sub', 'eva'], '--org is required'],
    [['--org', 'audit:national', '--role', 'auditor', '--sub', 'eva', '--admin'], "Unknown option '--admin'"],
  ])('refuses %j with a clear error', async (argv, message) => {
    const result = await run(argv);
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`error: `);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain('Usage: relocation token');
  });

  it('checks the kommunkod against the list it is given', async () => {
    const result = await run(['--org', 'municipality:0000', '--role', 'caseworker', '--sub', 'anna'], {
      isKnownMunicipality: (code) => code === '0180',
    });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('0000 is not a kommunkod on the official list');
  });

  it('prints usage for --help', async () => {
    const result = await run(['--help']);
    expect(result).toMatchObject({ exitCode: 0, stderr: '' });
    expect(result.stdout).toContain('--org');
  });
});
