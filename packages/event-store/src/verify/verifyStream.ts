import type { VerifyProblem } from '../port.ts';
import { authenticRevisions } from './authenticRevisions.ts';
import { genuineChain } from './genuineChain.ts';
import type { StreamToVerify } from './types.ts';

/**
 * Checks one stream's stored events against their hash chain and reports what was changed, removed, inserted,
 * reordered or truncated. Renumbering that merely follows an insertion or removal is not reported again.
 */
export function verifyStream(stream: StreamToVerify): VerifyProblem[] {
  const { streamName, events, head } = stream;
  const problems: VerifyProblem[] = [];
  const auth = authenticRevisions(events);
  const changed = auth.revisions.map((revision) => revision === undefined);
  const revisions = auth.revisions.map((revision, index) => revision ?? (events[index]?.revision as number));

  events.forEach((event, index) => {
    if (changed[index]) {
      problems.push({
        kind: 'changed',
        streamName,
        revision: event.revision,
        detail: `event at revision ${event.revision} does not match its hash`,
      });
    }
  });

  const chain = genuineChain({ streamName, events, revisions, byHash: auth.byHash, head });
  problems.push(...chain.problems);

  const chained = events.flatMap((_, index) => (chain.inChain[index] ? [index] : []));
  const inRevisionOrder = chained.map((index) => revisions[index] as number).sort((a, b) => a - b);
  const belongsAt = new Map(chained.map((index, position) => [index, inRevisionOrder[position] as number]));

  let unchainedBefore = 0;
  events.forEach((event, index) => {
    const revision = revisions[index] as number;
    if (!chain.inChain[index]) {
      unchainedBefore += 1;
      if (!changed[index]) {
        problems.push({
          kind: 'inserted',
          streamName,
          revision: event.revision,
          detail: `event stored at revision ${event.revision} is not part of the stream's hash chain`,
        });
      }
      return;
    }
    if (changed[index]) return;
    const expectedHere = belongsAt.get(index) as number;
    const renumbered = revision + unchainedBefore - countBelow(chain.missing, revision);
    const relabelled = event.revision !== revision && event.revision !== renumbered;
    if (expectedHere !== revision || relabelled) {
      problems.push({
        kind: 'reordered',
        streamName,
        revision: event.revision,
        detail:
          expectedHere !== revision
            ? `event of revision ${revision} is stored where revision ${expectedHere} belongs`
            : `event stored at revision ${event.revision} was written as revision ${revision}`,
      });
    }
  });
  return problems;
}

function countBelow(sorted: readonly number[], limit: number): number {
  let count = 0;
  for (const value of sorted) {
    if (value >= limit) break;
    count += 1;
  }
  return count;
}
