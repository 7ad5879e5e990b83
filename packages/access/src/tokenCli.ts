import { parseArgs } from 'node:util';
import { DEV_AUDIENCE, loadOrCreateDevSigningKey } from './devSigningKey.ts';
import { InvalidTokenRequestError, mintDevToken } from './devToken.ts';
import type { OrganisationOptions } from './organisation.ts';

export const tokenCliUsage = `Mint a development access token (signed with <dataDir>/dev-signing-key.json).

Usage: relocation token --org <organisation> --role <role> --sub <user> [--ttl 8h] [--audience <aud>]

  --org       municipality:<kommunkod> | police:<region> | coordinator:national | audit:national
  --role      caseworker | supervisor (municipality), police, coordinator, auditor; repeat or comma-separate
  --sub       the user id
  --ttl       lifetime: seconds or 15m, 8h, 2d (default 8h)
  --audience  the API audience (default ${DEV_AUDIENCE})

Example: relocation token --org municipality:0180 --role caseworker --sub anna
`;

export interface TokenCliWriter {
  write(text: string): unknown;
}

export interface TokenCliOptions extends OrganisationOptions {
  readonly dataDir: string;
  readonly stdout?: TokenCliWriter;
  readonly stderr?: TokenCliWriter;
  readonly now?: Date;
}

/**
 * `relocation token ...`: prints a development token on stdout and returns the exit code (0 ok, 2 usage error).
 * Errors and usage go to stderr.
 */
export const runTokenCli = async (argv: readonly string[], options: TokenCliOptions): Promise<number> => {
  const stdout = options.stdout ?? process.stdout;
  const stderr = options.stderr ?? process.stderr;
  const fail = (problems: readonly string[]): number => {
    stderr.write(`${problems.map((problem) => `error: ${problem}`).join('\n')}\n\n${tokenCliUsage}`);
    return 2;
  };

  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        org: { type: 'string' },
        role: { type: 'string', multiple: true },
        sub: { type: 'string' },
        ttl: { type: 'string', default: '8h' },
        audience: { type: 'string', default: DEV_AUDIENCE },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    return fail([error instanceof Error ? error.message : String(error)]);
  }
  if (values.help) {
    stdout.write(tokenCliUsage);
    return 0;
  }

  const missing = (['org', 'role', 'sub'] as const).filter((name) => values[name] === undefined);
  if (missing.length > 0) return fail(missing.map((name) => `--${name} is required`));
  const roles = (values.role ?? []).flatMap((role) => role.split(',')).map((role) => role.trim());

  try {
    const key = await loadOrCreateDevSigningKey(options.dataDir);
    const token = await mintDevToken({
      key,
      sub: values.sub ?? '',
      org: values.org ?? '',
      roles,
      audience: values.audience,
      expiresIn: values.ttl,
      now: options.now,
      isKnownMunicipality: options.isKnownMunicipality,
    });
    stdout.write(`${token}\n`);
    return 0;
  } catch (error) {
    if (error instanceof InvalidTokenRequestError) return fail(error.problems);
    throw error;
  }
};
