import type { EventData, EventType } from './eventData.ts';

/** An event before `decide` stamps its metadata. */
export type EventDraft = { [T in EventType]: { readonly type: T; readonly data: EventData<T> } }[EventType];
