import { randomUUID, type KeyObject } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CheckpointBody, SignedCheckpoint } from './checkpoint.ts';
import { CheckpointRefusedError, openCheckpoint } from './signCheckpoint.ts';

const FILE = /^checkpoint-\d{4}-\d\d-\d\dT\d{6}\.\d{3}Z\.json$/;

/** `checkpoint-2026-11-29T154600.000Z.json`: names sort by time, and hold no colon for any file system. */
export function checkpointFileName(issuedAt: string): string {
  return `checkpoint-${issuedAt.replaceAll(':', '')}.json`;
}

/** Writes the checkpoint into `dir` atomically (a temporary file renamed into place); returns its path. */
export async function writeCheckpointFile(dir: string, signed: SignedCheckpoint): Promise<string> {
  await mkdir(dir, { recursive: true });
  const path = join(dir, checkpointFileName(signed.body.issuedAt));
  const temporary = join(dir, `.${randomUUID()}.tmp`);
  await writeFile(temporary, `${JSON.stringify(signed)}\n`, { mode: 0o644 });
  await rename(temporary, path);
  return path;
}

export interface LatestCheckpoint {
  /** The newest checkpoint whose signature verifies, if any. */
  readonly latest?: { readonly body: CheckpointBody; readonly file: string };
  /** Newer files that were refused (malformed, another key, a signature that does not verify). */
  readonly refused: readonly { readonly file: string; readonly reason: string }[];
}

/** The newest valid checkpoint in `dir` and every newer file refused on the way to it. */
export async function readLatestCheckpoint(
  dir: string,
  key: { readonly publicKey: KeyObject; readonly keyId: string },
): Promise<LatestCheckpoint> {
  const names = await readdir(dir).catch((error: unknown) => {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return [] as string[];
    throw error;
  });
  const refused: { file: string; reason: string }[] = [];
  for (const name of names
    .filter((each) => FILE.test(each))
    .sort()
    .reverse()) {
    try {
      const body = openCheckpoint(await readFile(join(dir, name), 'utf8'), key.publicKey, key.keyId);
      return { latest: { body, file: name }, refused };
    } catch (error) {
      if (!(error instanceof CheckpointRefusedError)) throw error;
      refused.push({ file: name, reason: error.message });
    }
  }
  return { refused };
}
