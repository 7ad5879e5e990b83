import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import {
  type DurationSpec,
  durationSpecSchema,
  formatDurationSpec,
  parseDurationSpec,
} from './durationSpec.ts';
import { isExactDuration, isIsoDuration, parseIsoDuration } from './isoDuration.ts';

describe('duration specs', () => {
  it('yields a DurationSpec', () => {
    expectTypeOf<z.output<typeof durationSpecSchema>>().toEqualTypeOf<DurationSpec>();
  });

  it.each([
    ['2bd', { kind: 'businessDays', days: 2 }],
    ['2 bd', { kind: 'businessDays', days: 2 }],
    ['10 business days', { kind: 'businessDays', days: 10 }],
    ['1 business day', { kind: 'businessDays', days: 1 }],
    [' 5 BD ', { kind: 'businessDays', days: 5 }],
    ['P1M', { kind: 'iso', duration: 'P1M' }],
    ['PT5S', { kind: 'iso', duration: 'PT5S' }],
    ['P2DT3H', { kind: 'iso', duration: 'P2DT3H' }],
    ['pt30s', { kind: 'iso', duration: 'PT30S' }],
    [
      { kind: 'businessDays', days: 0 },
      { kind: 'businessDays', days: 0 },
    ],
    [
      { kind: 'iso', duration: 'P6M' },
      { kind: 'iso', duration: 'P6M' },
    ],
  ])('reads %j', (input, expected) => {
    expect(durationSpecSchema.parse(input)).toEqual(expected);
  });

  it.each([
    ['soon', /Not a duration: "soon"/],
    ['P', /Not a duration/],
    ['PT', /Not a duration/],
    ['P-1D', /Not a duration/],
    ['-P1D', /Not a duration/],
    ['P1.5D', /Not a duration/],
    ['xP1D', /Not a duration/],
    ['-2bd', /Not a duration/],
    [5, /Not a duration: 5/],
    [{ kind: 'businessDays', days: -1 }, /cannot be negative/],
    [{ kind: 'businessDays', days: 1.5 }, /whole number/],
    [{ kind: 'businessDays', days: 100000 }, /cannot exceed/],
    [{ kind: 'iso', duration: 'one month' }, /Not an ISO-8601 duration/],
    [{ kind: 'weeks', days: 2 }, /Not a duration/],
  ])('rejects %j', (input, message) => {
    const result = durationSpecSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(message);
  });

  it('formats back to the compact form', () => {
    expect(formatDurationSpec({ kind: 'businessDays', days: 2 })).toBe('2bd');
    expect(formatDurationSpec({ kind: 'iso', duration: 'P1M' })).toBe('P1M');
    expect(parseDurationSpec(formatDurationSpec({ kind: 'businessDays', days: 7 }))).toEqual({
      kind: 'businessDays',
      days: 7,
    });
  });
});

describe('ISO-8601 durations', () => {
  it('parses every unit', () => {
    expect(parseIsoDuration('P1Y2M3W4DT5H6M7.5S')).toEqual({
      years: 1,
      months: 2,
      weeks: 3,
      days: 4,
      hours: 5,
      minutes: 6,
      seconds: 7.5,
    });
    expect(parseIsoDuration('PT30S')).toMatchObject({ days: 0, seconds: 30 });
  });

  it('tells exact (time-only) durations from calendar ones', () => {
    expect(isExactDuration('PT30S')).toBe(true);
    expect(isExactDuration('PT1H30M')).toBe(true);
    expect(isExactDuration('P1D')).toBe(false);
    expect(isExactDuration('P2DT3H')).toBe(false);
  });

  it('accepts only the unsigned subset with whole units', () => {
    expect(isIsoDuration('P1W')).toBe(true);
    expect(isIsoDuration('PT0.25S')).toBe(true);
    expect(isIsoDuration('P1DT')).toBe(false);
    expect(isIsoDuration('P1D ')).toBe(false);
    expect(isIsoDuration('PT1.5H')).toBe(false);
    expect(() => parseIsoDuration('1 month')).toThrow(RangeError);
  });
});
