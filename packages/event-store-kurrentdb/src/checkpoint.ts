import type { Position } from '@eventstore/db-client';
import { InvalidCheckpointError } from '@relocation/event-store';

/**
 * A feed checkpoint names a position in the KurrentDB transaction log: `kurrentdb:<commit>:<prepare>`, both
 * decimal. The port treats checkpoints as opaque; only this adapter reads them back.
 */
const CHECKPOINT_PATTERN = /^kurrentdb:(0|[1-9]\d*):(0|[1-9]\d*)$/;

export function encodeCheckpoint(position: Position): string {
  if (position.commit < 0n || position.prepare < 0n) {
    throw new RangeError('A log position is never negative');
  }
  return `kurrentdb:${position.commit.toString(10)}:${position.prepare.toString(10)}`;
}

export function decodeCheckpoint(checkpoint: string): Position {
  const match = CHECKPOINT_PATTERN.exec(checkpoint);
  if (!match?.[1] || !match[2]) {
    throw new InvalidCheckpointError(checkpoint, 'expected kurrentdb:<commit>:<prepare>');
  }
  return { commit: BigInt(match[1]), prepare: BigInt(match[2]) };
}

/** Orders two log positions the way `$all` delivers them: by commit, then prepare. */
export function comparePositions(a: Position, b: Position): number {
  if (a.commit !== b.commit) {
    return a.commit < b.commit ? -1 : 1;
  }
  if (a.prepare !== b.prepare) {
    return a.prepare < b.prepare ? -1 : 1;
  }
  return 0;
}
