import { ANY, NO_STREAM } from '@eventstore/db-client';
import { describe, expect, it } from 'vitest';
import {
  fromClientCurrentRevision,
  toClientCurrentRevision,
  toClientExpectedRevision,
} from './expectedRevision.ts';

describe('expected revision mapping', () => {
  it('sends NO_STREAM for a stream without events', () => {
    expect(toClientExpectedRevision('no_stream')).toBe(NO_STREAM);
  });

  it('sends the exact revision read as a bigint, never ANY', () => {
    expect(toClientExpectedRevision(0)).toBe(0n);
    expect(toClientExpectedRevision(41)).toBe(41n);
    expect(toClientExpectedRevision(41)).not.toBe(ANY);
  });

  it("maps the server's current revision back to the port's numbering", () => {
    expect(fromClientCurrentRevision(NO_STREAM)).toBe('no_stream');
    expect(fromClientCurrentRevision(7n)).toBe(7);
  });

  it('turns a revision read from the stream into a client current revision', () => {
    expect(toClientCurrentRevision(undefined)).toBe(NO_STREAM);
    expect(toClientCurrentRevision(3)).toBe(3n);
    expect(fromClientCurrentRevision(toClientCurrentRevision(3))).toBe(3);
  });
});
