import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  formatInstant,
  instantOfWallClock,
  isInstant,
  parseInstant,
  stockholmTimeZone,
  wallClockAt,
  wallClockFromIntl,
} from './zonedTime.ts';

const at = (date: string, hour: number, minute = 0) =>
  formatInstant(instantOfWallClock({ date, hour, minute, second: 0, millisecond: 0 }, stockholmTimeZone));

describe('Stockholm wall clock', () => {
  it('reads winter (+01:00) and summer (+02:00) time', () => {
    expect(wallClockAt(parseInstant('2026-01-15T08:00:00Z'), stockholmTimeZone)).toMatchObject({
      date: '2026-01-15',
      hour: 9,
    });
    expect(wallClockAt(parseInstant('2026-07-15T08:00:00Z'), stockholmTimeZone)).toMatchObject({ hour: 10 });
    expect(wallClockAt(parseInstant('2026-12-31T23:30:00Z'), stockholmTimeZone)).toMatchObject({
      date: '2027-01-01',
      hour: 0,
      minute: 30,
    });
  });

  it('turns a wall clock back into an instant on both sides of the DST changes', () => {
    expect(at('2026-03-28', 9)).toBe('2026-03-28T08:00:00.000Z');
    expect(at('2026-03-30', 9)).toBe('2026-03-30T07:00:00.000Z');
    expect(at('2026-10-24', 9)).toBe('2026-10-24T07:00:00.000Z');
    expect(at('2026-10-26', 9)).toBe('2026-10-26T08:00:00.000Z');
  });

  it('pushes a time inside the spring-forward gap forward, and takes the earlier of a repeated hour', () => {
    expect(at('2026-03-29', 2, 30)).toBe('2026-03-29T01:30:00.000Z'); // 03:30 summer time
    expect(at('2026-10-25', 2, 30)).toBe('2026-10-25T00:30:00.000Z'); // the first 02:30 (summer time)
  });

  it('requires an explicit offset so the process time zone never matters', () => {
    expect(isInstant('2026-06-19T09:00:00Z')).toBe(true);
    expect(isInstant('2026-06-19T09:00:00.123+02:00')).toBe(true);
    expect(isInstant('2026-06-19T09:00:00')).toBe(false);
    expect(isInstant('2026-06-19')).toBe(false);
    expect(() => parseInstant('tomorrow')).toThrow(RangeError);
    expect(parseInstant('2026-06-19T11:00:00+02:00')).toBe(parseInstant('2026-06-19T09:00:00Z'));
  });
});

describe('wallClockAt with its cached offsets', () => {
  it('reads every instant as Intl does, across DST changes and zones with half-hour offsets', () => {
    const zones = [stockholmTimeZone, 'UTC', 'Asia/Kolkata', 'America/St_Johns', 'Australia/Lord_Howe'];
    const from = Date.parse('1975-01-01T00:00:00Z');
    const to = Date.parse('2090-01-01T00:00:00Z');
    fc.assert(
      fc.property(fc.integer({ min: from, max: to }), fc.constantFrom(...zones), (epochMs, zone) => {
        expect(wallClockAt(epochMs, zone)).toEqual(wallClockFromIntl(epochMs, zone));
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees with Intl minute by minute around the Stockholm changes of 2026', () => {
    for (const change of ['2026-03-29T01:00:00Z', '2026-10-25T01:00:00Z']) {
      const at = Date.parse(change);
      for (let ms = at - 3_600_000; ms <= at + 3_600_000; ms += 60_000 - 1) {
        expect(wallClockAt(ms, stockholmTimeZone)).toEqual(wallClockFromIntl(ms, stockholmTimeZone));
      }
    }
  });

  it('reads a whole year as Intl does, the days with a change and the days without', () => {
    // Offsets are cached per day when a day has no change; every half hour (at :07 and :37) of 2026 in zones
    // that change by an hour, by half an hour, and at local times that are not whole UTC hours.
    const from = Date.parse('2026-01-01T00:07:00Z');
    const to = Date.parse('2027-01-01T00:00:00Z');
    for (const zone of [stockholmTimeZone, 'Australia/Lord_Howe', 'America/St_Johns']) {
      for (let ms = from; ms < to; ms += 1_800_000) {
        expect(wallClockAt(ms, zone)).toEqual(wallClockFromIntl(ms, zone));
      }
    }
  });
});
