import type { RecordedEvent as ClientRecordedEvent } from '@eventstore/db-client';
import { describe, expect, it } from 'vitest';
import { decodeCheckpoint } from './checkpoint.ts';
import { STORE_METADATA_KEY } from './storeMetadata.ts';
import { idempotencyStreamName } from './streamNames.ts';
import { MissingPositionError, toRecordedEvent } from './toRecordedEvent.ts';

// The shape @eventstore/db-client gives a JSON event read from the server (see its convertGrpcEvent).
function clientEvent(overrides: Partial<Record<keyof ClientRecordedEvent, unknown>>): ClientRecordedEvent {
  return {
    streamId: 'ns/relocation-1',
    id: '0b6c6f7e-8f3c-4b1e-9d1b-1c2d3e4f5a6b',
    isJson: true,
    revision: 3n,
    type: 'RelocationSubmitted',
    created: new Date('2026-11-23T10:00:00.000Z'),
    data: { urgency: 'acute', note: 'Örebro' },
    metadata: { userId: 'u-1', [STORE_METADATA_KEY]: { hash: 'h3', previousHash: 'h2' } },
    position: { commit: 4_096n, prepare: 4_000n },
    ...overrides,
  } as ClientRecordedEvent;
}

describe('toRecordedEvent', () => {
  it('maps a stored event to the port, splitting the hash chain out of the metadata', () => {
    const recorded = toRecordedEvent('ns/', clientEvent({}));
    expect(recorded).toEqual({
      id: '0b6c6f7e-8f3c-4b1e-9d1b-1c2d3e4f5a6b',
      type: 'RelocationSubmitted',
      data: { urgency: 'acute', note: 'Örebro' },
      metadata: { userId: 'u-1' },
      streamName: 'relocation-1',
      revision: 3,
      globalPosition: 4_096n,
      checkpoint: 'kurrentdb:4096:4000',
      recordedAt: new Date('2026-11-23T10:00:00.000Z'),
      hash: 'h3',
      previousHash: 'h2',
    });
    expect(decodeCheckpoint(recorded?.checkpoint ?? '')).toEqual({ commit: 4_096n, prepare: 4_000n });
  });

  it('keeps JSON scalars as data', () => {
    expect(toRecordedEvent('ns/', clientEvent({ data: null }))?.data).toBeNull();
    expect(toRecordedEvent('ns/', clientEvent({ data: 12 }))?.data).toBe(12);
  });

  it('leaves out what is not an event of this store', () => {
    expect(toRecordedEvent('ns/', clientEvent({ streamId: 'other/relocation-1' }))).toBeUndefined();
    expect(
      toRecordedEvent('', clientEvent({ streamId: '$$ns/relocation-1', type: '$metadata' })),
    ).toBeUndefined();
    expect(toRecordedEvent('ns/', clientEvent({ type: '$>' }))).toBeUndefined();
    expect(toRecordedEvent('', clientEvent({ streamId: idempotencyStreamName('ab') }))).toBeUndefined();
    expect(toRecordedEvent('ns/', clientEvent({ isJson: false, data: new Uint8Array([1]) }))).toBeUndefined();
  });

  it('shows an event written around the store with an empty hash, so that verify reports it', () => {
    const recorded = toRecordedEvent('ns/', clientEvent({ metadata: { userId: 'u-1' } }));
    expect(recorded?.hash).toBe('');
    expect(recorded?.previousHash).toBeNull();
    expect(recorded?.metadata).toEqual({ userId: 'u-1' });
  });

  it('refuses an event without a log position (servers older than 22.6)', () => {
    expect(() => toRecordedEvent('ns/', clientEvent({ position: undefined }))).toThrow(MissingPositionError);
    const unknown = { commit: 2n ** 64n - 1n, prepare: 2n ** 64n - 1n };
    expect(() => toRecordedEvent('ns/', clientEvent({ position: unknown }))).toThrow(MissingPositionError);
  });
});
