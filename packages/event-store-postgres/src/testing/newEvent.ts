import { randomUUID } from 'node:crypto';
import type { Json, NewEvent } from '@relocation/event-store';

/** An event with a fresh id, for tests. */
export function newEvent(type: string, data: Json = {}, metadata: Record<string, Json> = {}): NewEvent {
  return { id: randomUUID(), type, data, metadata };
}
