import { chainEvents, type Json, type NewEvent } from '@relocation/event-store';

export interface HashedColumns {
  readonly revisions: number[];
  readonly ids: string[];
  readonly types: string[];
  readonly data: string[];
  readonly metadata: string[];
  readonly hashes: string[];
  readonly previousHashes: (string | null)[];
}

/**
 * One array per column, for a single multi-row INSERT. The hashes cover the events exactly as they will be read
 * back: the JSON text that is stored, parsed again, and the id in PostgreSQL's lower-case UUID form.
 */
export function hashedColumns(
  streamName: string,
  head: { readonly revision: number; readonly hash: string | null } | undefined,
  events: readonly NewEvent[],
): HashedColumns {
  const stored = events.map((event) => ({
    id: event.id.toLowerCase(),
    type: event.type,
    dataText: JSON.stringify(event.data),
    metadataText: JSON.stringify(event.metadata),
  }));
  const chained = chainEvents(
    streamName,
    head,
    stored.map((event) => ({
      id: event.id,
      type: event.type,
      data: JSON.parse(event.dataText) as Json,
      metadata: JSON.parse(event.metadataText) as Record<string, Json>,
    })),
  );
  return {
    revisions: chained.map((event) => event.revision),
    ids: stored.map((event) => event.id),
    types: stored.map((event) => event.type),
    data: stored.map((event) => event.dataText),
    metadata: stored.map((event) => event.metadataText),
    hashes: chained.map((event) => event.hash),
    previousHashes: chained.map((event) => event.previousHash),
  };
}
