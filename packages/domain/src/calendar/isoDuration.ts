import { parse as parseDuration } from 'tinyduration';

/** The parts of an ISO-8601 duration such as `P1M`, `P2DT3H` or `PT30S`; absent parts are 0. */
export interface IsoDurationParts {
  readonly years: number;
  readonly months: number;
  readonly weeks: number;
  readonly days: number;
  readonly hours: number;
  readonly minutes: number;
  readonly seconds: number;
}

// The subset a deadline may use: no sign, whole units, and at most millisecond fractions of a second.
// (tinyduration alone would also take negative parts, fractional days and text around the duration.)
const deadlineDurationShape =
  /^P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d{1,3})?S)?)?$/;

export function isIsoDuration(value: string): boolean {
  return deadlineDurationShape.test(value);
}

export function parseIsoDuration(value: string): IsoDurationParts {
  if (!isIsoDuration(value)) {
    throw new RangeError(
      `Not an ISO-8601 duration with non-negative whole units (e.g. P1M, P2DT3H, PT30S): ${JSON.stringify(value)}`,
    );
  }
  const parsed = parseDuration(value);
  return {
    years: parsed.years ?? 0,
    months: parsed.months ?? 0,
    weeks: parsed.weeks ?? 0,
    days: parsed.days ?? 0,
    hours: parsed.hours ?? 0,
    minutes: parsed.minutes ?? 0,
    seconds: parsed.seconds ?? 0,
  };
}

/** True for durations made only of hours, minutes and seconds (`PT...`): exact elapsed time, no calendar. */
export function isExactDuration(value: string): boolean {
  return isIsoDuration(value) && value.startsWith('PT');
}

/** The hours, minutes and seconds of a duration as elapsed milliseconds. */
export function timePartMs(parts: IsoDurationParts): number {
  return Math.round(((parts.hours * 60 + parts.minutes) * 60 + parts.seconds) * 1000);
}
