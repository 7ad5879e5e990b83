import type { CommandType } from '../commands/payloads.ts';
import { domainError } from '../errors.ts';
import type { DomainError } from '../errors.ts';
import type { Actor } from '../schemas/actor.ts';
import type { RelocationState } from '../state/state.ts';
import { commandPermissions } from './commandPermissions.ts';
import { handlerRuleAllows, isAssignedHandler } from './handlerAccess.ts';
import { isResponsibleMunicipality, participationOf } from './participation.ts';

/**
 * Checks `commandPermissions` for one actor. An organisation outside the case, and the auditor (who acts on no
 * case), get NOT_A_PARTICIPANT (the API answers 404, so a case's existence does not leak); a participant without
 * the right gets FORBIDDEN_FOR_ROLE.
 */
export function authorize(type: CommandType, actor: Actor, state: RelocationState): DomainError | null {
  const permission = commandPermissions[type];
  const participation = participationOf(state, actor.organisationId);
  // The handler rule comes first: a colleague who is not assigned to the case must learn nothing of it, not even
  // that it exists through a "your organisation may not do this" answer.
  const caseUser = { organisationId: actor.organisationId, userId: actor.userId, roles: [actor.role] };
  if (participation !== 'none' && participation !== 'declined' && !handlerRuleAllows(state, caseUser)) {
    return domainError(
      'NOT_A_PARTICIPANT',
      'This case does not exist or is not shared with your organisation.',
    );
  }
  if (!permission.participations.includes(participation)) {
    // The auditor takes part in no case's workflow: a real case id must answer like a random one (issue 10).
    if (participation === 'none' || participation === 'declined' || participation === 'auditor') {
      return domainError(
        'NOT_A_PARTICIPANT',
        'This case does not exist or is not shared with your organisation.',
      );
    }
    return domainError(
      'FORBIDDEN_FOR_ROLE',
      `Your organisation (${participation}) may not do ${type} on this case.`,
      {
        participation,
      },
    );
  }
  if (!permission.roles.includes(actor.role)) {
    return domainError('FORBIDDEN_FOR_ROLE', `The role ${actor.role} may not do ${type}.`, {
      role: actor.role,
    });
  }
  // The police know a case from its submission (docs/design.md §3): they name no handlers on a draft.
  const handlerCommand = type === 'AssignHandler' || type === 'UnassignHandler';
  if (handlerCommand && participation === 'police' && state.status === 'draft') {
    return domainError('FORBIDDEN_FOR_ROLE', 'The police take part in a case from its submission on.');
  }
  if (permission.placingAfterDirectPlacement === true && participation !== 'acceptedReceiving') {
    const placing = state.directPlacement?.placingMunicipalityCode;
    if (placing === undefined || actor.organisationId !== `municipality:${placing}`) {
      return domainError(
        'FORBIDDEN_FOR_ROLE',
        `Your organisation (${participation}) may not do ${type} on this case.`,
        { participation },
      );
    }
  }
  if (
    permission.assignedHandlerOnly === true &&
    !isAssignedHandler(state, actor.organisationId, actor.userId)
  ) {
    return domainError(
      'NOT_AN_ASSIGNED_HANDLER',
      `Only a user assigned to this case in your organisation may do ${type}.`,
    );
  }
  const isMunicipality = actor.organisationId.startsWith('municipality:');
  if (
    permission.responsibleOnly === true &&
    isMunicipality &&
    !isResponsibleMunicipality(state, actor.organisationId)
  ) {
    return domainError('FORBIDDEN_FOR_ROLE', `Only the responsible municipality may do ${type}.`);
  }
  return null;
}
