import { initialState } from '@relocation/domain';
import type { Household, Need, RelocationState, SealedEnvelope } from '@relocation/domain';
import type { SqlQueryable } from '@relocation/event-store-postgres';
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
  s: string,
  relocationId: string,
): Promise<CaseRecord | undefined> {
  const [row] = await db.query<CaseRow>(
    `SELECT ${CASE_COLUMNS} FROM ${s}.relocations WHERE relocation_id = $1`,
    [relocationId],
  );
  return row === undefined ? undefined : toCaseRecord(row);
}

const earliest = (instants: readonly string[]): string | null =>
  instants.length === 0 ? null : instants.reduce((a, b) => (Date.parse(a) <= Date.parse(b) ? a : b));

/**
 * Writes the case with its filter and access columns. `stalled_since` is the earliest due time of the deadlines
 * still open: whether the case is stalled is decided at query time (`stalled_since < now`), so it is right
 * whatever the deadline monitor has or has not appended yet. `next_due_at` is the earliest one not yet missed.
 */
export async function saveCase(db: SqlQueryable, s: string, record: CaseRecord): Promise<void> {
  const { state } = record;
  const json = (value: unknown) => (value === null ? null : JSON.stringify(value));
  await db.query(
    `INSERT INTO ${s}.relocations (relocation_id, stream_name, state, status, urgency, sending_municipality,
       responsible_municipality, proposed_municipality, accepted_municipality, visible_to, next_due_at,
       stalled_since, household, needs, threat_valid_until, housing_type, provider_id, person_sealed,
       threat_details_sealed, reception_plan_sealed, initiated_at, revision, first_position, last_position,
       updated_at, identity_changes_sealed)
     VALUES ($1, $2, $3::jsonb, $4, $5, $6, $7, $8, $9, $10::text[], $11, $12, $13::jsonb, $14::jsonb, $15, $16,
       $17, $18::jsonb, $19::jsonb, $20::jsonb, $21, $22, $23, $24, $25, $26::jsonb)
     ON CONFLICT (relocation_id) DO UPDATE SET state = EXCLUDED.state, status = EXCLUDED.status,
       urgency = EXCLUDED.urgency, sending_municipality = EXCLUDED.sending_municipality,
       responsible_municipality = EXCLUDED.responsible_municipality,
       proposed_municipality = EXCLUDED.proposed_municipality,
       accepted_municipality = EXCLUDED.accepted_municipality, visible_to = EXCLUDED.visible_to,
       next_due_at = EXCLUDED.next_due_at, stalled_since = EXCLUDED.stalled_since,
       household = EXCLUDED.household, needs = EXCLUDED.needs, threat_valid_until = EXCLUDED.threat_valid_until,
       housing_type = EXCLUDED.housing_type, provider_id = EXCLUDED.provider_id,
       person_sealed = EXCLUDED.person_sealed, threat_details_sealed = EXCLUDED.threat_details_sealed,
       reception_plan_sealed = EXCLUDED.reception_plan_sealed, initiated_at = EXCLUDED.initiated_at,
       revision = EXCLUDED.revision, last_position = EXCLUDED.last_position, updated_at = EXCLUDED.updated_at,
       identity_changes_sealed = EXCLUDED.identity_changes_sealed`,
    [
      record.relocationId,
      record.streamName,
      JSON.stringify(state),
      state.status,
      state.urgency,
      state.sendingMunicipality,
      state.responsibleMunicipality,
      state.proposedMunicipality,
      state.acceptedMunicipality,
      visibleTo(state),
      earliest(state.deadlines.filter((d) => !d.missed).map((d) => d.dueAt)),
      earliest(state.deadlines.filter((d) => d.kind !== 'transferEffective').map((d) => d.dueAt)),
      json(record.household),
      json(record.needs),
      record.threatValidUntil,
      record.housingType,
      record.providerId,
      json(record.personSealed),
      json(record.threatDetailsSealed),
      json(record.receptionPlanSealed),
      record.initiatedAt,
      state.revision,
      record.firstPosition.toString(),
      record.lastPosition.toString(),
      record.updatedAt,
      JSON.stringify(record.identityChangesSealed),
    ],
  );
}
