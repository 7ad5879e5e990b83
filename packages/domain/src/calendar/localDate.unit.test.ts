import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, isLocalDate, isoWeekday } from './localDate.ts';

describe('local dates', () => {
  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
  });

  it('adds months, clamping to the end of a shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-08-31', 1)).toBe('2026-09-30');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
    expect(addMonths('2026-06-30', 12)).toBe('2027-06-30');
  });

  it('knows weekdays and distances', () => {
    expect(isoWeekday('2026-06-19')).toBe(5);
    expect(isoWeekday('2026-06-20')).toBe(6);
    expect(isoWeekday('2026-06-21')).toBe(7);
    expect(isoWeekday('2026-06-22')).toBe(1);
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2026-06-22', '2026-06-19')).toBe(-3);
  });

  it('accepts only real dates written YYYY-MM-DD', () => {
    expect(isLocalDate('2026-06-19')).toBe(true);
    expect(isLocalDate('2028-02-29')).toBe(true);
    expect(isLocalDate('2026-02-29')).toBe(false);
    expect(isLocalDate('2026-6-19')).toBe(false);
    expect(isLocalDate('2026-06-19T00:00:00Z')).toBe(false);
    expect(isLocalDate('2026-00-10')).toBe(false);
  });
});
