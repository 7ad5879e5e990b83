import { z } from 'zod';

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 hash in lower-case hex');

/** One stream's head when the checkpoint was taken: its last revision and that event's chained hash. */
export const streamHeadSchema = z.strictObject({
  name: z.string().min(1),
  revision: z.number().int().min(0),
  hash: sha256Hex,
});
export type CheckpointStreamHead = z.infer<typeof streamHeadSchema>;

export const CHECKPOINT_FORMAT = 'relocation-checkpoint/1';

/**
 * What a checkpoint states: the head of every stream of the event store and the head of the access log, at
 * `issuedAt`, signed by the key `keyId`. Hashes only: stream names are case ids, never personal data.
 */
export const checkpointBodySchema = z.strictObject({
  format: z.literal(CHECKPOINT_FORMAT),
  issuedAt: z.iso.datetime(),
  keyId: z.string().min(1),
  eventStore: z.strictObject({ streams: z.array(streamHeadSchema) }),
  accessLog: z.strictObject({ seq: z.number().int().min(0), hash: sha256Hex.nullable() }),
});
export type CheckpointBody = z.infer<typeof checkpointBodySchema>;

/** The body and its Ed25519 signature (base64url) over the body's canonical JSON (RFC 8785). */
export const signedCheckpointSchema = z.strictObject({
  body: checkpointBodySchema,
  signature: z.string().regex(/^[A-Za-z0-9_-]+$/),
});
export type SignedCheckpoint = z.infer<typeof signedCheckpointSchema>;

/** The heads a checkpoint signs, as read from the database. */
export interface CheckpointHeads {
  readonly streams: readonly CheckpointStreamHead[];
  readonly accessLog: { readonly seq: number; readonly hash: string | null };
}
