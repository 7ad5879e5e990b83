/**
 * The parties an event can concern, resolved against the case's state into organisation ids by `resolveAudience`.
 * - `sending`: the sending municipality
 * - `proposed`: the municipality currently proposed as receiver
 * - `accepted`: the municipality that accepted the handover (the receiving one after arrival)
 * - `police`: the police regions of the case (sending, proposed and accepted municipality)
 * - `coordinator`: the national coordinator
 * - `deadlineOwner`: the organisation that owns the deadline the event is about
 * - `escalationNotify`: the organisations an EscalationRaised event names
 * - `responsible`: the municipality responsible for the case (after the event)
 * - `transferParties`: both municipalities of the transfer of the case the event is about
 */
export const audiences = [
  'sending',
  'proposed',
  'accepted',
  'police',
  'coordinator',
  'deadlineOwner',
  'escalationNotify',
  'responsible',
  'transferParties',
] as const;

export type Audience = (typeof audiences)[number];
