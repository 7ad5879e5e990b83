import { describe, expect, it } from 'vitest';
import { computeDueAt } from './dueAt.ts';

const iso = (duration: string) => ({ kind: 'iso', duration }) as const;
const bd = (days: number) => ({ kind: 'businessDays', days }) as const;

describe('computeDueAt', () => {
  it('business days: two business days after a Thursday submission before Easter', () => {
    // Thursday 2 April 2026 14:00 CEST + 2 business days: skips Good Friday, Easter and Easter Monday.
    expect(computeDueAt('2026-04-02T12:00:00Z', bd(2))).toBe('2026-04-08T12:00:00.000Z');
  });

  it('a deadline falling on a Saturday moves to Monday at the same time', () => {
    // Tuesday 3 March 2026 10:00 CET + 4 days = Saturday 7 March -> Monday 9 March 10:00.
    expect(computeDueAt('2026-03-03T09:00:00Z', iso('P4D'))).toBe('2026-03-09T09:00:00.000Z');
  });

  it('a deadline falling on midsommarafton moves to Monday 22 June 2026', () => {
    // Friday 12 June 2026 10:00 CEST + 1 week = midsommarafton 19 June.
    expect(computeDueAt('2026-06-12T08:00:00Z', iso('P1W'))).toBe('2026-06-22T08:00:00.000Z');
  });

  it('a deadline falling on julafton moves past the Christmas holidays', () => {
    expect(computeDueAt('2026-12-17T09:00:00Z', iso('P7D'))).toBe('2026-12-28T09:00:00.000Z');
  });

  it('a deadline falling on nyårsafton moves past nyårsdagen and the weekend', () => {
    // Tuesday 1 December 2026 10:00 + 30 days = nyårsafton (Thursday) -> Monday 4 January 2027 10:00.
    expect(computeDueAt('2026-12-01T09:00:00Z', iso('P30D'))).toBe('2027-01-04T09:00:00.000Z');
  });

  it('P1M from 31 January ends at the end of February (then the Saturday moves to Monday)', () => {
    expect(computeDueAt('2028-01-31T09:00:00Z', iso('P1M'))).toBe('2028-02-29T09:00:00.000Z');
    expect(computeDueAt('2026-01-31T09:00:00Z', iso('P1M'))).toBe('2026-03-02T09:00:00.000Z');
  });

  it('adds months on the Stockholm date: 1 Feb 00:30 local (31 Jan in UTC) + P1M is 1 March, a Sunday -> Monday', () => {
    expect(computeDueAt('2026-01-31T23:30:00Z', iso('P1M'))).toBe('2026-03-01T23:30:00.000Z');
  });

  it('keeps the wall-clock time across DST: P1D from Saturday 28 March to Monday 30 March 2026', () => {
    // Saturday 28 March 09:00 CET + 1 day = Sunday (DST day) -> Monday 30 March 09:00 CEST.
    expect(computeDueAt('2026-03-28T08:00:00Z', iso('P1D'))).toBe('2026-03-30T07:00:00.000Z');
    // Friday 23 October 09:00 CEST + 3 days = Monday 26 October 09:00 CET.
    expect(computeDueAt('2026-10-23T07:00:00Z', iso('P3D'))).toBe('2026-10-26T08:00:00.000Z');
  });

  it('business days keep the wall-clock time across DST too', () => {
    expect(computeDueAt('2026-03-27T08:00:00Z', bd(1))).toBe('2026-03-30T07:00:00.000Z');
    expect(computeDueAt('2026-10-23T07:00:00Z', bd(1))).toBe('2026-10-26T08:00:00.000Z');
  });

  it('PT30S is exact and never moved, even onto midsommarafton', () => {
    expect(computeDueAt('2026-06-18T08:00:00Z', iso('PT30S'))).toBe('2026-06-18T08:00:30.000Z');
    // Thursday 23:59:50 + 30 s = midsommarafton 00:00:20, and stays there.
    expect(computeDueAt('2026-06-18T21:59:50Z', iso('PT30S'))).toBe('2026-06-18T22:00:20.000Z');
    expect(computeDueAt('2026-06-19T08:00:00Z', iso('PT0.5S'))).toBe('2026-06-19T08:00:00.500Z');
  });

  it('PT hours are elapsed time across the DST change', () => {
    // Saturday 28 March 2026 23:00 CET + 24 h = Monday 00:00 CEST (the night has only 23 hours).
    expect(computeDueAt('2026-03-28T22:00:00Z', iso('PT24H'))).toBe('2026-03-29T22:00:00.000Z');
  });

  it('P2DT3H adds the days on the calendar, then the hours, then moves off a non-business day', () => {
    // Monday 15 June 10:00 + 2 days 3 hours = Wednesday 17 June 13:00.
    expect(computeDueAt('2026-06-15T08:00:00Z', iso('P2DT3H'))).toBe('2026-06-17T11:00:00.000Z');
    // Wednesday 17 June 22:00 + 1 day 3 hours = midsommarafton 01:00 -> Monday 22 June 01:00.
    expect(computeDueAt('2026-06-17T20:00:00Z', iso('P1DT3H'))).toBe('2026-06-21T23:00:00.000Z');
  });

  it('follow-ups at 1, 3 and 6 months after arrival', () => {
    const arrival = '2026-02-16T09:00:00Z'; // Monday 16 February 2026, 10:00
    expect(computeDueAt(arrival, iso('P1M'))).toBe('2026-03-16T09:00:00.000Z');
    expect(computeDueAt(arrival, iso('P3M'))).toBe('2026-05-18T08:00:00.000Z'); // 16 May is a Saturday
    expect(computeDueAt(arrival, iso('P6M'))).toBe('2026-08-17T08:00:00.000Z'); // 16 August is a Sunday
  });
});
