import type { QuotedSchema, SqlQueryable } from '@relocation/postgres';
import type { CaseRecord } from '../projector/caseRecord.ts';
import { loadCase } from '../projector/caseRows.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One case, or undefined when there is none (an id that is not a UUID included). */
export async function getCase(
  db: SqlQueryable,
  s: QuotedSchema,
  relocationId: string,
): Promise<CaseRecord | undefined> {
  if (!UUID.test(relocationId)) return undefined;
  return loadCase(db, s, relocationId.toLowerCase());
}
