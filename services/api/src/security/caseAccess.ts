import type { Principal } from '@relocation/access';
import { handlerRuleAllows, type Participation } from '@relocation/domain';
import { participationFor, type CaseRecord } from '@relocation/read-models';
import { caseUserOf } from '../auth/caseUser.ts';

/**
 * The one place the read side decides whether a caller sees a case: its organisation must take part
 * (`participationFor`: consent, declines and the stored state folded in) and, inside a municipality, the caller
 * must be an assigned handler of the case or a supervisor (`handlerRuleAllows`). Undefined means "answer 404".
 * Commands get the same rule from the domain's `authorize`.
 */
export function caseAccessFor(record: CaseRecord, principal: Principal): Participation | undefined {
  const user = caseUserOf(principal);
  // A researcher (statistics only) holds no case role: no case is visible to them, whatever the organisation.
  if (user.roles.length === 0) return undefined;
  const participation = participationFor(record, principal.organisationId);
  if (participation === undefined) return undefined;
  return handlerRuleAllows(record.state, user) ? participation : undefined;
}
