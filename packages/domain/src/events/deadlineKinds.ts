import { z } from 'zod';

export const deadlineKinds = [
  'threatAssessment',
  'receiverDecision',
  'destinationClearance',
  'arrival',
  'followUp1',
  'followUp3',
  'followUp6',
] as const;
export const deadlineKindSchema = z.enum(deadlineKinds);
export type DeadlineKind = z.infer<typeof deadlineKindSchema>;

export const escalationLevelSchema = z.union([z.literal(1), z.literal(2)]);
export type EscalationLevel = z.infer<typeof escalationLevelSchema>;
