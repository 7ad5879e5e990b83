import { coordinatorOrganisationId } from '@relocation/domain';
import type { QuotedSchema, SqlQueryable } from '@relocation/postgres';

/**
 * How often households were relocated (docs/design.md §3.4), as the national coordinator sees it: per year, the
 * cases initiated and how many of them renewed a relocation after a compromised location; per household with more
 * than one case, its cases in order. Plain ids, years and municipalities only, never an identity: the household id
 * is a uuid carried from case to case (a case written before it existed is its own household).
 */
export interface HouseholdRelocations {
  readonly years: readonly {
    readonly year: string;
    readonly relocations: number;
    readonly renewed: number;
    readonly households: number;
  }[];
  readonly households: readonly {
    readonly householdId: string;
    readonly relocations: number;
    readonly byYear: readonly { readonly year: string; readonly relocations: number }[];
    readonly cases: readonly {
      readonly relocationId: string;
      readonly initiatedAt: string;
      readonly previousRelocationId: string | null;
      readonly sendingMunicipalityCode: string | null;
      readonly status: string;
    }[];
  }[];
}

interface HouseholdRow {
  readonly relocation_id: string;
  readonly household_id: string;
  readonly previous_relocation_id: string | null;
  readonly sending_municipality: string | null;
  readonly status: string;
  readonly initiated_at: string;
}

/**
 * The cases the coordinator may see (`visible_to`), grouped by household; `limit` caps the households listed
 * (most relocations first), never the yearly counts.
 */
export async function householdRelocations(
  db: SqlQueryable,
  s: QuotedSchema,
  limit?: number,
): Promise<HouseholdRelocations> {
  const rows = await db.query<HouseholdRow>(
    `SELECT relocation_id::text AS relocation_id,
       COALESCE(state->>'householdId', relocation_id::text) AS household_id,
       state->>'previousRelocationId' AS previous_relocation_id,
       sending_municipality, status,
       to_char(initiated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS initiated_at
     FROM ${s}.relocations
     WHERE initiated_at IS NOT NULL AND visible_to @> ARRAY[$1]::text[]
     ORDER BY initiated_at, relocation_id`,
    [coordinatorOrganisationId],
  );
  const years = new Map<string, { relocations: number; renewed: number; households: Set<string> }>();
  const households = new Map<string, HouseholdRow[]>();
  for (const row of rows) {
    const year = row.initiated_at.slice(0, 4);
    const entry = years.get(year) ?? { relocations: 0, renewed: 0, households: new Set<string>() };
    entry.relocations += 1;
    if (row.previous_relocation_id !== null) entry.renewed += 1;
    entry.households.add(row.household_id);
    years.set(year, entry);
    households.set(row.household_id, [...(households.get(row.household_id) ?? []), row]);
  }
  const repeated = [...households.entries()]
    .filter(([, cases]) => cases.length > 1)
    .map(([householdId, unordered]) => {
      const cases = inChainOrder(unordered);
      const byYear = new Map<string, number>();
      for (const c of cases)
        byYear.set(c.initiated_at.slice(0, 4), (byYear.get(c.initiated_at.slice(0, 4)) ?? 0) + 1);
      return {
        householdId,
        relocations: cases.length,
        byYear: [...byYear.entries()].map(([year, relocations]) => ({ year, relocations })),
        cases: cases.map((c) => ({
          relocationId: c.relocation_id,
          initiatedAt: c.initiated_at,
          previousRelocationId: c.previous_relocation_id,
          sendingMunicipalityCode: c.sending_municipality,
          status: c.status,
        })),
      };
    })
    .sort((a, b) => b.relocations - a.relocations || a.householdId.localeCompare(b.householdId));
  return {
    years: [...years.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([year, entry]) => ({
        year,
        relocations: entry.relocations,
        renewed: entry.renewed,
        households: entry.households.size,
      })),
    households: repeated.slice(0, limit ?? repeated.length),
  };
}

/** A household's cases, each after the case it renews (cases are written in the same instant as their link). */
function inChainOrder(cases: readonly HouseholdRow[]): HouseholdRow[] {
  const ids = new Set(cases.map((c) => c.relocation_id));
  const ordered: HouseholdRow[] = [];
  const next = (previous: string | null): HouseholdRow[] =>
    cases.filter((c) =>
      previous === null
        ? c.previous_relocation_id === null || !ids.has(c.previous_relocation_id)
        : c.previous_relocation_id === previous,
    );
  const visit = (row: HouseholdRow): void => {
    if (ordered.includes(row)) return;
    ordered.push(row);
    for (const child of next(row.relocation_id)) visit(child);
  };
  for (const root of next(null)) visit(root);
  return ordered;
}
