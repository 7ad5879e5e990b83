import { createHash } from 'node:crypto';
import type { EventStore } from '@relocation/event-store';

/** What the store remembers of the first append made with an idempotency key. */
export interface IdempotentAppend {
  readonly streamName: string;
  readonly nextRevision: number;
  readonly position: bigint;
}

/** The event store's lookup of an idempotency key (added to the port alongside this package). */
export interface IdempotencyLookup {
  lookupIdempotencyKey(key: string): Promise<IdempotentAppend | undefined>;
}

export const hasIdempotencyLookup = (store: EventStore): store is EventStore & IdempotencyLookup =>
  typeof (store as Partial<IdempotencyLookup>).lookupIdempotencyKey === 'function';

/**
 * The key as stored: namespaced by the caller, so one party cannot replay (and so read) another's result by
 * sending the same `Idempotency-Key`.
 */
export const namespacedIdempotencyKey = (organisationId: string, userId: string, key: string): string =>
  createHash('sha256')
    .update(JSON.stringify([organisationId, userId, key]), 'utf8')
    .digest('hex');
