import type { FeedEvent, Json, RecordedEvent } from '@relocation/event-store';
import { encodeFeedCheckpoint } from './feedCheckpoint.ts';

/**
 * The columns every event read selects from `events e`; 64-bit values as text so both drivers return strings.
 * Because some aliases shadow column names with text, queries must order by the qualified `e.` columns. The
 * recording time comes as epoch milliseconds (truncated, as a timestamp's parse gives them): parsing the
 * timestamp's text was 3 % of a rebuild's time (issue 17).
 */
export const EVENT_COLUMNS = `e.global_position::text AS global_position, e.transaction_id::text AS transaction_id,
  e.stream_name, e.revision, e.event_id::text AS event_id, e.type, e.data::text AS data,
  e.metadata::text AS metadata, trunc(extract(epoch FROM e.recorded_at) * 1000)::int8::text AS recorded_at_ms, e.hash, e.previous_hash`;

export interface EventRow {
  readonly global_position: string;
  readonly transaction_id: string;
  readonly stream_name: string;
  readonly revision: number;
  readonly event_id: string;
  readonly type: string;
  readonly data: string;
  readonly metadata: string;
  readonly recorded_at_ms: string;
  readonly hash: string;
  readonly previous_hash: string | null;
}

export function toRecordedEvent(row: EventRow): RecordedEvent {
  return {
    id: row.event_id,
    type: row.type,
    data: JSON.parse(row.data) as Json,
    metadata: JSON.parse(row.metadata) as Record<string, Json>,
    streamName: row.stream_name,
    revision: row.revision,
    globalPosition: BigInt(row.global_position),
    checkpoint: encodeFeedCheckpoint({ transactionId: row.transaction_id, position: row.global_position }),
    recordedAt: new Date(Number(row.recorded_at_ms)),
    hash: row.hash,
    previousHash: row.previous_hash,
  };
}

/** The columns of `readFeed`: `EVENT_COLUMNS` without the recording time and the hashes. */
export const FEED_COLUMNS = `e.global_position::text AS global_position, e.transaction_id::text AS transaction_id,
  e.stream_name, e.revision, e.event_id::text AS event_id, e.type, e.data::text AS data, e.metadata::text AS metadata`;

export type FeedRow = Omit<EventRow, 'recorded_at_ms' | 'hash' | 'previous_hash'>;

export function toFeedEvent(row: FeedRow): FeedEvent {
  return {
    id: row.event_id,
    type: row.type,
    data: JSON.parse(row.data) as Json,
    metadata: JSON.parse(row.metadata) as Record<string, Json>,
    streamName: row.stream_name,
    revision: row.revision,
    globalPosition: BigInt(row.global_position),
    checkpoint: encodeFeedCheckpoint({ transactionId: row.transaction_id, position: row.global_position }),
  };
}
