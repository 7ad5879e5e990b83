import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
} from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The Ed25519 key that signs checkpoints; it lives outside the database (a file, or the environment). */
export interface CheckpointSigningKey {
  readonly keyId: string;
  readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;
}

/** The key id: the first 16 hex digits of the SHA-256 of the public key (SPKI, DER). */
export function checkpointKeyId(publicKey: KeyObject): string {
  const der = publicKey.export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(der).digest('hex').slice(0, 16);
}

/** Reads an Ed25519 private key in PKCS#8 PEM; refuses any other kind of key. */
export function parseCheckpointSigningKey(pem: string): CheckpointSigningKey {
  const privateKey = createPrivateKey(pem);
  if (privateKey.asymmetricKeyType !== 'ed25519') {
    throw new Error(
      `the checkpoint signing key must be Ed25519, not ${privateKey.asymmetricKeyType ?? 'unknown'}`,
    );
  }
  const publicKey = createPublicKey(privateKey);
  return { keyId: checkpointKeyId(publicKey), privateKey, publicKey };
}

export async function readCheckpointSigningKey(path: string): Promise<CheckpointSigningKey> {
  return parseCheckpointSigningKey(await readFile(path, 'utf8'));
}

export const DEV_CHECKPOINT_KEY_FILE = 'dev-checkpoint-key.pem';

/**
 * Development only: the signing key kept in `<dataDir>/dev-checkpoint-key.pem` (mode 0600), created on first use
 * like the development KEK. In production the key comes from CHECKPOINT_SIGNING_KEY_FILE, on no database host.
 */
export async function loadOrCreateDevCheckpointKey(
  dataDir: string,
): Promise<{ readonly key: CheckpointSigningKey; readonly created: boolean; readonly path: string }> {
  const path = join(dataDir, DEV_CHECKPOINT_KEY_FILE);
  try {
    return { key: await readCheckpointSigningKey(path), created: false, path };
  } catch (error) {
    if (!(error instanceof Error && 'code' in error && error.code === 'ENOENT')) {
      throw new Error(`${path} is not a checkpoint signing key; remove it to create a new one`, {
        cause: error,
      });
    }
  }
  await mkdir(dataDir, { recursive: true });
  const pem = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  try {
    await writeFile(path, pem, { mode: 0o600, flag: 'wx' });
    return { key: parseCheckpointSigningKey(pem), created: true, path };
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'EEXIST') {
      return { key: await readCheckpointSigningKey(path), created: false, path };
    }
    throw error;
  }
}
