import { z } from 'zod';

export const deadlineKinds = [
  'threatAssessment',
  'receiverDecision',
  'destinationClearance',
  'arrival',
  'followUp1',
  'followUp3',
  'followUp6',
  /** The asked municipality's written answer to a transfer request (one month). */
  'transferAnswer',
  /** IVO's decision on an application (usually within three months). */
  'ivoDecision',
  /** An agreed transfer takes effect at the start of its `effectiveFrom` date (a date, not a wait). */
  'transferEffective',
  /** The vistelsekommun's acknowledgement of a direct placement (docs/design.md §3.3; one business day). */
  'placementAcknowledgement',
  /** After arrival: the assessment's "valid until", by which the destination's police reassess (§3.5). */
  'threatReassessment',
  /**
   * The outcome 6 and 12 months after arrival (issue 15), owned by the municipality responsible for the case. They
   * run beside the workflow: through a suspension and past the case's closing (the 12-month outcome is usually due
   * after it); only an abort or a withdrawal of consent ends them.
   */
  'outcome6',
  'outcome12',
  /** After arrival: a school placement for the household's school-age children, owed by the receiving municipality. */
  'schoolPlacement',
] as const;
export const deadlineKindSchema = z.enum(deadlineKinds);
export type DeadlineKind = z.infer<typeof deadlineKindSchema>;

export const escalationLevelSchema = z.union([z.literal(1), z.literal(2)]);
export type EscalationLevel = z.infer<typeof escalationLevelSchema>;
