import { describe, expect, it } from 'vitest';
import { midsummerEve, swedishHolidayOn, swedishHolidaysOf } from './swedishHolidays.ts';

describe('Swedish holidays and named eves', () => {
  it.each([
    ['2026-01-01', 'nyårsdagen'],
    ['2026-01-06', 'trettondedag jul'],
    ['2026-04-03', 'långfredagen'],
    ['2026-04-05', 'påskdagen'],
    ['2026-04-06', 'annandag påsk'],
    ['2026-05-01', 'första maj'],
    ['2026-05-14', 'Kristi himmelsfärdsdag'],
    ['2026-05-24', 'pingstdagen'],
    ['2026-06-06', 'nationaldagen'],
    ['2026-06-19', 'midsommarafton'],
    ['2026-06-20', 'midsommardagen'],
    ['2026-10-31', 'alla helgons dag'],
    ['2026-12-24', 'julafton'],
    ['2026-12-25', 'juldagen'],
    ['2026-12-26', 'annandag jul'],
    ['2026-12-31', 'nyårsafton'],
    ['2027-03-26', 'långfredagen'],
    ['2027-03-29', 'annandag påsk'],
    ['2027-05-06', 'Kristi himmelsfärdsdag'],
    ['2027-06-25', 'midsommarafton'],
  ])('%s is %s', (date, name) => {
    expect(swedishHolidayOn(date)).toBe(name);
  });

  it.each(['2026-04-02', '2026-04-04', '2026-04-30', '2026-05-25', '2026-06-18', '2026-12-23', '2026-11-06'])(
    '%s (an eve or observance without legal effect) is not listed',
    (date) => {
      expect(swedishHolidayOn(date)).toBeUndefined();
    },
  );

  it('finds midsommarafton as the Friday from 19 to 25 June', () => {
    expect(midsummerEve(2026)).toBe('2026-06-19');
    expect(midsummerEve(2027)).toBe('2027-06-25');
    expect(midsummerEve(2028)).toBe('2028-06-23');
    expect(midsummerEve(2029)).toBe('2029-06-22');
    expect(midsummerEve(2030)).toBe('2030-06-21');
    for (let year = 2000; year <= 2100; year += 1) {
      const eve = midsummerEve(year);
      const day = Number(eve.slice(8, 10));
      expect(day).toBeGreaterThanOrEqual(19);
      expect(day).toBeLessThanOrEqual(25);
      expect(new Date(`${eve}T12:00:00Z`).getUTCDay()).toBe(5);
    }
  });

  it('lists 13 public holidays and 3 eves for 2026, in date order', () => {
    const days = swedishHolidaysOf(2026);
    expect(days).toHaveLength(16);
    expect(days.map((d) => d.date)).toEqual([...days.map((d) => d.date)].sort());
  });

  it('rejects malformed dates', () => {
    expect(() => swedishHolidayOn('2026-13-01')).toThrow(RangeError);
    expect(() => swedishHolidayOn('2026-02-30')).toThrow(RangeError);
    expect(() => swedishHolidayOn('26-06-19')).toThrow(RangeError);
  });
});
