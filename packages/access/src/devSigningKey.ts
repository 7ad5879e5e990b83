import { randomBytes } from 'node:crypto';
import { chmod, link, mkdir, readFile, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK } from 'jose';
import type { CryptoKey, JWK } from 'jose';
import { z } from 'zod';

/** The issuer of development tokens. A verifier for an external issuer refuses them by issuer and by key. */
export const DEV_ISSUER = 'urn:relocation:dev';
/** The audience development tokens are minted for unless told otherwise. */
export const DEV_AUDIENCE = 'urn:relocation:api';
export const DEV_SIGNING_KEY_FILE = 'dev-signing-key.json';

const devAlgorithm = 'ES256';

export interface DevSigningKey {
  readonly alg: typeof devAlgorithm;
  readonly kid: string;
  readonly privateKey: CryptoKey;
  /** The public half as a JWK (with kid and alg): give it to a 'local' verifier or publish it as a JWKS. */
  readonly publicJwk: JWK;
  readonly path: string;
}

const ecJwk = z.object({
  kty: z.literal('EC'),
  crv: z.literal('P-256'),
  x: z.string().min(1),
  y: z.string().min(1),
});

const devKeyFileSchema = z.object({
  alg: z.literal(devAlgorithm),
  kid: z.string().min(1),
  privateJwk: ecJwk.extend({ d: z.string().min(1) }),
  publicJwk: ecJwk,
  createdAt: z.string(),
});

type DevKeyFile = z.infer<typeof devKeyFileSchema>;

const publicPart = (jwk: JWK): z.infer<typeof ecJwk> =>
  ecJwk.parse({ kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y });

const isErrno = (error: unknown, code: string): boolean =>
  error instanceof Error && 'code' in error && (error as { code?: unknown }).code === code;

const createKeyFile = async (): Promise<DevKeyFile> => {
  const { privateKey } = await generateKeyPair(devAlgorithm, { extractable: true });
  const privateJwk = await exportJWK(privateKey);
  const publicJwk = publicPart(privateJwk);
  return devKeyFileSchema.parse({
    alg: devAlgorithm,
    kid: await calculateJwkThumbprint(publicJwk),
    privateJwk,
    publicJwk,
    createdAt: new Date().toISOString(),
  });
};

/**
 * Writes the key file atomically and only if none exists: a temporary file (mode 0600) is hard-linked to the final
 * name, so two processes starting together end up with the same key and nobody reads a half-written file.
 */
const writeOnce = async (path: string, file: DevKeyFile): Promise<void> => {
  const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  await writeFile(temporary, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  try {
    await chmod(temporary, 0o600);
    await link(temporary, path);
  } catch (error) {
    if (!isErrno(error, 'EEXIST')) throw error;
  } finally {
    await unlink(temporary);
  }
};

const readKeyFile = async (path: string): Promise<DevKeyFile> => {
  if (process.platform !== 'win32') {
    const { mode } = await stat(path);
    if ((mode & 0o077) !== 0) {
      throw new Error(
        `${path} is readable by others (mode ${(mode & 0o777).toString(8)}); run: chmod 600 ${path}`,
      );
    }
  }
  const parsed = devKeyFileSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
  if (!parsed.success)
    throw new Error(`${path} is not a development signing key file; delete it to create a new one`);
  return parsed.data;
};

/**
 * The development signing key (ES256), created on first use and kept in `<dataDir>/dev-signing-key.json`
 * (mode 0600). Never use it with an external issuer.
 */
export const loadOrCreateDevSigningKey = async (dataDir: string): Promise<DevSigningKey> => {
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const path = join(dataDir, DEV_SIGNING_KEY_FILE);
  try {
    await stat(path);
  } catch (error) {
    if (!isErrno(error, 'ENOENT')) throw error;
    await writeOnce(path, await createKeyFile());
  }
  const file = await readKeyFile(path);
  const privateKey = await importJWK({ ...file.privateJwk, alg: file.alg }, file.alg);
  if (privateKey instanceof Uint8Array) throw new Error(`${path} does not hold an asymmetric key`);
  return {
    alg: file.alg,
    kid: file.kid,
    privateKey,
    publicJwk: { ...file.publicJwk, alg: file.alg, kid: file.kid, use: 'sig' },
    path,
  };
};
