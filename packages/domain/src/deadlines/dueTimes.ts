import { computeDueAt, formatInstant, instantOfWallClock, stockholmTimeZone } from '../calendar/index.ts';
import type { DeadlineKind } from '../events/deadlineKinds.ts';
import type { Urgency } from '../schemas/caseFacts.ts';
import type { DeadlinePolicy } from './policy.ts';

/** The end of a calendar day in Stockholm, as an instant: the anchor of the arrival deadline. */
export function endOfSwedishDay(date: string): string {
  const wall = { date, hour: 23, minute: 59, second: 59, millisecond: 0 };
  return formatInstant(instantOfWallClock(wall, stockholmTimeZone));
}

/** The start of a calendar day in Stockholm: when an agreed transfer takes effect. */
export function startOfSwedishDay(date: string): string {
  const wall = { date, hour: 0, minute: 0, second: 0, millisecond: 0 };
  return formatInstant(instantOfWallClock(wall, stockholmTimeZone));
}

export function dueAtFor(
  kind: DeadlineKind,
  anchor: string,
  urgency: Urgency,
  policy: DeadlinePolicy,
): string {
  return computeDueAt(anchor, policy.durations[kind][urgency]);
}

export function escalateAtFor(dueAt: string, policy: DeadlinePolicy): string {
  return computeDueAt(dueAt, policy.escalation);
}
