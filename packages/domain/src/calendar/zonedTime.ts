import { formatLocalDate, type LocalDate, parseLocalDate } from './localDate.ts';

/** An absolute point in time written as ISO-8601 with `Z` or an explicit offset, e.g. `2026-06-19T09:00:00Z`. */
export type Instant = string;

export const stockholmTimeZone = 'Europe/Stockholm';

/** A wall-clock reading in some time zone: its local date and time of day. */
export interface WallClock {
  readonly date: LocalDate;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
}

// A bare date-time would be read in the process's own time zone, so an explicit `Z` or offset is required.
const instantPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/i;

export function parseInstant(instant: Instant): number {
  const epochMs = instantPattern.test(instant) ? Date.parse(instant) : Number.NaN;
  if (Number.isNaN(epochMs)) {
    throw new RangeError(`Not an ISO-8601 instant with Z or an offset: ${JSON.stringify(instant)}`);
  }
  return epochMs;
}

export function isInstant(value: string): boolean {
  return instantPattern.test(value) && !Number.isNaN(Date.parse(value));
}

export function formatInstant(epochMs: number): Instant {
  return new Date(epochMs).toISOString();
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall clock in `timeZone` at the given epoch milliseconds, straight from Intl (`wallClockAt` caches offsets). */
export function wallClockFromIntl(epochMs: number, timeZone: string): WallClock {
  const fields: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(epochMs))) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  const read = (name: string): number => {
    const value = fields[name];
    if (value === undefined) throw new Error(`Intl.DateTimeFormat gave no ${name} for ${timeZone}`);
    return value;
  };
  return {
    date: formatLocalDate({ year: read('year'), month: read('month'), day: read('day') }),
    hour: read('hour'),
    minute: read('minute'),
    second: read('second'),
    millisecond: ((epochMs % 1000) + 1000) % 1000,
  };
}

/**
 * A pure function of a zone and a whole number, its results kept per zone: at most `limit` numbers per zone, then
 * the zone starts afresh.
 */
function cachedPerZone<V>(
  limit: number,
  compute: (key: number, timeZone: string) => V,
): (key: number, timeZone: string) => V {
  const zones = new Map<string, Map<number, V>>();
  return (key, timeZone) => {
    let zone = zones.get(timeZone);
    if (zone === undefined || zone.size >= limit) {
      zone = new Map();
      zones.set(timeZone, zone);
    }
    if (zone.has(key)) return zone.get(key) as V;
    const value = compute(key, timeZone);
    zone.set(key, value);
    return value;
  };
}

/**
 * The offset from UTC per zone and quarter hour, learnt from Intl (which is slow: the deadlines ask for the wall
 * clock many times a command). Offsets change only at transitions on a quarter hour of UTC in every zone in use
 * since 1970, so one quarter hour never holds two offsets. At most 10,000 quarter hours per zone.
 */
const QUARTER_HOUR_MS = 900_000;
const offsetOfQuarter = cachedPerZone(10_000, (quarter, timeZone) => {
  const start = quarter * QUARTER_HOUR_MS;
  return wallClockAsUtcMs(wallClockFromIntl(start, timeZone)) - start;
});
const quarterHourOffset = (epochMs: number, timeZone: string): number =>
  offsetOfQuarter(Math.floor(epochMs / QUARTER_HOUR_MS), timeZone);

/**
 * The offset per zone and UTC day, for days without a transition (null for a day with one: its quarter hours are
 * looked up). A day whose start and the next day's start have the same offset has no transition, since no zone
 * changes its offset twice within 24 hours. A rebuild folds ten years of events, whose quarter hours would keep
 * the cache above churning; their days are 3,650 entries. At most 100,000 days per zone.
 */
const DAY_MS = 86_400_000;
const offsetOfDay = cachedPerZone(100_000, (day, timeZone): number | null => {
  const atStart = quarterHourOffset(day * DAY_MS, timeZone);
  return atStart === quarterHourOffset((day + 1) * DAY_MS, timeZone) ? atStart : null;
});
const offsetFromUtc = (epochMs: number, timeZone: string): number =>
  offsetOfDay(Math.floor(epochMs / DAY_MS), timeZone) ?? quarterHourOffset(epochMs, timeZone);

/** The wall clock in `timeZone` at the given epoch milliseconds. */
export function wallClockAt(epochMs: number, timeZone: string): WallClock {
  const offset = offsetFromUtc(epochMs, timeZone);
  const local = new Date(epochMs + offset);
  return {
    date: formatLocalDate({
      year: local.getUTCFullYear(),
      month: local.getUTCMonth() + 1,
      day: local.getUTCDate(),
    }),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
    millisecond: local.getUTCMilliseconds(),
  };
}

function wallClockAsUtcMs(wall: WallClock): number {
  const { year, month, day } = parseLocalDate(wall.date);
  return Date.UTC(year, month - 1, day, wall.hour, wall.minute, wall.second, wall.millisecond);
}

/** Offset of `timeZone` from UTC at the given instant, in milliseconds (Stockholm: +1 h in winter, +2 h in summer). */
function offsetAt(epochMs: number, timeZone: string): number {
  return wallClockAsUtcMs(wallClockAt(epochMs, timeZone)) - epochMs;
}

/**
 * The instant at which `timeZone` shows the given wall clock. A reading that occurs twice (clocks turned back)
 * resolves to the earlier instant; one that never occurs (clocks turned forward) is pushed forward by the gap,
 * so 02:30 on the spring-forward night becomes 03:30 summer time.
 */
export function instantOfWallClock(wall: WallClock, timeZone: string): number {
  const asUtc = wallClockAsUtcMs(wall);
  const dayMs = 86_400_000;
  const offsetBefore = offsetAt(asUtc - dayMs, timeZone);
  const offsetAfter = offsetAt(asUtc + dayMs, timeZone);
  const matches = [...new Set([offsetBefore, offsetAfter])]
    .map((offset) => asUtc - offset)
    .filter((candidate) => wallClockAsUtcMs(wallClockAt(candidate, timeZone)) === asUtc)
    .sort((a, b) => a - b);
  return matches[0] ?? asUtc - offsetBefore;
}

/** The calendar date in Stockholm at an instant (YYYY-MM-DD). */
export function swedishDateOf(instant: Instant): LocalDate {
  return wallClockAt(parseInstant(instant), stockholmTimeZone).date;
}
