import type { VerifyProblem } from '../port.ts';
import type { StreamHead, VerifiableEvent } from './types.ts';

export interface GenuineChain {
  /** Per stored event: whether it lies on the hash chain that ends at the stream's head. */
  readonly inChain: readonly boolean[];
  /** Revisions the chain shows were once there and no longer are (sorted). */
  readonly missing: readonly number[];
  readonly problems: readonly VerifyProblem[];
}

interface ChainInput {
  readonly streamName: string;
  readonly events: readonly VerifiableEvent[];
  /** Per stored event: its authentic revision, or its stored one when its content no longer checks out. */
  readonly revisions: readonly number[];
  readonly byHash: ReadonlyMap<string, number>;
  readonly head: StreamHead | undefined;
}

/**
 * Walks the hash chain backwards from the stream's head (or, with no recorded head hash, from the newest event that
 * no other event chains to). Walking backwards is unambiguous: each event names exactly one predecessor. Where the
 * named predecessor is not stored, the walk reports the gap and resumes at the next older stored event.
 */
export function genuineChain(input: ChainInput): GenuineChain {
  const { streamName, events, revisions, byHash, head } = input;
  const inChain = events.map(() => false);
  const missing: number[] = [];
  const problems: VerifyProblem[] = [];
  const reportGap = (from: number, to: number, detail: string): void => {
    for (let revision = from; revision <= to; revision += 1) missing.push(revision);
    const range = from === to ? `revision ${from}` : `revisions ${from}..${to}`;
    problems.push({ kind: 'removed', streamName, revision: from, detail: `${range} ${detail}` });
  };

  let tip = head?.hash === undefined ? undefined : byHash.get(head.hash);
  if (tip === undefined) tip = fallbackTip(events, revisions, head);
  const newest = tip === undefined ? -1 : (revisions[tip] ?? -1);
  if (head !== undefined && head.revision > newest) {
    problems.push({
      kind: 'truncated',
      streamName,
      revision: newest + 1,
      detail: `the stream head is recorded at revision ${head.revision} but the stored chain ends at ${newest}`,
    });
  }

  let current = tip;
  while (current !== undefined) {
    inChain[current] = true;
    const event = events[current] as VerifiableEvent;
    const revision = revisions[current] as number;
    if (event.previousHash === null) {
      if (revision > 0) reportGap(0, revision - 1, 'missing: the chain starts later');
      break;
    }
    const predecessor = byHash.get(event.previousHash);
    if (predecessor !== undefined && !inChain[predecessor]) {
      current = predecessor;
      continue;
    }
    const resume = olderUnchained(revisions, inChain, revision);
    if (resume === undefined) {
      if (revision > 0)
        reportGap(0, revision - 1, `missing: revision ${revision} chains to a hash no stored event has`);
      break;
    }
    const resumeRevision = revisions[resume] as number;
    if (resumeRevision === revision - 1) {
      problems.push({
        kind: 'changed',
        streamName,
        revision: events[resume]?.revision ?? resumeRevision,
        detail: `event at revision ${resumeRevision} was rewritten: revision ${revision} chains to a different hash`,
      });
    } else {
      reportGap(
        resumeRevision + 1,
        revision - 1,
        `missing: revision ${revision} chains to a hash no stored event has`,
      );
    }
    current = resume;
  }
  missing.sort((a, b) => a - b);
  return { inChain, missing, problems };
}

function fallbackTip(
  events: readonly VerifiableEvent[],
  revisions: readonly number[],
  head: StreamHead | undefined,
): number | undefined {
  const eligible = (index: number): boolean =>
    head === undefined || (revisions[index] as number) <= head.revision;
  const referenced = new Set(events.filter((_, index) => eligible(index)).map((event) => event.previousHash));
  let best: number | undefined;
  events.forEach((event, index) => {
    const revision = revisions[index] as number;
    if (!eligible(index) || referenced.has(event.hash)) return;
    if (best === undefined || revision >= (revisions[best] as number)) best = index;
  });
  return best;
}

function olderUnchained(
  revisions: readonly number[],
  inChain: readonly boolean[],
  below: number,
): number | undefined {
  let best: number | undefined;
  revisions.forEach((revision, index) => {
    if (inChain[index] || revision >= below) return;
    if (best === undefined || revision > (revisions[best] as number)) best = index;
  });
  return best;
}
