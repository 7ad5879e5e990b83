import type { RecordedEvent, VerifyProblem } from '../port.ts';

type FeedEvent = Pick<RecordedEvent, 'streamName' | 'revision' | 'globalPosition'>;

/**
 * Walks the global feed in delivery order and reports what would make a projector go wrong: a global position that
 * does not increase, or a stream's revisions delivered out of order or twice. Hash chains are checked per stream by
 * verifyStream; this checks the feed that read models are built from.
 */
export async function verifyFeedOrder(
  feed: AsyncIterable<FeedEvent> | Iterable<FeedEvent>,
): Promise<VerifyProblem[]> {
  const problems: VerifyProblem[] = [];
  const newestRevision = new Map<string, number>();
  let previous: FeedEvent | undefined;
  for await (const event of feed) {
    const { streamName, revision, globalPosition } = event;
    if (previous !== undefined && globalPosition <= previous.globalPosition) {
      problems.push({
        kind: 'reordered',
        streamName,
        revision,
        globalPosition,
        detail: `the feed delivers position ${globalPosition} after position ${previous.globalPosition}`,
      });
    }
    const newest = newestRevision.get(streamName);
    if (newest !== undefined && revision <= newest) {
      problems.push({
        kind: 'reordered',
        streamName,
        revision,
        globalPosition,
        detail: `the feed delivers revision ${revision} after revision ${newest} of the same stream`,
      });
    }
    newestRevision.set(streamName, Math.max(revision, newest ?? -1));
    previous = event;
  }
  return problems;
}
