import type { ReadStreamOptions, RecordedEvent } from '../port.ts';

/** Yields copies of a stream's stored events in the requested direction, from a revision, up to a count. */
export async function* readStoredStream(
  stored: readonly RecordedEvent[],
  options: ReadStreamOptions,
): AsyncGenerator<RecordedEvent> {
  const backwards = options.direction === 'backwards';
  const from = options.fromRevision;
  const maxCount = options.maxCount ?? Number.POSITIVE_INFINITY;
  const snapshot = backwards ? [...stored].reverse() : [...stored];
  let yielded = 0;
  for (const event of snapshot) {
    if (yielded >= maxCount) return;
    if (from !== undefined && (backwards ? event.revision > from : event.revision < from)) continue;
    yield structuredClone(event);
    yielded += 1;
  }
}
