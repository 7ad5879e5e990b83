import type { Command } from '../commands/command.ts';
import { deadlineKindOnEntry, deadlineOwner, statusOfDeadlineKind } from '../deadlines/deadlineOwners.ts';
import { dueAtFor, endOfSwedishDay, escalateAtFor } from '../deadlines/dueTimes.ts';
import type { DeadlinePolicy } from '../deadlines/policy.ts';
import type { DeadlineKind } from '../events/deadlineKinds.ts';
import type { EventDraft } from '../events/eventDraft.ts';
import type { RelocationState } from '../state/state.ts';
import { isTerminal } from '../state/status.ts';
import type { DecideContext } from './decideContext.ts';

/** The deadline kinds a command fulfils: the thing the deadline waited for has happened. */
function fulfilledBy(command: Command): readonly DeadlineKind[] {
  switch (command.type) {
    case 'RecordThreatAssessment':
      return ['threatAssessment'];
    case 'AcceptHandover':
    case 'DeclineHandover':
      return ['receiverDecision'];
    case 'GrantDestinationClearance':
    case 'RefuseDestinationClearance':
      return ['destinationClearance'];
    case 'ConfirmArrival':
      return ['arrival'];
    case 'RecordFollowUp':
      return [`followUp${command.payload.month}`];
    default:
      return [];
  }
}

function scheduled(
  kind: DeadlineKind,
  anchor: string,
  state: RelocationState,
  policy: DeadlinePolicy,
  newId: () => string,
): EventDraft {
  const dueAt = dueAtFor(kind, anchor, state.urgency ?? 'planned', policy);
  return {
    type: 'DeadlineScheduled',
    data: {
      deadlineId: newId(),
      kind,
      ownerOrganisationId: deadlineOwner(kind, state),
      dueAt,
      escalateAt: escalateAtFor(dueAt, policy),
    },
  };
}

/**
 * Deadline bookkeeping after a command moved the case from `before` to `after` (the state with the command's own
 * events applied). Every open deadline whose awaited thing happened is met; every other one whose state was left
 * is cancelled; the state entered opens its deadline, computed from the command's time (the events' occurredAt).
 * Suspension pauses deadlines (cancelled, time left kept in CaseSuspended); resumption reschedules what was left.
 */
export function deadlineEvents(
  command: Command,
  before: RelocationState,
  after: RelocationState,
  context: DecideContext,
  policy: DeadlinePolicy,
): EventDraft[] {
  const drafts: EventDraft[] = [];
  const fulfilled = fulfilledBy(command);
  const cancelReason =
    after.status === 'suspended' ? 'suspended' : isTerminal(after.status) ? 'caseEnded' : 'stateLeft';
  const kept: DeadlineKind[] = [];
  for (const deadline of after.deadlines) {
    if (fulfilled.includes(deadline.kind)) {
      drafts.push({ type: 'DeadlineMet', data: { deadlineId: deadline.deadlineId } });
    } else if (statusOfDeadlineKind[deadline.kind] !== after.status) {
      drafts.push({
        type: 'DeadlineCancelled',
        data: { deadlineId: deadline.deadlineId, reason: cancelReason },
      });
    } else {
      kept.push(deadline.kind);
    }
  }
  if (command.type === 'ResumeCase') {
    const now = Date.parse(context.now);
    for (const paused of before.pausedDeadlines) {
      const dueAt = new Date(now + paused.remainingMs).toISOString();
      drafts.push({
        type: 'DeadlineScheduled',
        data: {
          deadlineId: context.newId(),
          kind: paused.kind,
          ownerOrganisationId: paused.ownerOrganisationId,
          dueAt,
          escalateAt: escalateAtFor(dueAt, policy),
        },
      });
      kept.push(paused.kind);
    }
  }
  if (command.type === 'ConfirmArrival') {
    for (const kind of ['followUp1', 'followUp3', 'followUp6'] as const) {
      drafts.push(scheduled(kind, context.now, after, policy, context.newId));
      kept.push(kind);
    }
  }
  const entryKind = (deadlineKindOnEntry as Partial<Record<string, DeadlineKind>>)[after.status];
  if (entryKind !== undefined && !kept.includes(entryKind)) {
    const anchor =
      entryKind === 'arrival'
        ? endOfSwedishDay(after.plannedMoveDate ?? context.now.slice(0, 10))
        : context.now;
    drafts.push(scheduled(entryKind, anchor, after, policy, context.newId));
  }
  return drafts;
}
