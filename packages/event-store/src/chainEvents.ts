import { hashEvent } from './hashEvent.ts';
import type { NewEvent } from './port.ts';

export interface ChainedEvent {
  readonly event: NewEvent;
  readonly revision: number;
  readonly hash: string;
  readonly previousHash: string | null;
}

/**
 * Gives a batch about to be appended its revisions and hashes, chained to the stream's current head
 * (`head` undefined for a new stream). Adapters store `hash` and `previousHash` with each event.
 */
export function chainEvents(
  streamName: string,
  head: { readonly revision: number; readonly hash: string | null } | undefined,
  events: readonly NewEvent[],
): ChainedEvent[] {
  let previousHash = head?.hash ?? null;
  let revision = head === undefined ? 0 : head.revision + 1;
  const chained: ChainedEvent[] = [];
  for (const event of events) {
    const hash = hashEvent({ streamName, revision, ...pickContent(event), previousHash });
    chained.push({ event, revision, hash, previousHash });
    previousHash = hash;
    revision += 1;
  }
  return chained;
}

function pickContent(event: NewEvent): Pick<NewEvent, 'id' | 'type' | 'data' | 'metadata'> {
  return { id: event.id, type: event.type, data: event.data, metadata: event.metadata };
}
