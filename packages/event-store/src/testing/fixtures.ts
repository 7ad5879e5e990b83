import { randomUUID } from 'node:crypto';
import type { Json, NewEvent, RecordedEvent } from '../port.ts';

/** A stream prefix no other test uses, so tests need no cleanup. */
export function uniquePrefix(label: string): string {
  return `contract-${label}-${randomUUID().slice(0, 8)}-`;
}

export function newEvent(
  data: Json = {},
  metadata: Record<string, Json> = {},
  type = 'ContractTested',
): NewEvent {
  return { id: randomUUID(), type, data, metadata };
}

export function newEvents(count: number, label = 'e'): NewEvent[] {
  return Array.from({ length: count }, (_, index) => newEvent({ label, index }));
}

export async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

export function revisionsOf(events: readonly RecordedEvent[]): number[] {
  return events.map((event) => event.revision);
}

/** Resolves `until(...)` once enough has been recorded: tests wait on events, not on the clock. */
export function createTally<T>(): {
  readonly items: T[];
  record(item: T): void;
  /** Resolves when `count` items were recorded, or when `condition` holds for the items so far. */
  until(target: number | ((items: readonly T[]) => boolean)): Promise<void>;
} {
  const items: T[] = [];
  const waiting: { done: () => boolean; resolve: () => void }[] = [];
  return {
    items,
    record(item) {
      items.push(item);
      for (const waiter of [...waiting]) {
        if (waiter.done()) {
          waiting.splice(waiting.indexOf(waiter), 1);
          waiter.resolve();
        }
      }
    },
    until(target) {
      const done = typeof target === 'number' ? () => items.length >= target : () => target(items);
      if (done()) return Promise.resolve();
      return new Promise((resolve) => waiting.push({ done, resolve }));
    },
  };
}
