import { InvalidCheckpointError } from '@relocation/event-store';

/**
 * A global-feed checkpoint: the (transaction id, global position) of the last event delivered, written
 * `"<xid>:<position>"`. The feed is ordered by that pair, so resuming after it neither repeats nor skips an event.
 */
export interface FeedCheckpoint {
  readonly transactionId: string;
  readonly position: string;
}

const FORMAT = /^(\d{1,20}):(\d{1,20})$/;

export const FEED_START: FeedCheckpoint = { transactionId: '0', position: '0' };

export function encodeFeedCheckpoint(checkpoint: FeedCheckpoint): string {
  return `${checkpoint.transactionId}:${checkpoint.position}`;
}

export function decodeFeedCheckpoint(checkpoint: string | undefined): FeedCheckpoint {
  if (checkpoint === undefined) return FEED_START;
  const match = FORMAT.exec(checkpoint);
  if (!match?.[1] || !match[2]) {
    throw new InvalidCheckpointError(
      checkpoint,
      'not a PostgreSQL event store checkpoint ("<xid>:<position>")',
    );
  }
  return { transactionId: match[1], position: match[2] };
}
