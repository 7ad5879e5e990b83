import type { CommandOf } from '../commands/command.ts';
import { defaultDeadlinePolicy } from '../deadlines/policy.ts';
import { escalateAtFor } from '../deadlines/dueTimes.ts';
import { domainError } from '../errors.ts';
import { stalledCaseNotified } from '../deadlines/stalledCaseWatcher.ts';
import type { RelocationState } from '../state/state.ts';
import type { Drafts } from './commandEvents.ts';
import type { DeadlineKind } from '../events/deadlineKinds.ts';
import { agreedTransferTakesEffect } from './transferCommandEvents.ts';

/**
 * The level-2 suggestion: an unanswered transfer request goes to IVO (socialtjänstlagen (2025:400), formerly
 * 2 a kap. 10-11 §§ SoL (2001:453)); an unanswered handover proposal goes to another municipality.
 */
function suggestionFor(kind: DeadlineKind): 'ivoApplication' | 'proposeAnotherMunicipality' | null {
  if (kind === 'transferAnswer') return 'ivoApplication';
  if (kind === 'receiverDecision') return 'proposeAnotherMunicipality';
  return null;
}
import type { DecideContext } from './decideContext.ts';

type DeadlineCommand =
  CommandOf<'ExtendDeadline'> | CommandOf<'MarkDeadlineMissed'> | CommandOf<'RaiseEscalation'>;

const refuse = (...args: Parameters<typeof domainError>): Drafts => ({
  ok: false,
  error: domainError(...args),
});

/**
 * The escalation ladder (docs/design.md §4). At the due time the monitor issues MarkDeadlineMissed: the case is stalled
 * and the coordinator and the owner are alerted (level 1). At `escalateAt` (five business days later by default) it
 * issues RaiseEscalation: level 2, which for an unanswered receiving municipality suggests the IVO application.
 * A late or repeated firing is refused (DEADLINE_ALREADY_MISSED, ALREADY_ESCALATED), so it changes nothing.
 */
export function deadlineCommandEvents(
  command: DeadlineCommand,
  state: RelocationState,
  context: DecideContext,
): Drafts {
  const policy = context.deadlinePolicy ?? defaultDeadlinePolicy;
  const deadline = state.deadlines.find((d) => d.deadlineId === command.payload.deadlineId);
  if (deadline === undefined) {
    return refuse('DEADLINE_NOT_FOUND', 'There is no open deadline with this id on the case.');
  }
  const now = Date.parse(context.now);
  const notify = stalledCaseNotified(deadline.ownerOrganisationId);
  switch (command.type) {
    case 'ExtendDeadline': {
      const dueAt = command.payload.dueAt;
      if (Date.parse(dueAt) <= Math.max(now, Date.parse(deadline.dueAt))) {
        return refuse(
          'INVALID_DEADLINE',
          'The new due time must be later than both now and the current due time.',
        );
      }
      return {
        ok: true,
        drafts: [
          {
            type: 'DeadlineExtended',
            data: {
              deadlineId: deadline.deadlineId,
              dueAt: new Date(Date.parse(dueAt)).toISOString(),
              escalateAt: escalateAtFor(dueAt, policy),
              reason: context.seal(command.relocationId, 'DeadlineExtended.reason', command.payload.reason),
            },
          },
        ],
      };
    }
    case 'MarkDeadlineMissed':
      if (deadline.kind === 'transferEffective') {
        // Not a missed wait but the agreed date arriving: responsibility moves (docs/design.md §3.1).
        if (now < Date.parse(deadline.dueAt))
          return refuse('DEADLINE_NOT_DUE', 'This deadline is not due yet.');
        return {
          ok: true,
          drafts: [
            { type: 'DeadlineMet', data: { deadlineId: deadline.deadlineId } },
            ...agreedTransferTakesEffect(state),
          ],
        };
      }
      if (deadline.missed)
        return refuse('DEADLINE_ALREADY_MISSED', 'This deadline is already recorded as missed.');
      if (now < Date.parse(deadline.dueAt))
        return refuse('DEADLINE_NOT_DUE', 'This deadline is not due yet.');
      return {
        ok: true,
        drafts: [
          {
            type: 'DeadlineMissed',
            data: { deadlineId: deadline.deadlineId, kind: deadline.kind, dueAt: deadline.dueAt },
          },
          {
            type: 'EscalationRaised',
            data: {
              deadlineId: deadline.deadlineId,
              kind: deadline.kind,
              level: 1,
              notify,
              suggestion: null,
            },
          },
        ],
      };
    case 'RaiseEscalation':
      if (!deadline.missed) return refuse('DEADLINE_NOT_MISSED', 'Only a missed deadline can be escalated.');
      if (deadline.escalationLevel >= 2)
        return refuse('ALREADY_ESCALATED', 'This deadline is already escalated.');
      if (now < Date.parse(deadline.escalateAt)) {
        return refuse('ESCALATION_NOT_DUE', 'The next escalation step is not due yet.');
      }
      return {
        ok: true,
        drafts: [
          {
            type: 'EscalationRaised',
            data: {
              deadlineId: deadline.deadlineId,
              kind: deadline.kind,
              level: 2,
              notify,
              suggestion: suggestionFor(deadline.kind),
            },
          },
        ],
      };
    default: {
      const _exhaustive: never = command;
      return _exhaustive;
    }
  }
}
