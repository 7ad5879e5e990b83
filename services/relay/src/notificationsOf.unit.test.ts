import { describe, expect, it } from 'vitest';
import { createInMemoryEventStore } from '@relocation/event-store';
import type { RecordedEvent } from '@relocation/event-store';
import { createCaseStates } from '@relocation/application';
import { notificationsOf } from './notificationsOf.ts';
import { runHappyPath, testCommandHandler } from './testing/relocationCases.ts';

async function feed(store: ReturnType<typeof createInMemoryEventStore>): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  let after: string | undefined;
  for (;;) {
    const batch = await store.readAll({ ...(after === undefined ? {} : { after }), batchSize: 10 });
    if (batch.events.length === 0) return events;
    events.push(...batch.events);
    after = batch.checkpoint;
  }
}

describe('notificationsOf', () => {
  it('gives the same notifications whether states come from the cache or are rebuilt from the stream', async () => {
    const store = createInMemoryEventStore();
    const handler = testCommandHandler(store);
    const relocationId = await runHappyPath(handler);
    const events = await feed(store);

    const cached = await notificationsOf(events, createCaseStates(store));
    // A fresh cache per event: every state is rebuilt from the stream up to the event's revision.
    const rebuilt = [];
    for (const event of events) rebuilt.push(...(await notificationsOf([event], createCaseStates(store))));
    expect(rebuilt).toEqual(cached);

    // 37, and the outcome deadlines at 6 and 12 months scheduled for the responsible municipality (issue 15).
    expect(cached).toHaveLength(39);
    expect(cached[0]).toEqual({
      eventId: events[2]?.id,
      relocationId,
      type: 'RelocationSubmitted',
      occurredAt: '2026-03-02T09:00:00.000Z',
      recipient: 'police:stockholm',
      position: events[2]?.globalPosition.toString(),
    });
  });

  it('skips an unreadable event and reports it, without stopping the batch', async () => {
    const store = createInMemoryEventStore();
    await runHappyPath(testCommandHandler(store));
    const events = await feed(store);
    const damaged = { ...events[2]!, data: { unexpected: true } } as RecordedEvent;
    const reported: RecordedEvent[] = [];
    const notifications = await notificationsOf([damaged, events[3]!], createCaseStates(store), (event) =>
      reported.push(event),
    );
    expect(reported).toEqual([damaged]);
    expect(notifications.map((n) => n.type)).toEqual(['DeadlineScheduled']);
  });
});
