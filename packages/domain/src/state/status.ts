import type { SuspendableStatus } from '../events/eventData.ts';

/** Every state of the relocation workflow (the machine's state values). */
export const statuses = [
  'notInitiated',
  'draft',
  'threatAssessment',
  'matching',
  'awaitingReceiverDecision',
  'destinationClearance',
  'awaitingArrival',
  'followUp',
  'suspended',
  'aborted',
  'withdrawn',
  'closed',
] as const;
export type Status = (typeof statuses)[number];

export const terminalStatuses = ['aborted', 'withdrawn', 'closed'] as const satisfies readonly Status[];

export function isTerminal(status: Status): boolean {
  return (terminalStatuses as readonly Status[]).includes(status);
}

/** States before the person has arrived, in which the case is still moving towards a destination. */
export const preArrivalStatuses = [
  'threatAssessment',
  'matching',
  'awaitingReceiverDecision',
  'destinationClearance',
  'awaitingArrival',
] as const satisfies readonly SuspendableStatus[];
