import { z } from 'zod';
import { durationSpecSchema } from '../calendar/index.ts';
import type { DurationSpec } from '../calendar/index.ts';
import type { DeadlineKind } from '../events/deadlineKinds.ts';
import type { Urgency } from '../schemas/caseFacts.ts';

/**
 * How long each party has, per deadline kind and urgency (docs/design.md §4). Anchors:
 * - threatAssessment, receiverDecision, destinationClearance: the time of the event that opened the wait;
 * - arrival: the end of the planned move date (Stockholm time);
 * - followUp1/3/6: the time arrival was confirmed.
 * `escalation` is how long after the due time a missed deadline rises to escalation level 2.
 * Business-day results are on the Swedish calendar (lag 1930:173 2 §); ISO durations such as `PT30S` let tests
 * and demos run in seconds.
 */
export interface DeadlinePolicy {
  readonly durations: Readonly<Record<DeadlineKind, Readonly<Record<Urgency, DurationSpec>>>>;
  readonly escalation: DurationSpec;
}

const businessDays = (days: number): DurationSpec => ({ kind: 'businessDays', days });
const iso = (duration: string): DurationSpec => ({ kind: 'iso', duration });
const same = (spec: DurationSpec) => ({ acute: spec, planned: spec });

export const defaultDeadlinePolicy: DeadlinePolicy = {
  durations: {
    threatAssessment: { acute: businessDays(2), planned: businessDays(10) },
    // A written reply within one month, else the sender may apply to IVO (SoL 2 a kap. 10-11 §§).
    receiverDecision: { acute: businessDays(2), planned: iso('P1M') },
    destinationClearance: { acute: businessDays(1), planned: businessDays(5) },
    arrival: same(businessDays(5)),
    followUp1: same(iso('P1M')),
    followUp3: same(iso('P3M')),
    followUp6: same(iso('P6M')),
  },
  escalation: businessDays(5),
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
      })
      .strict()
      .optional(),
    escalation: durationSpecSchema.optional(),
  })
  .strict();

export type DeadlinePolicyOverride = z.infer<typeof deadlinePolicyOverrideSchema>;

export function resolveDeadlinePolicy(override: DeadlinePolicyOverride = {}): DeadlinePolicy {
  const durations = { ...defaultDeadlinePolicy.durations };
  for (const [kind, spec] of Object.entries(override.durations ?? {})) {
    if (spec !== undefined) durations[kind as DeadlineKind] = spec;
  }
  return { durations, escalation: override.escalation ?? defaultDeadlinePolicy.escalation };
}
