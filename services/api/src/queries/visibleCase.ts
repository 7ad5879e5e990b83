import type { Principal } from '@relocation/access';
import type { Participation } from '@relocation/domain';
import { participationFor, type CaseRecord, type ReadModels } from '@relocation/read-models';
import { caseNotFound } from '../errors/apiError.ts';

/**
 * The case and how the caller takes part in it, or the one 404 body: an unknown id, a case the caller's
 * organisation has no part in, has declined, or the consent no longer covers look exactly the same.
 */
export async function visibleCase(
  readModels: Pick<ReadModels, 'queries'>,
  relocationId: string,
  principal: Principal,
): Promise<{ record: CaseRecord; participation: Participation }> {
  const record = await readModels.queries.getCase(relocationId);
  const participation = record === undefined ? undefined : participationFor(record, principal.organisationId);
  if (record === undefined || participation === undefined) throw caseNotFound();
  return { record, participation };
}
