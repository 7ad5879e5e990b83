import { z } from 'zod';
import { durationSpecSchema } from '../calendar/index.ts';
import type { DurationSpec } from '../calendar/index.ts';
import type { DeadlineKind } from '../events/deadlineKinds.ts';
import type { Urgency } from '../schemas/caseFacts.ts';

/**
 * How long each party has, per deadline kind and urgency (docs/design.md §4). Anchors:
 * - threatAssessment, receiverDecision, destinationClearance: the time of the event that opened the wait;
 * - arrival: the end of the planned move date (Stockholm time);
 * - followUp1/3/6 and outcome6/12: the time arrival was confirmed;
 * - transferAnswer: the time the transfer was requested; ivoDecision: the time the IVO application was recorded;
 * - placementAcknowledgement: the time of the direct placement;
 * - threatReassessment: not a duration but the end of the assessment's "valid until" date;
 * - transferEffective: not a duration but the start of the agreed date (its entry here is not used).
 * `ivoAppeal` is the time to appeal an IVO decision, from the end of the day it was received.
 * `escalation` is how long after the due time a missed deadline rises to escalation level 2.
 * Business-day results are on the Swedish calendar (lag 1930:173 2 §); ISO durations such as `PT30S` let tests
 * and demos run in seconds.
 */
export interface DeadlinePolicy {
  readonly durations: Readonly<Record<DeadlineKind, Readonly<Record<Urgency, DurationSpec>>>>;
  readonly escalation: DurationSpec;
  readonly ivoAppeal: DurationSpec;
  /**
   * Which children owe a school placement after arrival (docs/design.md §3.2): their age in the year of arrival,
   * inclusive (6-15: förskoleklass from the autumn a child turns 6, compulsory school until the spring they turn 16).
   */
  readonly schoolAge: { readonly from: number; readonly to: number };
}

const businessDays = (days: number): DurationSpec => ({ kind: 'businessDays', days });
const iso = (duration: string): DurationSpec => ({ kind: 'iso', duration });
const same = (spec: DurationSpec) => ({ acute: spec, planned: spec });

export const defaultDeadlinePolicy: DeadlinePolicy = {
  durations: {
    threatAssessment: { acute: businessDays(2), planned: businessDays(10) },
    // The answer to a handover proposal ("can you receive and house the person") is practice, not statute.
    receiverDecision: { acute: businessDays(2), planned: businessDays(10) },
    destinationClearance: { acute: businessDays(1), planned: businessDays(5) },
    arrival: same(businessDays(5)),
    followUp1: same(iso('P1M')),
    followUp3: same(iso('P3M')),
    followUp6: same(iso('P6M')),
    // A written answer to a transfer request within one month, else the requester may apply to IVO:
    // socialtjänstlagen (2025:400), formerly 2 a kap. 10-11 §§ SoL (2001:453).
    transferAnswer: same(iso('P1M')),
    // IVO usually decides within three months (docs/design.md §3.1): past it the coordinator is alerted.
    ivoDecision: same(iso('P3M')),
    transferEffective: same(iso('PT0S')),
    // A direct placement is acute: the vistelsekommun acknowledges it within a short time (docs/design.md §3.3).
    placementAcknowledgement: same(businessDays(1)),
    // Not a duration: the end of the assessment's "valid until" date (its entry here is not used).
    threatReassessment: same(iso('PT0S')),
    // The national follow-up (issue 15): where the person is 6 and 12 months after arrival.
    outcome6: same(iso('P6M')),
    outcome12: same(iso('P12M')),
    // A school-age child is placed in a school soon after arrival: practice, configurable.
    schoolPlacement: same(iso('P1M')),
  },
  escalation: businessDays(5),
  // An IVO decision may be appealed to the administrative court within three weeks of its receipt.
  ivoAppeal: iso('P3W'),
  schoolAge: { from: 6, to: 15 },
};

const byUrgency = z.object({ acute: durationSpecSchema, planned: durationSpecSchema }).strict();

/** For configuration: a partial override, merged over the defaults by `resolveDeadlinePolicy`. */
export const deadlinePolicyOverrideSchema = z
  .object({
    durations: z
      .object({
        threatAssessment: byUrgency.optional(),
        receiverDecision: byUrgency.optional(),
        destinationClearance: byUrgency.optional(),
        arrival: byUrgency.optional(),
        followUp1: byUrgency.optional(),
        followUp3: byUrgency.optional(),
        followUp6: byUrgency.optional(),
        transferAnswer: byUrgency.optional(),
        ivoDecision: byUrgency.optional(),
        placementAcknowledgement: byUrgency.optional(),
        outcome6: byUrgency.optional(),
        outcome12: byUrgency.optional(),
        schoolPlacement: byUrgency.optional(),
      })
      .strict()
      .optional(),
    escalation: durationSpecSchema.optional(),
    ivoAppeal: durationSpecSchema.optional(),
    schoolAge: z
      .object({ from: z.number().int().min(0).max(17), to: z.number().int().min(0).max(17) })
      .strict()
      .refine((range) => range.from <= range.to, { error: 'schoolAge.from is after schoolAge.to' })
      .optional(),
  })
  .strict();

export type DeadlinePolicyOverride = z.infer<typeof deadlinePolicyOverrideSchema>;

export function resolveDeadlinePolicy(override: DeadlinePolicyOverride = {}): DeadlinePolicy {
  const durations = { ...defaultDeadlinePolicy.durations };
  for (const [kind, spec] of Object.entries(override.durations ?? {})) {
    if (spec !== undefined) durations[kind as DeadlineKind] = spec;
  }
  return {
    durations,
    escalation: override.escalation ?? defaultDeadlinePolicy.escalation,
    ivoAppeal: override.ivoAppeal ?? defaultDeadlinePolicy.ivoAppeal,
    schoolAge: override.schoolAge ?? defaultDeadlinePolicy.schoolAge,
  };
}
