import type { Principal } from '@relocation/access';
import type { Participation } from '@relocation/domain';
import type { CaseRecord, ReadModels } from '@relocation/read-models';
import { caseNotFound } from '../errors/apiError.ts';
import { caseAccessFor } from '../security/caseAccess.ts';

/**
 * The case and how the caller takes part in it, or the one 404 body: an unknown id, a case the caller's
 * organisation has no part in, has declined, or the consent no longer covers, and (inside a municipality) a case
 * the caller is not assigned to and does not supervise, look exactly the same.
 */
export async function visibleCase(
  readModels: Pick<ReadModels, 'queries'>,
  relocationId: string,
  principal: Principal,
): Promise<{ record: CaseRecord; participation: Participation }> {
  const record = await readModels.queries.getCase(relocationId);
  const participation = record === undefined ? undefined : caseAccessFor(record, principal);
  if (record === undefined || participation === undefined) throw caseNotFound();
  return { record, participation };
}
