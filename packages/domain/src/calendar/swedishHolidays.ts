import Holidays from 'date-holidays';
import { addDays, formatLocalDate, isoWeekday, type LocalDate, parseLocalDate } from './localDate.ts';

/**
 * Days on which a Swedish deadline cannot fall (lag 1930:173 om beräkning av lagstadgad tid, 2 §): the public
 * holidays (allmänna helgdagar, from date-holidays' type `public` for SE) plus midsommarafton, julafton and
 * nyårsafton, which the law names although they are not public holidays. Saturdays and Sundays are handled by the
 * business-day rules, not listed here.
 */
export interface NonWorkingDay {
  readonly date: LocalDate;
  readonly name: string;
}

let holidaysOfSweden: Holidays | undefined;
const daysByYear = new Map<number, ReadonlyMap<LocalDate, string>>();

/** Midsommarafton: the Friday from 19 to 25 June. */
export function midsummerEve(year: number): LocalDate {
  const june19 = formatLocalDate({ year, month: 6, day: 19 });
  const daysToFriday = (5 - isoWeekday(june19) + 7) % 7;
  return addDays(june19, daysToFriday);
}

function eves(year: number): readonly NonWorkingDay[] {
  return [
    { date: midsummerEve(year), name: 'midsommarafton' },
    { date: formatLocalDate({ year, month: 12, day: 24 }), name: 'julafton' },
    { date: formatLocalDate({ year, month: 12, day: 31 }), name: 'nyårsafton' },
  ];
}

function publicHolidays(year: number): readonly NonWorkingDay[] {
  holidaysOfSweden ??= new Holidays('SE');
  return holidaysOfSweden
    .getHolidays(year, 'sv')
    .filter((holiday) => holiday.type === 'public')
    .map((holiday) => ({ date: holiday.date.slice(0, 10), name: holiday.name }));
}

function nonWorkingDaysOf(year: number): ReadonlyMap<LocalDate, string> {
  let days = daysByYear.get(year);
  if (!days) {
    const map = new Map<LocalDate, string>();
    for (const day of [...publicHolidays(year), ...eves(year)]) {
      const existing = map.get(day.date);
      map.set(day.date, existing ? `${existing}, ${day.name}` : day.name);
    }
    days = map;
    daysByYear.set(year, days);
  }
  return days;
}

/** The holiday or named eve on this date, if any (weekends alone give undefined). */
export function swedishHolidayOn(date: LocalDate): string | undefined {
  return nonWorkingDaysOf(parseLocalDate(date).year).get(date);
}

/** All public holidays and named eves of one year, in date order. */
export function swedishHolidaysOf(year: number): readonly NonWorkingDay[] {
  return [...nonWorkingDaysOf(year)]
    .map(([date, name]) => ({ date, name }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
