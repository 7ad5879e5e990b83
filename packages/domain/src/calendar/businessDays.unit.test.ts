import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  businessDayOnOrAfter,
  businessDaysBetween,
  isBusinessDay,
  nextBusinessDay,
  rollToBusinessDay,
} from './businessDays.ts';
import { parseInstant, stockholmTimeZone, wallClockAt } from './zonedTime.ts';

const stockholmDate = (instant: string) => wallClockAt(parseInstant(instant), stockholmTimeZone).date;

describe('isBusinessDay', () => {
  it.each([
    ['2026-04-03', 'långfredagen'],
    ['2026-04-06', 'annandag påsk'],
    ['2026-05-14', 'Kristi himmelsfärdsdag'],
    ['2029-06-06', 'nationaldagen on a Wednesday'],
    ['2026-06-19', 'midsommarafton 2026'],
    ['2027-06-25', 'midsommarafton 2027'],
    ['2026-12-24', 'julafton'],
    ['2026-12-25', 'juldagen'],
    ['2026-12-31', 'nyårsafton'],
    ['2027-01-01', 'nyårsdagen'],
    ['2027-01-06', 'trettondedag jul'],
    ['2026-05-01', 'första maj'],
    ['2026-06-20', 'a Saturday'],
    ['2026-06-21', 'a Sunday'],
  ])('%s is not a business day (%s)', (date) => {
    expect(isBusinessDay(date)).toBe(false);
  });

  it.each([
    ['2026-04-02', 'skärtorsdagen'],
    ['2026-04-07', 'the Tuesday after Easter'],
    ['2026-04-30', 'valborgsmässoafton'],
    ['2026-05-25', 'annandag pingst (no longer a holiday)'],
    ['2026-06-05', 'the Friday before nationaldagen'],
    ['2026-06-18', 'the day before midsommarafton'],
    ['2027-06-24', 'the day before midsommarafton 2027'],
    ['2026-12-23', 'the day before julafton'],
    ['2026-06-22', 'the Monday after midsommar'],
  ])('%s is a business day (%s)', (date) => {
    expect(isBusinessDay(date)).toBe(true);
  });

  it('rejects malformed dates', () => {
    expect(() => isBusinessDay('2026-06-31')).toThrow(RangeError);
  });
});

describe('nextBusinessDay', () => {
  it('skips weekends, holidays and the named eves', () => {
    expect(nextBusinessDay('2026-04-02')).toBe('2026-04-07');
    expect(nextBusinessDay('2026-05-13')).toBe('2026-05-15');
    expect(nextBusinessDay('2026-06-18')).toBe('2026-06-22');
    expect(nextBusinessDay('2026-12-23')).toBe('2026-12-28');
    expect(nextBusinessDay('2026-12-30')).toBe('2027-01-04');
    expect(nextBusinessDay('2026-06-22')).toBe('2026-06-23');
  });

  it('is strictly after; businessDayOnOrAfter keeps a business day', () => {
    expect(businessDayOnOrAfter('2026-06-22')).toBe('2026-06-22');
    expect(businessDayOnOrAfter('2026-06-19')).toBe('2026-06-22');
    expect(businessDayOnOrAfter('2026-03-07')).toBe('2026-03-09');
  });
});

describe('addBusinessDays', () => {
  it('skips Easter: Thursday before Good Friday + 1 is the Tuesday after Easter Monday', () => {
    expect(addBusinessDays('2026-04-02T07:00:00Z', 1)).toBe('2026-04-07T07:00:00.000Z');
  });

  it('skips Kristi himmelsfärdsdag', () => {
    expect(addBusinessDays('2026-05-13T12:00:00Z', 1)).toBe('2026-05-15T12:00:00.000Z');
  });

  it('skips midsommarafton and the weekend after it', () => {
    expect(addBusinessDays('2026-06-18T08:00:00Z', 1)).toBe('2026-06-22T08:00:00.000Z');
    expect(addBusinessDays('2027-06-24T08:00:00Z', 1)).toBe('2027-06-28T08:00:00.000Z');
  });

  it('skips Christmas and New Year', () => {
    expect(addBusinessDays('2026-12-23T09:00:00Z', 1)).toBe('2026-12-28T09:00:00.000Z');
    expect(addBusinessDays('2026-12-29T09:00:00Z', 2)).toBe('2027-01-04T09:00:00.000Z');
  });

  it('keeps the wall-clock time across the spring DST change (29 March 2026)', () => {
    // Friday 27 March 09:00 CET -> Monday 30 March 09:00 CEST.
    expect(addBusinessDays('2026-03-27T08:00:00Z', 1)).toBe('2026-03-30T07:00:00.000Z');
  });

  it('keeps the wall-clock time across the autumn DST change (25 October 2026)', () => {
    // Friday 23 October 09:00 CEST -> Monday 26 October 09:00 CET.
    expect(addBusinessDays('2026-10-23T07:00:00Z', 1)).toBe('2026-10-26T08:00:00.000Z');
  });

  it('counts by Stockholm dates, not UTC dates', () => {
    // Thursday 18 June 2026 23:30 in Stockholm (21:30 UTC) + 1 = Monday 22 June 23:30 in Stockholm.
    expect(addBusinessDays('2026-06-18T21:30:00Z', 1)).toBe('2026-06-22T21:30:00.000Z');
    // Friday 12 June 00:30 in Stockholm is Thursday 11 June in UTC.
    expect(addBusinessDays('2026-06-11T22:30:00Z', 1)).toBe('2026-06-14T22:30:00.000Z');
  });

  it('with 0 days keeps a business day and moves a Saturday to Monday', () => {
    expect(addBusinessDays('2026-06-22T08:00:00Z', 0)).toBe('2026-06-22T08:00:00.000Z');
    expect(addBusinessDays('2026-03-07T09:00:00Z', 0)).toBe('2026-03-09T09:00:00.000Z');
    expect(rollToBusinessDay('2026-06-19T08:00:00Z')).toBe('2026-06-22T08:00:00.000Z');
  });

  it('counts from a non-business day to the following business days', () => {
    expect(addBusinessDays('2026-03-07T09:00:00Z', 1)).toBe('2026-03-09T09:00:00.000Z');
    expect(addBusinessDays('2026-03-07T09:00:00Z', 2)).toBe('2026-03-10T09:00:00.000Z');
  });

  it('accepts instants with an offset and keeps milliseconds', () => {
    expect(addBusinessDays('2026-06-18T10:00:00.250+02:00', 1)).toBe('2026-06-22T08:00:00.250Z');
  });

  it('rejects negative or fractional days and bare local times', () => {
    expect(() => addBusinessDays('2026-06-18T08:00:00Z', -1)).toThrow(RangeError);
    expect(() => addBusinessDays('2026-06-18T08:00:00Z', 1.5)).toThrow(RangeError);
    expect(() => addBusinessDays('2026-06-18T08:00:00', 1)).toThrow(RangeError);
  });

  const instants = fc
    .integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2035, 11, 31) })
    .map((ms) => new Date(ms).toISOString());

  it('always lands on a business day, at the same wall-clock time, and is monotonic in n (property)', () => {
    fc.assert(
      fc.property(instants, fc.integer({ min: 0, max: 25 }), (instant, n) => {
        const result = addBusinessDays(instant, n);
        const next = addBusinessDays(instant, n + 1);
        expect(isBusinessDay(stockholmDate(result))).toBe(true);
        expect(parseInstant(next)).toBeGreaterThanOrEqual(parseInstant(result));
        if (n >= 1) expect(parseInstant(next)).toBeGreaterThan(parseInstant(result));
        expect(parseInstant(result)).toBeGreaterThanOrEqual(parseInstant(instant));
        const { date: _startDate, ...startTime } = wallClockAt(parseInstant(instant), stockholmTimeZone);
        const { date: _resultDate, ...resultTime } = wallClockAt(parseInstant(result), stockholmTimeZone);
        expect(resultTime).toEqual(startTime);
      }),
      { numRuns: 200 },
    );
  });

  it('is undone by businessDaysBetween (property)', () => {
    fc.assert(
      fc.property(instants, fc.integer({ min: 1, max: 25 }), (instant, n) => {
        expect(businessDaysBetween(instant, addBusinessDays(instant, n))).toBe(n);
      }),
      { numRuns: 100 },
    );
  });
});

describe('businessDaysBetween', () => {
  // Due Thursday 18 June 2026 at 10:00 Stockholm time; midsommarafton and the weekend follow.
  const due = '2026-06-18T08:00:00Z';

  it('counts whole business days past the due time', () => {
    expect(businessDaysBetween(due, '2026-06-18T15:00:00Z')).toBe(0);
    expect(businessDaysBetween(due, '2026-06-21T20:00:00Z')).toBe(0);
    expect(businessDaysBetween(due, '2026-06-22T07:59:59Z')).toBe(0);
    expect(businessDaysBetween(due, '2026-06-22T08:00:00Z')).toBe(1);
    expect(businessDaysBetween(due, '2026-06-26T08:00:00Z')).toBe(5);
  });

  it('is 0 when the second instant is not later', () => {
    expect(businessDaysBetween(due, due)).toBe(0);
    expect(businessDaysBetween(due, '2026-06-01T08:00:00Z')).toBe(0);
  });
});
