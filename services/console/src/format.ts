import type { Reference } from './api/types.ts';

/** A municipality's or county's name from the API's reference data; the code while it loads. */
export function municipalityName(reference: Reference | undefined, code: string | null | undefined): string {
  if (code === null || code === undefined) return '';
  return reference?.municipalities.find((m) => m.code === code)?.name ?? code;
}

export function countyName(reference: Reference | undefined, code: string | null | undefined): string {
  if (code === null || code === undefined) return '';
  return reference?.counties.find((c) => c.code === code)?.name ?? code;
}

/** An organisation id (`municipality:2480`, `police:stockholm`) as a name where the reference data has one. */
export function organisationName(reference: Reference | undefined, organisationId: string): string {
  const [kind, code] = organisationId.split(':');
  if (kind === 'municipality' && code !== undefined) return municipalityName(reference, code);
  return organisationId;
}

type BusinessDaysBetween = (from: string, to: string) => number;
let calendar: Promise<BusinessDaysBetween> | undefined;

/**
 * The domain's own business-day calendar (Swedish public holidays included), loaded on first use as a separate
 * chunk (its holiday tables are large), so the console and the deadline monitor count the same days.
 */
export function loadBusinessDays(): Promise<BusinessDaysBetween> {
  calendar ??= import('@relocation/domain/calendar').then((module) => module.businessDaysBetween);
  return calendar;
}

/** Business days to a due time (positive: left) or past it (negative: overdue). */
export function businessDaysTo(between: BusinessDaysBetween, dueAt: string, now: Date): number {
  const nowIso = now.toISOString();
  if (Date.parse(dueAt) >= now.getTime()) return between(nowIso, dueAt);
  return -between(dueAt, nowIso);
}

export function formatDateTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'sv-SE', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Stockholm',
  }).format(new Date(iso));
}

export function formatDate(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'sv-SE', {
    dateStyle: 'medium',
    timeZone: 'Europe/Stockholm',
  }).format(new Date(iso));
}

/** A new random key for the Idempotency-Key header (one per submitted form, reused on a retry). */
export const newIdempotencyKey = (): string => crypto.randomUUID();
