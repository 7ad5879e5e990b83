import { describe, expect, it } from 'vitest';
import { chainEvents } from '../chainEvents.ts';
import { hashEvent } from '../hashEvent.ts';
import type { VerifyProblem } from '../port.ts';
import type { StreamHead, VerifiableEvent } from './types.ts';
import { verifyStream } from './verifyStream.ts';

const streamName = 'relocation-1';

function stream(length: number): VerifiableEvent[] {
  const events = Array.from({ length }, (_, index) => ({
    id: `id-${index}`,
    type: 'T',
    data: { index },
    metadata: {},
  }));
  return chainEvents(streamName, undefined, events).map((chained) => ({
    ...chained.event,
    streamName,
    revision: chained.revision,
    hash: chained.hash,
    previousHash: chained.previousHash,
  }));
}

function headOf(events: readonly VerifiableEvent[]): StreamHead {
  const last = events.at(-1) as VerifiableEvent;
  return { revision: last.revision, hash: last.hash };
}

function forgedAfter(predecessor: VerifiableEvent): VerifiableEvent {
  const content = {
    streamName,
    revision: predecessor.revision + 1,
    id: 'forged',
    type: 'T',
    data: {},
    metadata: {},
  };
  return {
    ...content,
    previousHash: predecessor.hash,
    hash: hashEvent({ ...content, previousHash: predecessor.hash }),
  };
}

function summary(problems: readonly VerifyProblem[]): string[] {
  return problems.map((problem) => `${problem.kind}@${problem.revision ?? '-'}`);
}

describe('verifyStream', () => {
  const original = stream(6);
  const head = headOf(original);
  const checkWith = (events: VerifiableEvent[], withHead: StreamHead | undefined) =>
    summary(verifyStream({ streamName, events, head: withHead }));
  const check = (events: VerifiableEvent[]) => checkWith(events, head);

  it('finds nothing wrong with an intact stream, with or without a head', () => {
    expect(check(original)).toEqual([]);
    expect(checkWith(original, undefined)).toEqual([]);
    expect(checkWith(original, { revision: 5 })).toEqual([]);
    expect(checkWith([], undefined)).toEqual([]);
  });

  it('reports changed content', () => {
    const events = original.map((event) =>
      event.revision === 2 ? { ...event, data: { index: 99 } } : event,
    );
    expect(check(events)).toEqual(['changed@2']);
  });

  it('reports an event rewritten with a recomputed hash as changed', () => {
    const events = [...original];
    const target = events[2] as VerifiableEvent;
    const rewritten = { ...target, data: { index: 99 } };
    events[2] = { ...rewritten, hash: hashEvent(rewritten) };
    expect(check(events)).toEqual(['changed@2']);
  });

  it('reports a removed event, with or without the later events renumbered', () => {
    const kept = original.filter((event) => event.revision !== 2);
    expect(check(kept)).toEqual(['removed@2']);
    const renumbered = kept.map((event) =>
      event.revision > 2 ? { ...event, revision: event.revision - 1 } : event,
    );
    expect(check(renumbered)).toEqual(['removed@2']);
    expect(check(original.slice(1))).toEqual(['removed@0']);
    expect(check(original.filter((event) => event.revision !== 2 && event.revision !== 3))).toEqual([
      'removed@2',
    ]);
  });

  it('reports a truncated stream when a head was recorded, and cannot without one', () => {
    expect(check(original.slice(0, 4))).toEqual(['truncated@4']);
    expect(checkWith(original.slice(0, 4), { revision: 5 })).toEqual(['truncated@4']);
    expect(checkWith(original.slice(0, 4), undefined)).toEqual([]);
  });

  it('reports two events that swapped places in a log', () => {
    const events = [...original];
    [events[1], events[3]] = [events[3] as VerifiableEvent, events[1] as VerifiableEvent];
    expect(check(events)).toEqual(['reordered@3', 'reordered@1']);
  });

  it('reports two events that swapped content in a revision-keyed table', () => {
    const swap = (a: number, b: number): VerifiableEvent[] => {
      const events = [...original];
      const [first, second] = [events[a] as VerifiableEvent, events[b] as VerifiableEvent];
      events[a] = { ...second, revision: a };
      events[b] = { ...first, revision: b };
      return events;
    };
    expect(check(swap(1, 3))).toEqual(['reordered@1', 'reordered@3']);
    expect(check(swap(2, 3))).toEqual(['reordered@2', 'reordered@3']);
  });

  it('reports a forged event inserted in the middle, with or without renumbering', () => {
    const forged = forgedAfter(original[2] as VerifiableEvent);
    const inLog = [...original.slice(0, 3), forged, ...original.slice(3)];
    expect(check(inLog)).toEqual(['inserted@3']);
    const renumbered = [
      ...original.slice(0, 3),
      forged,
      ...original.slice(3).map((event) => ({ ...event, revision: event.revision + 1 })),
    ];
    expect(check(renumbered)).toEqual(['inserted@3']);
  });

  it('reports a forged event appended past the recorded head', () => {
    const forged = forgedAfter(original[5] as VerifiableEvent);
    expect(check([...original, forged])).toEqual(['inserted@6']);
    expect(checkWith([...original, forged], { revision: 5 })).toEqual(['inserted@6']);
  });

  it('reports a duplicated event', () => {
    expect(check([...original.slice(0, 4), original[3] as VerifiableEvent, ...original.slice(4)])).toEqual([
      'inserted@3',
    ]);
  });

  it('keeps event data out of the report', () => {
    const events = original.map((event) =>
      event.revision === 2 ? { ...event, data: { name: 'Åsa Öberg' } } : event,
    );
    const problems = verifyStream({ streamName, events, head });
    expect(JSON.stringify(problems)).not.toContain('Öberg');
  });

  // How fast is a benchmark's question, not a test's (a loaded machine must not fail it): only the answer is checked.
  it('verifies a 10,000-event stream', () => {
    const events = stream(10_000);
    expect(checkWith(events, headOf(events))).toEqual([]);
  });
});
