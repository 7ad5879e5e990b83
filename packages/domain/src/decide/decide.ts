import { authorize } from '../access/authorize.ts';
import type { Command } from '../commands/command.ts';
import { commandSchema } from '../commands/command.ts';
import { defaultDeadlinePolicy } from '../deadlines/policy.ts';
import { domainError } from '../errors.ts';
import type { DomainError } from '../errors.ts';
import { eventVersions } from '../events/event.ts';
import type { DomainEvent } from '../events/event.ts';
import type { EventDraft } from '../events/eventDraft.ts';
import { evolve } from '../evolve.ts';
import { findMunicipality } from '../reference/municipalities.ts';
import { municipalityCodeOf } from '../schemas/actor.ts';
import type { RelocationState } from '../state/state.ts';
import { workflowStep } from '../workflow/workflowStep.ts';
import { commandEvents } from './commandEvents.ts';
import type { DecideContext } from './decideContext.ts';
import { deadlineEvents } from './deadlineEvents.ts';
import { rejectionMessage } from './rejectionMessages.ts';
import { workflowEventOf } from './workflowEventOf.ts';

export type Decision =
  | { readonly ok: true; readonly events: readonly DomainEvent[] }
  | { readonly ok: false; readonly error: DomainError };

const reject = (error: DomainError): Decision => ({ ok: false, error });

/**
 * Decides what a command means for a case: the events to append, or a typed rejection. Pure: time, ids, the
 * sealer and reference data come in `context`. Order of checks: the command is well formed; the case exists (or,
 * for InitiateRelocation, does not); the actor may issue it (`commandPermissions`); the machine allows it in the
 * case's state and its rules hold; then the command's own checks (deadline and follow-up commands).
 */
export function decide(command: Command, state: RelocationState, context: DecideContext): Decision {
  const parsed = commandSchema.safeParse(command);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({
      path: issue.path.join('.'),
      message: issue.message,
    }));
    return reject(domainError('INVALID_COMMAND', 'The request is not valid.', { issues }));
  }
  const wellFormed = parsed.data as Command;
  // A member named without an id gets one here, so the machine and the events see the same member.
  const valid: Command =
    wellFormed.type === 'AddHouseholdMember' && wellFormed.payload.memberId === undefined
      ? { ...wellFormed, payload: { ...wellFormed.payload, memberId: context.newId() } }
      : wellFormed;
  const existence = checkExistence(valid, state);
  if (existence !== null) return reject(existence);
  const denied = authorize(valid.type, valid.actor, state);
  if (denied !== null) return reject(denied);
  if (state.erased) {
    return reject(
      domainError('CASE_ERASED', 'This case’s personal data has been erased; it takes no commands.'),
    );
  }

  const step = workflowStep(state, workflowEventOf(valid, context.providers));
  if (!step.allowed) return reject(domainError(step.code, rejectionMessage(step.code, valid, state)));

  const own = commandEvents(valid, state, context);
  if (!own.ok) return reject(own.error);
  const stamp = (draft: EventDraft): DomainEvent =>
    ({
      type: draft.type,
      version: eventVersions[draft.type],
      data: draft.data,
      metadata: {
        eventId: context.newId(),
        occurredAt: context.now,
        actor: valid.actor,
        correlationId: valid.correlationId,
        causationId: valid.commandId,
      },
    }) as DomainEvent;
  const events = own.drafts.map(stamp);
  const after = events.reduce(evolve, state);
  const bookkeeping = deadlineEvents(
    valid,
    state,
    after,
    context,
    context.deadlinePolicy ?? defaultDeadlinePolicy,
  );
  return { ok: true, events: [...events, ...bookkeeping.map(stamp)] };
}

function checkExistence(command: Command, state: RelocationState): DomainError | null {
  if (command.type === 'InitiateRelocation') {
    if (state.status !== 'notInitiated') {
      return domainError('CASE_ALREADY_EXISTS', 'A case with this id already exists.');
    }
    const code = municipalityCodeOf(command.actor.organisationId);
    if (code === null || findMunicipality(code) === undefined) {
      return domainError(
        'FORBIDDEN_FOR_ROLE',
        'Only the social services of a known municipality can start a case.',
      );
    }
    return null;
  }
  if (state.status === 'notInitiated' || state.relocationId !== command.relocationId) {
    return domainError('CASE_NOT_FOUND', 'This case does not exist or is not shared with your organisation.');
  }
  return null;
}
