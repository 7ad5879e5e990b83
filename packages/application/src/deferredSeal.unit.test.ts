import type { DomainEvent, SealedEnvelope } from '@relocation/domain';
import { describe, expect, it } from 'vitest';
import { deferredSeal } from './deferredSeal.ts';

const envelope = (ct: string): SealedEnvelope => ({
  v: 1,
  alg: 'A256GCM',
  keyId: 'k',
  iv: 'i',
  ct,
  tag: 't',
});
const event = (data: unknown) => ({ type: 'Any', data, metadata: {} }) as unknown as DomainEvent;

describe('deferredSeal', () => {
  it('replaces each placeholder, wherever it is in the data, by one envelope sealed with its field', () => {
    const sealing = deferredSeal();
    const person = sealing.seal('case', 'person', { name: 'Test Testsson' });
    const note = sealing.seal('case', 'note', 'free text');
    expect(sealing.needed()).toBe(true);
    const calls: string[] = [];
    const [first, second] = sealing.sealEvents(
      [event({ person, list: [{ note }], plain: 1 }), event({ again: person, none: null })],
      (field, value) => {
        calls.push(`${field}=${JSON.stringify(value)}`);
        return envelope(field);
      },
    );
    expect(calls).toEqual(['person={"name":"Test Testsson"}', 'note="free text"']);
    expect(first?.data).toEqual({ person: envelope('person'), list: [{ note: envelope('note') }], plain: 1 });
    expect(second?.data).toEqual({ again: envelope('person'), none: null });
  });

  it('needs no key when nothing was sealed, and fails when a placeholder did not reach the events', () => {
    expect(deferredSeal().needed()).toBe(false);
    const sealing = deferredSeal();
    sealing.seal('case', 'person', 'x');
    expect(() => sealing.sealEvents([event({})], () => envelope('x'))).toThrow(/not in the events/);
  });
});
