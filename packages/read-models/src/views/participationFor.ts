import { organisationSeesCase, participationOf, type Participation } from '@relocation/domain';
import type { CaseRecord } from '../projector/caseRecord.ts';

/**
 * How the caller's organisation takes part in the case, from the stored domain state; undefined when it may not
 * see the case at all (no part, declined, consent not covering it, auditor, services): the API answers 404 then,
 * exactly as for an unknown id.
 */
export function participationFor(record: CaseRecord, organisationId: string): Participation | undefined {
  return organisationSeesCase(record.state, organisationId)
    ? participationOf(record.state, organisationId)
    : undefined;
}
