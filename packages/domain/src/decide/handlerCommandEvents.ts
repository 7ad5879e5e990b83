import { isAssignedHandler } from '../access/handlerAccess.ts';
import type { CommandOf } from '../commands/command.ts';
import { domainError } from '../errors.ts';
import type { RelocationState } from '../state/state.ts';
import type { Drafts } from './commandEvents.ts';

/**
 * A supervisor (or, in a police region taking part in the case, an officer) assigns or unassigns a colleague of
 * their own organisation: the handler's organisation is always the actor's, so nobody can give another
 * organisation's staff access. Named police handlers are the only police staff who see a protected identity.
 */
export function handlerCommandEvents(
  command: CommandOf<'AssignHandler'> | CommandOf<'UnassignHandler'>,
  state: RelocationState,
): Drafts {
  const handler = { organisationId: command.actor.organisationId, userId: command.payload.userId };
  const assigned = isAssignedHandler(state, handler.organisationId, handler.userId);
  if (command.type === 'AssignHandler') {
    if (assigned) {
      return {
        ok: false,
        error: domainError('HANDLER_ALREADY_ASSIGNED', 'This colleague already handles the case.'),
      };
    }
    return { ok: true, drafts: [{ type: 'HandlerAssigned', data: handler }] };
  }
  if (!assigned) {
    return {
      ok: false,
      error: domainError('HANDLER_NOT_ASSIGNED', 'This colleague does not handle the case.'),
    };
  }
  return { ok: true, drafts: [{ type: 'HandlerUnassigned', data: handler }] };
}
