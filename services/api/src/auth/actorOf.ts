import type { Principal } from '@relocation/access';
import { commandPermissions } from '@relocation/domain';
import type { Actor, CommandType } from '@relocation/domain';

/**
 * The domain actor for a command: the token's user and organisation, and the first of its roles that the command
 * admits (a user holding caseworker and supervisor acts as whichever fits). Without a fitting role the first role
 * is used, and the domain refuses the command by role.
 */
export function actorOf(principal: Principal, type: CommandType): Actor {
  const admitted = commandPermissions[type].roles;
  const role = principal.roles.find((candidate) => admitted.includes(candidate)) ?? principal.roles[0];
  if (role === undefined) throw new Error('a verified principal always holds a role');
  return { userId: principal.userId, organisationId: principal.organisationId, role };
}
