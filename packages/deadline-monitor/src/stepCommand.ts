import type { Command } from '@relocation/domain';
import type { DueStep } from '@relocation/read-models';
import { monitorActor } from './monitorActor.ts';

/** The idempotency key of one ladder step of one deadline: the same in every monitor, every run, every restart. */
export function stepIdempotencyKey(step: Pick<DueStep, 'deadlineId' | 'step'>): string {
  return `deadline-monitor:${step.deadlineId}:${step.step}`;
}

/** The system command for a due step: MarkDeadlineMissed at the due time, RaiseEscalation at escalateAt. */
export function stepCommand(step: DueStep, newId: () => string): Command {
  const base = {
    relocationId: step.relocationId,
    commandId: newId(),
    correlationId: newId(),
    actor: monitorActor,
    payload: { deadlineId: step.deadlineId },
  };
  switch (step.step) {
    case 'markMissed':
      return { ...base, type: 'MarkDeadlineMissed' };
    case 'raiseEscalation':
      return { ...base, type: 'RaiseEscalation' };
    default: {
      const _exhaustive: never = step.step;
      return _exhaustive;
    }
  }
}
