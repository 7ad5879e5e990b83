// @relocation/checkpoint: signed checkpoints of the stream heads and the access log head, published outside the
// database, and the comparison that makes verify notice a history rewritten by whoever can write to the database.
export {
  CHECKPOINT_FORMAT,
  checkpointBodySchema,
  signedCheckpointSchema,
  streamHeadSchema,
  type CheckpointBody,
  type CheckpointHeads,
  type CheckpointStreamHead,
  type SignedCheckpoint,
} from './checkpoint.ts';
export {
  checkpointKeyId,
  DEV_CHECKPOINT_KEY_FILE,
  loadOrCreateDevCheckpointKey,
  parseCheckpointSigningKey,
  readCheckpointSigningKey,
  type CheckpointSigningKey,
} from './signingKey.ts';
export { CheckpointRefusedError, openCheckpoint, signCheckpoint } from './signCheckpoint.ts';
export {
  checkpointFileName,
  readLatestCheckpoint,
  writeCheckpointFile,
  type LatestCheckpoint,
} from './checkpointDirectory.ts';
export type { CheckpointSubject, StoredHash } from './checkpointSubject.ts';
export { createSqlCheckpointSubject } from './sqlCheckpointSubject.ts';
export {
  compareWithCheckpoint,
  verifyCheckpoint,
  type CheckpointProblem,
  type CheckpointProblemKind,
  type CheckpointVerification,
} from './verifyCheckpoint.ts';
export {
  createCheckpointPublisher,
  type CheckpointPublisher,
  type CheckpointPublisherOptions,
  type CheckpointSink,
  type PublishOutcome,
} from './checkpointPublisher.ts';
export { safeToSign, verifyAll, type VerifyAllOptions, type VerifyAllReport } from './verifyAll.ts';
export { createSqlCheckpoints, type SqlCheckpoints, type SqlCheckpointsOptions } from './sqlCheckpoints.ts';
