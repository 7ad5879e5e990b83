import { InvalidCheckpointError } from '@relocation/event-store';
import { describe, expect, it } from 'vitest';
import { comparePositions, decodeCheckpoint, encodeCheckpoint } from './checkpoint.ts';

describe('checkpoint', () => {
  it('round-trips commit and prepare positions, including ones beyond 2^53', () => {
    const position = { commit: 2n ** 63n - 1n, prepare: 9_007_199_254_740_993n };
    const checkpoint = encodeCheckpoint(position);
    expect(checkpoint).toBe('kurrentdb:9223372036854775807:9007199254740993');
    expect(decodeCheckpoint(checkpoint)).toEqual(position);
  });

  it('encodes the start of the log', () => {
    expect(decodeCheckpoint(encodeCheckpoint({ commit: 0n, prepare: 0n }))).toEqual({
      commit: 0n,
      prepare: 0n,
    });
  });

  it.each([
    '',
    '12:34',
    'kurrentdb:12',
    'kurrentdb:-1:0',
    'kurrentdb:01:2',
    'kurrentdb:1:2:3',
    'kurrentdb:1.5:2',
  ])('rejects %j', (checkpoint) => {
    expect(() => decodeCheckpoint(checkpoint)).toThrow(InvalidCheckpointError);
  });

  it('refuses a negative position', () => {
    expect(() => encodeCheckpoint({ commit: -1n, prepare: 0n })).toThrow(RangeError);
  });

  it('orders positions by commit, then prepare', () => {
    expect(comparePositions({ commit: 1n, prepare: 9n }, { commit: 2n, prepare: 0n })).toBe(-1);
    expect(comparePositions({ commit: 2n, prepare: 0n }, { commit: 1n, prepare: 9n })).toBe(1);
    expect(comparePositions({ commit: 5n, prepare: 3n }, { commit: 5n, prepare: 4n })).toBe(-1);
    expect(comparePositions({ commit: 5n, prepare: 4n }, { commit: 5n, prepare: 4n })).toBe(0);
  });
});
