import { addBusinessDays, rollToBusinessDay } from './businessDays.ts';
import type { DurationSpec } from './durationSpec.ts';
import { isExactDuration, parseIsoDuration, timePartMs } from './isoDuration.ts';
import { addDays, addMonths } from './localDate.ts';
import {
  formatInstant,
  type Instant,
  instantOfWallClock,
  parseInstant,
  stockholmTimeZone,
  wallClockAt,
} from './zonedTime.ts';

/**
 * When something started at `from` is due under `spec`.
 * - Business days: see addBusinessDays (same wall-clock time, always on a business day).
 * - ISO-8601 with calendar units (Y, M, W, D): years and months, then weeks and days, are added to the local date
 *   in `timeZone` keeping the wall-clock time (P1M from 31 January is the last day of February); hours, minutes
 *   and seconds are then added as elapsed time. A result on a non-business day moves to the next business day at
 *   the same wall-clock time (lag 1930:173 2 §).
 * - ISO-8601 with only hours, minutes and seconds (`PT...`): exact elapsed time, never moved.
 */
export function computeDueAt(
  from: Instant,
  spec: DurationSpec,
  timeZone: string = stockholmTimeZone,
): Instant {
  switch (spec.kind) {
    case 'businessDays':
      return addBusinessDays(from, spec.days, timeZone);
    case 'iso':
      return addIsoDuration(from, spec.duration, timeZone);
    default: {
      const _exhaustive: never = spec;
      return _exhaustive;
    }
  }
}

function addIsoDuration(from: Instant, duration: string, timeZone: string): Instant {
  const parts = parseIsoDuration(duration);
  const fromMs = parseInstant(from);
  if (isExactDuration(duration)) return formatInstant(fromMs + timePartMs(parts));
  const start = wallClockAt(fromMs, timeZone);
  const date = addDays(addMonths(start.date, parts.years * 12 + parts.months), parts.weeks * 7 + parts.days);
  const afterDate = date === start.date ? fromMs : instantOfWallClock({ ...start, date }, timeZone);
  return rollToBusinessDay(formatInstant(afterDate + timePartMs(parts)), timeZone);
}
