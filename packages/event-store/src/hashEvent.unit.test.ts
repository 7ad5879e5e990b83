import { describe, expect, it } from 'vitest';
import { chainEvents } from './chainEvents.ts';
import { hashEvent, type HashEventInput } from './hashEvent.ts';

const base: HashEventInput = {
  streamName: 'relocation-1',
  revision: 0,
  id: '0b7c5d0e-7c38-4f0e-9d57-2f1b8f0c1a11',
  type: 'RelocationInitiated',
  data: { urgency: 'acute', household: [{ age: 7 }] },
  metadata: { correlationId: 'c-1', actor: { organisation: 'municipality:0180' } },
  previousHash: null,
};

describe('hashEvent', () => {
  it('is the SHA-256 hex of the canonical content', () => {
    const hash = hashEvent(base);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    // Key order of the input objects does not matter.
    expect(
      hashEvent({
        ...base,
        data: { household: [{ age: 7 }], urgency: 'acute' },
        metadata: { actor: { organisation: 'municipality:0180' }, correlationId: 'c-1' },
      }),
    ).toBe(hash);
  });

  it('is stable across releases', () => {
    expect(hashEvent({ ...base, data: {}, metadata: {} })).toBe(
      // sha256 of {"data":{},"id":"0b7c…1a11","metadata":{},"previousHash":null,"revision":0,"streamName":"relocation-1","type":"RelocationInitiated"}
      '8aa3a78bf4152952a5dc7aa298ec7d6208df368725d6f38e56c7ce49051edb4f',
    );
  });

  it('changes with every hashed field', () => {
    const hash = hashEvent(base);
    const variants: HashEventInput[] = [
      { ...base, streamName: 'relocation-2' },
      { ...base, revision: 1 },
      { ...base, id: 'other' },
      { ...base, type: 'Other' },
      { ...base, data: { urgency: 'planned', household: [{ age: 7 }] } },
      { ...base, metadata: { correlationId: 'c-2', actor: { organisation: 'municipality:0180' } } },
      { ...base, previousHash: 'a'.repeat(64) },
    ];
    for (const variant of variants) expect(hashEvent(variant)).not.toBe(hash);
  });
});

describe('chainEvents', () => {
  it('numbers a batch from the head and chains each hash to the one before', () => {
    const events = [1, 2, 3].map((n) => ({ id: `e${n}`, type: 'T', data: n, metadata: {} }));
    const first = chainEvents('s', undefined, events.slice(0, 1));
    expect(first[0]).toMatchObject({ revision: 0, previousHash: null });
    const head = { revision: 0, hash: first[0]?.hash ?? '' };
    const rest = chainEvents('s', head, events.slice(1));
    expect(rest.map((event) => event.revision)).toEqual([1, 2]);
    expect(rest[0]?.previousHash).toBe(head.hash);
    expect(rest[1]?.previousHash).toBe(rest[0]?.hash);
    expect(rest[1]?.hash).toBe(
      hashEvent({
        streamName: 's',
        revision: 2,
        id: 'e3',
        type: 'T',
        data: 3,
        metadata: {},
        previousHash: rest[0]?.hash ?? null,
      }),
    );
  });
});
