import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonicalJson.ts';
import type { Json } from './port.ts';

/** JSON values that survive a JSON round trip unchanged (no -0, which JSON writes as 0). */
const jsonValue: fc.Arbitrary<Json> = fc
  .jsonValue({ noUnicodeString: false })
  .map((value) => withoutNegativeZero(value as Json));

function withoutNegativeZero(value: Json): Json {
  if (Object.is(value, -0)) return 0;
  if (Array.isArray(value)) return value.map(withoutNegativeZero);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withoutNegativeZero(item)]));
}

function shuffleKeys(value: Json, seed: number): Json {
  if (Array.isArray(value)) return value.map((item, index) => shuffleKeys(item, seed + index));
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value);
  const rotated =
    entries.length === 0
      ? entries
      : [...entries.slice(seed % entries.length), ...entries.slice(0, seed % entries.length)];
  return Object.fromEntries(rotated.reverse().map(([key, item]) => [key, shuffleKeys(item, seed + 1)]));
}

describe('canonicalJson', () => {
  it('sorts keys and leaves out whitespace', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'x'], c: { z: 1, y: 2 } })).toBe(
      '{"a":[true,null,"x"],"b":1,"c":{"y":2,"z":1}}',
    );
  });

  it('serialises numbers and strings as RFC 8785 does', () => {
    expect(canonicalJson([1e21, 1e-7, 0.1, -0, 100, 4.5])).toBe('[1e+21,1e-7,0.1,0,100,4.5]');
    expect(canonicalJson('Åsa Öberg ⚠️ 中文 "q" \u0001')).toBe('"Åsa Öberg ⚠️ 中文 \\"q\\" \\u0001"');
  });

  it('orders keys by UTF-16 code units', () => {
    expect(canonicalJson({ '\u20ac': 1, '\r': 2, '\ud83d\ude00': 3, '1': 4, a: 5 })).toBe(
      '{"\\r":2,"1":4,"a":5,"€":1,"😀":3}',
    );
  });

  it('refuses values JSON cannot carry', () => {
    expect(() => canonicalJson(Number.NaN)).toThrow();
    expect(() => canonicalJson({ x: Number.POSITIVE_INFINITY })).toThrow();
    expect(() => canonicalJson('\ud800')).toThrow();
    expect(() => canonicalJson({ text: 'before \udc00 after' })).toThrow(TypeError);
    expect(canonicalJson(['a\ud83d\ude00b'])).toBe('["a😀b"]');
  });

  it('is the value written member by member with its keys sorted (the plain way, as a reference)', () => {
    const plain = (value: Json): string =>
      Array.isArray(value)
        ? `[${value.map(plain).join(',')}]`
        : value === null || typeof value !== 'object'
          ? JSON.stringify(value)
          : `{${Object.keys(value)
              .sort()
              .map((key) => `${JSON.stringify(key)}:${plain(value[key] as Json)}`)
              .join(',')}}`;
    fc.assert(
      fc.property(jsonValue, (value) => {
        expect(canonicalJson(value)).toBe(plain(value));
      }),
      { numRuns: 500 },
    );
  });

  it('does not depend on key order', () => {
    fc.assert(
      fc.property(jsonValue, fc.nat(), (value, seed) => {
        expect(canonicalJson(shuffleKeys(value, seed))).toBe(canonicalJson(value));
      }),
    );
  });

  it('parses back to the same value', () => {
    fc.assert(
      fc.property(jsonValue, (value) => {
        expect(JSON.parse(canonicalJson(value))).toStrictEqual(value);
      }),
    );
  });
});

describe('canonicalJson input checks', () => {
  it('treats an undefined object member as absent, as JSON.stringify does', () => {
    expect(canonicalJson({ b: undefined, a: 1 } as unknown as Json)).toBe('{"a":1}');
    expect(canonicalJson({ a: undefined, b: 1, c: undefined, d: 2 } as unknown as Json)).toBe(
      '{"b":1,"d":2}',
    );
  });

  it('refuses what is not JSON', () => {
    expect(() => canonicalJson({ at: new Date(0) } as unknown as Json)).toThrow(TypeError);
    expect(() => canonicalJson([undefined] as unknown as Json)).toThrow(TypeError);
    expect(() => canonicalJson(undefined as unknown as Json)).toThrow(TypeError);
    expect(() => canonicalJson([() => 1] as unknown as Json)).toThrow(TypeError);
  });
});
