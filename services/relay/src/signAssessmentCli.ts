// Development only: signs a police threat assessment as the police issuer would, and prints the compact JWS (the
// Kafka message value of police.threat-assessments.v1). The key is a local development key; the relay trusts it
// only when RELAY_POLICE_JWKS_FILE names the JWKS this command writes and RELAY_POLICE_ISSUER is the dev issuer.
//   pnpm --filter @relocation/relay sign-assessment --relocation <uuid> --level high --valid-until 2026-09-01
import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadOrCreateDevSigningKey } from '@relocation/access';
import { exclusionZoneSchema, threatAssessmentMessageSchema, threatLevels } from '@relocation/kafka';
import { signAssessment } from './signAssessment.ts';

export const devPoliceIssuer = 'urn:relocation:dev-police';

const usage = `Sign a police threat assessment with the development police key (prints a compact JWS).

Usage: pnpm --filter @relocation/relay sign-assessment --relocation <uuid> --level <level> --valid-until <date>
         [--officer pol-4711] [--region police:stockholm] [--exclude county:14 --exclude municipality:1280]
         [--recommendation <text>] [--case-reference <text>] [--ttl-seconds 3600] [--message-id <uuid>]
         [--audience urn:relocation:relay]

  --level        ${threatLevels.join(' | ')}
  --valid-until  an ISO-8601 date or date-time (a date means midnight in Sweden)
  --exclude      an extra exclusion zone, county:<länskod> or municipality:<kommunkod>; repeat

The key is kept in <DATA_DIR>/dev-police/dev-signing-key.json (created on first use, mode 0600); the public key
set is written to <DATA_DIR>/dev-police/jwks.json. Start the relay with
  RELAY_POLICE_ISSUER=${devPoliceIssuer} RELAY_POLICE_JWKS_FILE=<DATA_DIR>/dev-police/jwks.json
`;

function zone(value: string) {
  const [kind, code] = value.split(':');
  return exclusionZoneSchema.parse({ kind, code });
}

function validUntil(value: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00+01:00` : value;
}

async function main(argv: readonly string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        relocation: { type: 'string' },
        level: { type: 'string' },
        'valid-until': { type: 'string' },
        officer: { type: 'string', default: 'pol-dev' },
        region: { type: 'string', default: 'police:stockholm' },
        exclude: { type: 'string', multiple: true, default: [] },
        recommendation: { type: 'string', default: 'Development assessment.' },
        'case-reference': { type: 'string', default: '5000-K000000-00' },
        'ttl-seconds': { type: 'string', default: '3600' },
        'message-id': { type: 'string' },
        audience: { type: 'string', default: 'urn:relocation:relay' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(usage);
    return 0;
  }
  const dataDir = resolve(process.env.DATA_DIR ?? './.data');
  const keyDir = join(dataDir, 'dev-police');
  const key = await loadOrCreateDevSigningKey(keyDir);
  const now = new Date();
  const lifetime = Number(values['ttl-seconds']);
  // The same contract the relay checks, so that a mistake shows here and not only in the dead-letter topic.
  const parsed = threatAssessmentMessageSchema.safeParse({
    iss: devPoliceIssuer,
    aud: values.audience,
    sub: values.officer,
    org: values.region,
    jti: values['message-id'] ?? randomUUID(),
    iat: Math.floor(now.getTime() / 1000),
    exp: Math.floor(now.getTime() / 1000) + (Number.isInteger(lifetime) && lifetime > 0 ? lifetime : -1),
    relocationId: values.relocation,
    level: values.level,
    validUntil: values['valid-until'] === undefined ? undefined : validUntil(values['valid-until']),
    extraExclusionZones: values.exclude.map(zone),
    recommendation: values.recommendation,
    policeCaseReference: values['case-reference'],
  });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `error: ${issue.path.join('.')}: ${issue.message}`);
    process.stderr.write(`${problems.join('\n')}\n\n${usage}`);
    return 2;
  }
  const { iss: _iss, aud, sub, org, jti, iat: _iat, exp, nbf: _nbf, ...assessment } = parsed.data;
  const jws = await signAssessment(
    { privateKey: key.privateKey, alg: key.alg, kid: key.kid, issuer: devPoliceIssuer },
    {
      assessment,
      officer: sub,
      region: org,
      audience: typeof aud === 'string' ? aud : (aud[0] ?? ''),
      messageId: jti,
      issuedAt: now,
      lifetimeSeconds: exp - Math.floor(now.getTime() / 1000),
    },
  );
  await writeFile(join(keyDir, 'jwks.json'), `${JSON.stringify({ keys: [key.publicJwk] }, null, 2)}\n`);
  process.stdout.write(`${jws}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
