import type { Principal } from '@relocation/access';
import { actorFor } from '@relocation/domain';
import type { Actor, CommandType } from '@relocation/domain';
import { ApiError, caseNotFound } from '../errors/apiError.ts';
import { caseUserOf } from '../security/caseAccess.ts';

/**
 * The domain actor for a command: the token's user and organisation, and a role of the token that the command
 * admits, supervisor first (it is not bound to assigned cases). Without a fitting role the token's first role is
 * used, and the domain refuses the command by role. The domain's `actorFor` decides, so `availableActions` offers
 * exactly what a command would be allowed as. A caller without any role that works on cases (the provider
 * register's administrator) is outside every case: 404, or 403 for opening a case.
 */
export function actorOf(principal: Principal, type: CommandType): Actor {
  const user = caseUserOf(principal);
  if (user === undefined) {
    if (type !== 'InitiateRelocation') throw caseNotFound();
    throw new ApiError(403, 'FORBIDDEN_FOR_ROLE', 'Your roles do not work on cases.');
  }
  const actor = actorFor(user, type);
  if (actor === undefined) throw new Error('a case user always holds a role');
  return actor;
}
