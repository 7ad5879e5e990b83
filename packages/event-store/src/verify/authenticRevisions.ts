import { hashEvent } from '../hashEvent.ts';
import type { VerifiableEvent } from './types.ts';

export interface Authentication {
  /** Per stored event: the revision under which its stored hash checks out, or undefined if none does. */
  readonly revisions: readonly (number | undefined)[];
  /** Stored hash -> index of the first stored event carrying it. */
  readonly byHash: ReadonlyMap<string, number>;
}

function hashesAt(event: VerifiableEvent, revision: number): boolean {
  if (revision < 0) return false;
  return hashEvent({ ...event, revision }) === event.hash;
}

/**
 * Finds, for every stored event, the revision its hash was computed for. Usually that is the stored revision;
 * an event moved by a swap or renumbering checks out at its neighbour's revision or one past its predecessor's.
 */
export function authenticRevisions(events: readonly VerifiableEvent[]): Authentication {
  const byHash = new Map<string, number>();
  events.forEach((event, index) => {
    if (!byHash.has(event.hash)) byHash.set(event.hash, index);
  });

  const revisions: (number | undefined)[] = events.map((event) => {
    for (const candidate of [event.revision, event.revision - 1, event.revision + 1]) {
      if (hashesAt(event, candidate)) return candidate;
    }
    return undefined;
  });

  let progress = true;
  while (progress) {
    progress = false;
    events.forEach((event, index) => {
      if (revisions[index] !== undefined) return;
      const candidate = revisionAfterPredecessor(event, byHash, revisions);
      if (candidate !== undefined && hashesAt(event, candidate)) {
        revisions[index] = candidate;
        progress = true;
      }
    });
  }
  return { revisions, byHash };
}

function revisionAfterPredecessor(
  event: VerifiableEvent,
  byHash: ReadonlyMap<string, number>,
  revisions: readonly (number | undefined)[],
): number | undefined {
  if (event.previousHash === null) return 0;
  const predecessor = byHash.get(event.previousHash);
  if (predecessor === undefined) return undefined;
  const revision = revisions[predecessor];
  return revision === undefined ? undefined : revision + 1;
}
