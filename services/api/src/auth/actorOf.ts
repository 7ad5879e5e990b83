import type { Principal } from '@relocation/access';
import { actorFor } from '@relocation/domain';
import type { Actor, CommandType } from '@relocation/domain';
import { ApiError } from '../errors/apiError.ts';
import { caseUserOf } from './caseUser.ts';

/**
 * The domain actor for a command: the token's user and organisation, and a role of the token that the command
 * admits, supervisor first (it is not bound to assigned cases). Without a fitting role the token's first role is
 * used, and the domain refuses the command by role. The domain's `actorFor` decides, so `availableActions` offers
 * exactly what a command would be allowed as.
 */
export function actorOf(principal: Principal, type: CommandType): Actor {
  const actor = actorFor(caseUserOf(principal), type);
  if (actor === undefined) throw new ApiError(403, 'FORBIDDEN_FOR_ROLE', 'Your roles take no part in cases.');
  return actor;
}
