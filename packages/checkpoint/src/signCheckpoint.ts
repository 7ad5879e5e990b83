import { sign, verify, type KeyObject } from 'node:crypto';
import { canonicalJson } from '@relocation/event-store';
import {
  CHECKPOINT_FORMAT,
  signedCheckpointSchema,
  type CheckpointBody,
  type CheckpointHeads,
  type SignedCheckpoint,
} from './checkpoint.ts';
import type { CheckpointSigningKey } from './signingKey.ts';

const signedBytes = (body: CheckpointBody): Buffer => Buffer.from(canonicalJson(body), 'utf8');

/** Signs the heads with the key: Ed25519 over the body's canonical JSON. */
export function signCheckpoint(
  heads: CheckpointHeads,
  key: CheckpointSigningKey,
  issuedAt: Date,
): SignedCheckpoint {
  const body: CheckpointBody = {
    format: CHECKPOINT_FORMAT,
    issuedAt: issuedAt.toISOString(),
    keyId: key.keyId,
    eventStore: { streams: heads.streams.map(({ name, revision, hash }) => ({ name, revision, hash })) },
    accessLog: { seq: heads.accessLog.seq, hash: heads.accessLog.hash },
  };
  return { body, signature: sign(null, signedBytes(body), key.privateKey).toString('base64url') };
}

/** A checkpoint that is not well formed, names another key or whose signature does not verify. */
export class CheckpointRefusedError extends Error {
  constructor(reason: string) {
    super(`checkpoint refused: ${reason}`);
    this.name = 'CheckpointRefusedError';
  }
}

/** Parses a published checkpoint and checks its signature against the public key; throws CheckpointRefusedError. */
export function openCheckpoint(text: string, publicKey: KeyObject, keyId: string): CheckpointBody {
  let parsed: SignedCheckpoint;
  try {
    parsed = signedCheckpointSchema.parse(JSON.parse(text));
  } catch {
    throw new CheckpointRefusedError('not a well-formed signed checkpoint');
  }
  if (parsed.body.keyId !== keyId) {
    throw new CheckpointRefusedError(
      `signed by key ${parsed.body.keyId}, not by the configured key ${keyId}`,
    );
  }
  const ok = verify(null, signedBytes(parsed.body), publicKey, Buffer.from(parsed.signature, 'base64url'));
  if (!ok) throw new CheckpointRefusedError('the signature does not match its content');
  return parsed.body;
}
