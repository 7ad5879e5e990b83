import { addDays, isoWeekday, type LocalDate, parseLocalDate } from './localDate.ts';
import { swedishHolidayOn } from './swedishHolidays.ts';
import {
  formatInstant,
  type Instant,
  instantOfWallClock,
  parseInstant,
  stockholmTimeZone,
  type WallClock,
  wallClockAt,
} from './zonedTime.ts';

/**
 * A Swedish business day (vardag in the sense of lag 1930:173): Monday to Friday, and not a public holiday,
 * midsommarafton, julafton or nyårsafton.
 */
export function isBusinessDay(date: LocalDate): boolean {
  return isoWeekday(date) <= 5 && swedishHolidayOn(date) === undefined;
}

/**
 * Answers of `nextBusinessDay` already found, by date: counting business days walks the calendar a day at a time
 * (the stalled dashboard counts months of overdue days per case), and each step otherwise parses dates and asks
 * the holiday calendar. A few years of dates at most; emptied should it ever grow past that.
 */
const nextBusinessDays = new Map<LocalDate, LocalDate>();
const NEXT_BUSINESS_DAYS_KEPT = 20_000;

/** The first business day strictly after `date`. */
export function nextBusinessDay(date: LocalDate): LocalDate {
  const known = nextBusinessDays.get(date);
  if (known !== undefined) return known;
  let candidate = addDays(date, 1);
  while (!isBusinessDay(candidate)) candidate = addDays(candidate, 1);
  if (nextBusinessDays.size >= NEXT_BUSINESS_DAYS_KEPT) nextBusinessDays.clear();
  nextBusinessDays.set(date, candidate);
  return candidate;
}

/** `date` itself when it is a business day, else the next one: where a deadline falling on `date` moves to. */
export function businessDayOnOrAfter(date: LocalDate): LocalDate {
  parseLocalDate(date);
  return isBusinessDay(date) ? date : nextBusinessDay(date);
}

function assertWholeDays(days: number): void {
  if (!Number.isSafeInteger(days) || days < 0) {
    throw new RangeError(`Business days must be a whole number of at least 0, got ${days}`);
  }
}

/**
 * The instant `days` business days after `instant`, at the same wall-clock time in `timeZone`. Days are counted
 * on local dates: each step goes to the next business day, so the result is always on a business day. With 0 days
 * an instant on a non-business day moves to the next business day; one on a business day stays as it is.
 */
export function addBusinessDays(
  instant: Instant,
  days: number,
  timeZone: string = stockholmTimeZone,
): Instant {
  assertWholeDays(days);
  const epochMs = parseInstant(instant);
  const start = wallClockAt(epochMs, timeZone);
  let date = days === 0 ? businessDayOnOrAfter(start.date) : start.date;
  for (let step = 0; step < days; step += 1) date = nextBusinessDay(date);
  if (date === start.date) return formatInstant(epochMs);
  return formatInstant(instantOfWallClock({ ...start, date }, timeZone));
}

/** Moves an instant that falls on a non-business day (in `timeZone`) to the next business day, same wall clock. */
export function rollToBusinessDay(instant: Instant, timeZone: string = stockholmTimeZone): Instant {
  return addBusinessDays(instant, 0, timeZone);
}

/**
 * Whole business days from `from` to `to`: the largest n with addBusinessDays(from, n) <= to, so a deadline due
 * on Friday at 10:00 is 1 business day overdue from Monday 10:00. 0 when `to` is not after `from`.
 */
export function businessDaysBetween(
  from: Instant,
  to: Instant,
  timeZone: string = stockholmTimeZone,
): number {
  const fromMs = parseInstant(from);
  const toMs = parseInstant(to);
  if (toMs <= fromMs) return 0;
  const start: WallClock = wallClockAt(fromMs, timeZone);
  const endDate = wallClockAt(toMs, timeZone).date;
  let count = 0;
  for (let date = nextBusinessDay(start.date); date <= endDate; date = nextBusinessDay(date)) {
    if (date === endDate && instantOfWallClock({ ...start, date }, timeZone) > toMs) break;
    count += 1;
  }
  return count;
}
