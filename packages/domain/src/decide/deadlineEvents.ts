import type { Command } from '../commands/command.ts';
import {
  deadlineKindOnEntry,
  deadlineOwner,
  deadlineOutlivesClosing,
  sideDeadlineAwaited,
  statusOfDeadlineKind,
} from '../deadlines/deadlineOwners.ts';
import { dueAtFor, endOfSwedishDay, escalateAtFor, startOfSwedishDay } from '../deadlines/dueTimes.ts';
import type { DeadlinePolicy } from '../deadlines/policy.ts';
import type { DeadlineKind } from '../events/deadlineKinds.ts';
import type { EventDraft } from '../events/eventDraft.ts';
import type { RelocationState } from '../state/state.ts';
import { isTerminal } from '../state/status.ts';
import type { DecideContext } from './decideContext.ts';

/** The deadline kinds a command fulfils: the thing the deadline waited for has happened. */
function fulfilledBy(command: Command, after: RelocationState): readonly DeadlineKind[] {
  switch (command.type) {
    case 'RecordSchoolPlacement':
      // Met when the last school-age child is placed (docs/design.md §3.2).
      return after.householdMembers.some((m) => m.schoolPlacement === 'required') ? [] : ['schoolPlacement'];
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
    case 'AgreeTransfer':
    case 'RefuseTransfer':
      return ['transferAnswer'];
    case 'RecordIvoDecision':
      return ['ivoDecision'];
    case 'AcknowledgeDirectPlacement':
      return ['placementAcknowledgement'];
    case 'ReassessThreat':
      return ['threatReassessment'];
    case 'RecordOutcome':
      return [`outcome${command.payload.month}`];
    // A compromised location records the outcomes still open as `relocatedAfterLeak` (renewal/).
    case 'RecordLocationCompromised':
      return ['outcome6', 'outcome12'];
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
  const fulfilled = fulfilledBy(command, after);
  const cancelReason =
    after.status === 'suspended' ? 'suspended' : isTerminal(after.status) ? 'caseEnded' : 'stateLeft';
  const kept: DeadlineKind[] = [];
  for (const deadline of after.deadlines) {
    const side = sideDeadlineAwaited(deadline.kind, after);
    const stage = side === undefined ? undefined : deadline.kind;
    const awaited =
      side === undefined
        ? statusOfDeadlineKind[deadline.kind] === after.status
        : side && (!isTerminal(after.status) || deadlineOutlivesClosing(deadline.kind));
    if (fulfilled.includes(deadline.kind)) {
      drafts.push({ type: 'DeadlineMet', data: { deadlineId: deadline.deadlineId } });
    } else if (!awaited) {
      drafts.push({
        type: 'DeadlineCancelled',
        data: {
          deadlineId: deadline.deadlineId,
          reason: stage === undefined || isTerminal(after.status) ? cancelReason : 'stateLeft',
        },
      });
    } else if (deadline.ownerOrganisationId !== deadlineOwner(deadline.kind, after)) {
      // A follow-up moves with responsibility for the case (docs/design.md §3.1): the old owner's deadline is
      // cancelled and the same due time is scheduled for the new one.
      drafts.push(
        { type: 'DeadlineCancelled', data: { deadlineId: deadline.deadlineId, reason: 'stateLeft' } },
        {
          type: 'DeadlineScheduled',
          data: {
            deadlineId: context.newId(),
            kind: deadline.kind,
            ownerOrganisationId: deadlineOwner(deadline.kind, after),
            dueAt: deadline.dueAt,
            escalateAt: deadline.escalateAt,
          },
        },
      );
      kept.push(deadline.kind);
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
    for (const kind of ['followUp1', 'followUp3', 'followUp6', 'outcome6', 'outcome12'] as const) {
      drafts.push(scheduled(kind, context.now, after, policy, context.newId));
      kept.push(kind);
    }
  }
  // The transfer's own waits open when its stage is entered (docs/design.md §3.1).
  const transferStage = after.transfer?.stage;
  if (!isTerminal(after.status) && transferStage !== before.transfer?.stage) {
    if (transferStage === 'requested' && !kept.includes('transferAnswer')) {
      drafts.push(scheduled('transferAnswer', context.now, after, policy, context.newId));
    } else if (transferStage === 'ivoApplied' && !kept.includes('ivoDecision')) {
      drafts.push(scheduled('ivoDecision', context.now, after, policy, context.newId));
    } else if (transferStage === 'agreed' && after.transfer?.effectiveFrom != null) {
      const dueAt = startOfSwedishDay(after.transfer.effectiveFrom);
      drafts.push({
        type: 'DeadlineScheduled',
        data: {
          deadlineId: context.newId(),
          kind: 'transferEffective',
          ownerOrganisationId: deadlineOwner('transferEffective', after),
          dueAt,
          escalateAt: escalateAtFor(dueAt, policy),
        },
      });
    }
  }
  // After arrival the assessment's "valid until" is the police's reassessment date; a reassessment sets the next.
  if (
    (command.type === 'ConfirmArrival' || command.type === 'ReassessThreat') &&
    after.threatValidUntil !== null
  ) {
    const dueAt = endOfSwedishDay(after.threatValidUntil);
    drafts.push({
      type: 'DeadlineScheduled',
      data: {
        deadlineId: context.newId(),
        kind: 'threatReassessment',
        ownerOrganisationId: deadlineOwner('threatReassessment', after),
        dueAt,
        escalateAt: escalateAtFor(dueAt, policy),
      },
    });
    kept.push('threatReassessment');
  }
  // A direct placement opens the destination's wait to acknowledge it (docs/design.md §3.3).
  if (
    after.directPlacement !== null &&
    before.directPlacement === null &&
    !isTerminal(after.status) &&
    !kept.includes('placementAcknowledgement')
  ) {
    drafts.push(scheduled('placementAcknowledgement', context.now, after, policy, context.newId));
  }
  // School-age children owe a school placement after arrival, owned by the receiving municipality (§3.2).
  if (
    sideDeadlineAwaited('schoolPlacement', after) === true &&
    !isTerminal(after.status) &&
    !kept.includes('schoolPlacement')
  ) {
    drafts.push(scheduled('schoolPlacement', context.now, after, policy, context.newId));
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
