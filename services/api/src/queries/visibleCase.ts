import type { Principal } from '@relocation/access';
import type { Participation } from '@relocation/domain';
import type { CaseRecord, ReadModels } from '@relocation/read-models';
import type { FastifyReply } from 'fastify';
import { caseNotFound } from '../errors/apiError.ts';
import { caseAccessFor } from '../security/caseAccess.ts';
import { reachPosition, readModelBehind } from './awaitPosition.ts';

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

/**
 * `visibleCase` with read-your-writes (`?minPosition=`, "at least"). A position already passed answers at once,
 * after the visibility check alone. Otherwise the query waits for the position (a case just created or just
 * shared may not be projected yet) and then checks visibility: a caller who does not see the case gets the 404 of
 * an unknown id, never the 503 that would tell it the case exists; only a caller who sees it gets 503 when the
 * position was not reached in time. The wait depends on the position only, never on the case.
 */
export async function visibleCaseAt(
  readModels: Pick<ReadModels, 'queries' | 'hasProcessed'>,
  relocationId: string,
  principal: Principal,
  minPosition: bigint | undefined,
  waitMs: number,
  reply: FastifyReply,
): Promise<{ record: CaseRecord; participation: Participation }> {
  if (minPosition === undefined || (await readModels.hasProcessed(minPosition))) {
    return visibleCase(readModels, relocationId, principal);
  }
  const reached = await reachPosition(readModels, minPosition, waitMs);
  const seen = await visibleCase(readModels, relocationId, principal).catch(() => undefined);
  // Only a caller who sees the case learns that the read models are behind.
  if (seen === undefined) throw caseNotFound();
  if (!reached) throw readModelBehind(reply, minPosition);
  return seen;
}
