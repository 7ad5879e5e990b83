import type { RecordedEvent } from '@relocation/event-store';
import { describe, expect, it } from 'vitest';
import { runCommands } from '../testing/decideRunner.ts';
import { happyPath, relocationId } from '../testing/fixtures.ts';
import {
  decodeRelocationEvent,
  encodeRelocationEvent,
  relocationIdOfStream,
  relocationStreamName,
  relocationStreamPrefix,
  requestOf,
  UnreadableEventError,
} from './relocationStream.ts';

const { events } = runCommands(happyPath());

/** The events as a store would hand them back: the encoded event with its place in the stream and the feed. */
const stored = (streamName = relocationStreamName(relocationId)) =>
  events.map((event, revision) => ({
    ...encodeRelocationEvent(event, { request: 'fingerprint', traceparent: '00-trace-span-01' }),
    streamName,
    revision,
    globalPosition: BigInt(100 + revision),
  }));

describe('the relocation stream', () => {
  it('names a case by its id and reads the id back', () => {
    expect(relocationStreamName(relocationId)).toBe(`relocation-${relocationId}`);
    expect(relocationStreamName(relocationId).startsWith(relocationStreamPrefix)).toBe(true);
    expect(relocationIdOfStream(relocationStreamName(relocationId))).toBe(relocationId);
  });

  it('keeps the id as the stream spells it', () => {
    const upper = relocationId.toUpperCase();
    expect(relocationIdOfStream(`relocation-${upper}`)).toBe(upper);
  });

  it('is a case only when the rest of the name is a uuid, whatever shares the prefix', () => {
    expect(relocationIdOfStream('relocation-idempotency-9f86d081884c7d659a2feaa0c55ad015')).toBeNull();
    expect(relocationIdOfStream('relocation-1')).toBeNull();
    expect(relocationIdOfStream(`relocation-${relocationId}-x`)).toBeNull();
    expect(relocationIdOfStream(`x-relocation-${relocationId}`)).toBeNull();
    expect(relocationIdOfStream('provider-register')).toBeNull();
    expect(relocationIdOfStream(relocationId)).toBeNull();
  });
});

describe('stored relocation events', () => {
  it('round-trip every event of a case, with the store metadata split off again', () => {
    expect(stored().map(decodeRelocationEvent)).toEqual(events);
  });

  it('keep the schema version, the event id and what the command side stores beside the event', () => {
    const [first] = stored();
    expect(first?.id).toBe(events[0]?.metadata.eventId);
    expect(first?.metadata).toMatchObject({ version: events[0]?.version, request: 'fingerprint' });
    expect(requestOf(first!)).toBe('fingerprint');
    expect(first?.metadata.traceparent).toBe('00-trace-span-01');
    const plain = encodeRelocationEvent(events[0]!);
    expect(Object.keys(plain.metadata)).not.toContain('request');
    expect(requestOf(plain)).toBeUndefined();
    expect(Object.keys(plain.metadata)).not.toContain('traceparent');
  });

  it('read an event stored before the version key as version 1 and upcast it', () => {
    const assessed = stored().find((event) => event.type === 'ThreatAssessmentRecorded')!;
    const { version: _version, ...metadata } = assessed.metadata;
    const { track: _track, ...dataV1 } = assessed.data as Record<string, RecordedEvent['data']>;
    const event = decodeRelocationEvent({ ...assessed, metadata, data: dataV1 });
    expect(event).toMatchObject({ type: 'ThreatAssessmentRecorded', data: { track: 'defector' } });
  });

  it('refuse an event that is not a domain event, naming where without its values', () => {
    const [first] = stored();
    const damaged = { ...first!, data: { ...(first!.data as object), relocationId: 'Åsa Öberg' } };
    let thrown: unknown;
    try {
      decodeRelocationEvent(damaged);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(UnreadableEventError);
    const error = thrown as UnreadableEventError;
    expect(error).toMatchObject({ code: 'UNREADABLE_EVENT', streamName: first!.streamName, revision: 0 });
    expect(error.globalPosition).toBe(100n);
    expect(error.message).toContain('invalid at data.relocationId');
    expect(error.message).not.toContain('Åsa');
    expect(() => decodeRelocationEvent({ ...first!, type: 'SomethingNew' })).toThrow(UnreadableEventError);
    expect(() =>
      decodeRelocationEvent({ ...first!, metadata: { ...first!.metadata, version: '2' } }),
    ).toThrow(UnreadableEventError);
  });
});
