import { initialState } from '@relocation/domain';
import type { Household, Need, RelocationState, SealedEnvelope } from '@relocation/domain';
import type { QuotedSchema, SqlQueryable } from '@relocation/postgres';
import type { StatisticsFacts } from '../statistics/statisticsFacts.ts';
import type { CaseRecord } from './caseRecord.ts';
import { visibleTo } from './visibleTo.ts';

/** The columns every read of `relocations` selects, 64-bit integers and instants as text for both drivers. */
export const CASE_COLUMNS = `relocation_id::text AS relocation_id, stream_name, state, household, needs,
  threat_valid_until, housing_type, provider_id, person_sealed, threat_details_sealed, reception_plan_sealed,
  identity_changes_sealed,
  to_char(initiated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS initiated_at,
  first_position::text AS first_position, last_position::text AS last_position,
  to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS updated_at`;

export interface CaseRow {
  readonly relocation_id: string;
  readonly stream_name: string;
  readonly state: RelocationState;
  readonly household: Household | null;
  readonly needs: Need[] | null;
  readonly threat_valid_until: string | null;
  readonly housing_type: string | null;
  readonly provider_id: string | null;
  readonly person_sealed: SealedEnvelope | null;
  readonly threat_details_sealed: SealedEnvelope | null;
  readonly reception_plan_sealed: SealedEnvelope | null;
  readonly identity_changes_sealed: SealedEnvelope[] | null;
  readonly initiated_at: string | null;
  readonly first_position: string;
  readonly last_position: string;
  readonly updated_at: string;
}

export function toCaseRecord(row: CaseRow): CaseRecord {
  return {
    relocationId: row.relocation_id,
    streamName: row.stream_name,
    // Rows written before a field of the state existed (the ledger, the transfer) read it as a new case has it.
    state: { ...initialState(), ...row.state },
    household: row.household,
    needs: row.needs,
    threatValidUntil: row.threat_valid_until,
    housingType: row.housing_type,
    providerId: row.provider_id,
    personSealed: row.person_sealed,
    threatDetailsSealed: row.threat_details_sealed,
    receptionPlanSealed: row.reception_plan_sealed,
    identityChangesSealed: row.identity_changes_sealed ?? [],
    initiatedAt: row.initiated_at,
    firstPosition: BigInt(row.first_position),
    lastPosition: BigInt(row.last_position),
    updatedAt: row.updated_at,
  };
}

export async function loadCase(
  db: SqlQueryable,
  s: QuotedSchema,
  relocationId: string,
): Promise<CaseRecord | undefined> {
  const [row] = await db.query<CaseRow>(
    `SELECT ${CASE_COLUMNS} FROM ${s}.relocations WHERE relocation_id = $1`,
    [relocationId],
    { prepare: true },
  );
  return row === undefined ? undefined : toCaseRecord(row);
}

/**
 * The cases among `relocationIds` that have a row, and the statistics facts of those that have them, by id: one
 * query for a projector batch (two before, issue 17: every round trip counts at a thousand commands a second).
 */
export async function loadCasesAndFacts(
  db: SqlQueryable,
  s: QuotedSchema,
  relocationIds: readonly string[],
): Promise<{
  readonly cases: Map<string, CaseRecord>;
  readonly facts: Map<string, StatisticsFacts>;
}> {
  const cases = new Map<string, CaseRecord>();
  const facts = new Map<string, StatisticsFacts>();
  if (relocationIds.length === 0) return { cases, facts };
  const rows = await db.query<
    { readonly asked: string; readonly statistics_facts: StatisticsFacts | null } & (
      CaseRow | { readonly [column in keyof CaseRow]: null }
    )
  >(
    `SELECT asked.id::text AS asked, c.*, st.facts AS statistics_facts
     FROM unnest($1::uuid[]) AS asked (id)
     LEFT JOIN LATERAL (SELECT ${CASE_COLUMNS} FROM ${s}.relocations WHERE relocation_id = asked.id) AS c ON true
     LEFT JOIN ${s}.statistics_cases AS st ON st.relocation_id = asked.id`,
    [relocationIds],
    { prepare: true },
  );
  for (const row of rows) {
    if (row.relocation_id !== null) cases.set(row.relocation_id, toCaseRecord(row));
    if (row.statistics_facts !== null) facts.set(row.asked, row.statistics_facts);
  }
  return { cases, facts };
}

const earliest = (instants: readonly string[]): string | null =>
  instants.length === 0 ? null : instants.reduce((a, b) => (Date.parse(a) <= Date.parse(b) ? a : b));

/**
 * Writes cases with their filter and access columns, all in one statement (a projector batch's cases).
 * `stalled_since` is the earliest due time of the deadlines still open: whether the case is stalled is decided at
 * query time (`stalled_since < now`), so it is right whatever the deadline monitor has or has not appended yet.
 * `next_due_at` is the earliest one not yet missed.
 */
export async function saveCases(
  db: SqlQueryable,
  s: QuotedSchema,
  records: readonly CaseRecord[],
): Promise<void> {
  if (records.length === 0) return;
  // One JSON array the server unpacks: no per-row parameters to bind and plan.
  const rows = records.map((record) => {
    const values = caseRowValues(record);
    return Object.fromEntries(CASE_FIELDS.map(([name], i) => [name, values[i]]));
  });
  await db.query(
    `INSERT INTO ${s}.relocations (${CASE_FIELDS.map(([name]) => name).join(', ')})
     SELECT ${CASE_FIELDS.map(([name]) => name).join(', ')}
     FROM jsonb_to_recordset($1::jsonb) AS c (${CASE_FIELDS.map(([name, type]) => `${name} ${type}`).join(', ')})
     ON CONFLICT (relocation_id) DO UPDATE SET ${CASE_FIELDS.filter(
       ([name]) => !['relocation_id', 'stream_name', 'first_position'].includes(name),
     )
       .map(([name]) => `${name} = EXCLUDED.${name}`)
       .join(', ')}`,
    [JSON.stringify(rows)],
    { prepare: true },
  );
}

export async function saveCase(db: SqlQueryable, s: QuotedSchema, record: CaseRecord): Promise<void> {
  await saveCases(db, s, [record]);
}

/** The columns `saveCases` writes, with their types, in the order of `caseRowValues`. */
const CASE_FIELDS = [
  ['relocation_id', 'uuid'],
  ['stream_name', 'text'],
  ['state', 'jsonb'],
  ['status', 'text'],
  ['urgency', 'text'],
  ['sending_municipality', 'text'],
  ['responsible_municipality', 'text'],
  ['proposed_municipality', 'text'],
  ['accepted_municipality', 'text'],
  ['visible_to', 'text[]'],
  ['next_due_at', 'timestamptz'],
  ['stalled_since', 'timestamptz'],
  ['household', 'jsonb'],
  ['needs', 'jsonb'],
  ['threat_valid_until', 'text'],
  ['housing_type', 'text'],
  ['provider_id', 'text'],
  ['person_sealed', 'jsonb'],
  ['threat_details_sealed', 'jsonb'],
  ['reception_plan_sealed', 'jsonb'],
  ['initiated_at', 'timestamptz'],
  ['revision', 'integer'],
  ['first_position', 'bigint'],
  ['last_position', 'bigint'],
  ['updated_at', 'timestamptz'],
  ['identity_changes_sealed', 'jsonb'],
  ['deadlines', 'jsonb'],
] as const;

function caseRowValues(record: CaseRecord): unknown[] {
  const { state } = record;
  return [
    record.relocationId,
    record.streamName,
    state,
    state.status,
    state.urgency,
    state.sendingMunicipality,
    state.responsibleMunicipality,
    state.proposedMunicipality,
    state.acceptedMunicipality,
    visibleTo(state),
    earliest(state.deadlines.filter((d) => !d.missed).map((d) => d.dueAt)),
    earliest(state.deadlines.filter((d) => d.kind !== 'transferEffective').map((d) => d.dueAt)),
    record.household,
    record.needs,
    record.threatValidUntil,
    record.housingType,
    record.providerId,
    record.personSealed,
    record.threatDetailsSealed,
    record.receptionPlanSealed,
    record.initiatedAt,
    state.revision,
    record.firstPosition.toString(),
    record.lastPosition.toString(),
    record.updatedAt,
    record.identityChangesSealed ?? [],
    state.deadlines,
  ];
}
