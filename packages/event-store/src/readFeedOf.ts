import type { EventStore, FeedBatch, ReadAllOptions } from './port.ts';

/** The store's `readFeed`, or its `readAll` where it has none (a `RecordedEvent` is a `FeedEvent` and more). */
export function readFeedOf(store: EventStore, options?: ReadAllOptions): Promise<FeedBatch> {
  return store.readFeed === undefined ? store.readAll(options) : store.readFeed(options);
}
