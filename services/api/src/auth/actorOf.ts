import type { Principal } from '@relocation/access';
import { commandPermissions } from '@relocation/domain';
import type { Actor, CommandType } from '@relocation/domain';

/**
 * The domain actor for a command: the token's user and organisation, and a role of the token that the command
 * admits, supervisor first (it is not bound to assigned cases). Without a fitting role the token's first role is
 * used, and the domain refuses the command by role.
 */
export function actorOf(principal: Principal, type: CommandType): Actor {
  const admitted = principal.roles.filter((candidate) => commandPermissions[type].roles.includes(candidate));
  // A supervisor may act on every case of the municipality; a caseworker only where assigned.
  const role = (admitted.includes('supervisor') ? 'supervisor' : admitted[0]) ?? principal.roles[0];
  if (role === undefined) throw new Error('a verified principal always holds a role');
  return { userId: principal.userId, organisationId: principal.organisationId, role };
}
