import { describe, expect, it } from 'vitest';
import { appendedPayload, isOthersAppend } from './appendSignal.ts';

describe('append notifications', () => {
  it('wake a store for another instance’s append to its schema', () => {
    expect(isOthersAppend(appendedPayload('event_store', 'b'), 'event_store', 'a')).toBe(true);
  });

  it('do not wake the store that sent them (its watchers were woken in process)', () => {
    expect(isOthersAppend(appendedPayload('event_store', 'a'), 'event_store', 'a')).toBe(false);
  });

  it('do not wake a store on another schema', () => {
    expect(isOthersAppend(appendedPayload('other', 'b'), 'event_store', 'a')).toBe(false);
    expect(isOthersAppend('other', 'event_store', 'a')).toBe(false);
    expect(isOthersAppend('event_store_2\nb', 'event_store', 'a')).toBe(false);
  });

  it('wake a store for the schema alone, as a process of an earlier version sends it', () => {
    expect(isOthersAppend('event_store', 'event_store', 'a')).toBe(true);
  });
});
