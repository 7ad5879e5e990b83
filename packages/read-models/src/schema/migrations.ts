import { coordinatorOrganisationId } from '@relocation/domain';
import type { QuotedSchema } from '@relocation/postgres';
/**
 * The read models' tables, created by `migrateReadModels` in one transaction. `rebuild` drops the whole schema and
 * runs these again, so they describe the tables from zero; a later change adds statements, and a rebuild applies it.
 * `s` is the quoted schema name. One statement per entry: PGlite runs one statement per query.
 *
 * Personal data is held only as the sealed envelopes the events carry (`*_sealed` columns), never in clear.
 */
export function readModelStatements(s: QuotedSchema): readonly string[] {
  return [
    `CREATE TABLE IF NOT EXISTS ${s}.relocations (
       relocation_id uuid PRIMARY KEY,
       stream_name text NOT NULL,
       state jsonb NOT NULL,
       status text NOT NULL,
       urgency text,
       sending_municipality text,
       responsible_municipality text,
       proposed_municipality text,
       accepted_municipality text,
       visible_to text[] NOT NULL,
       next_due_at timestamptz,
       stalled_since timestamptz,
       household jsonb,
       needs jsonb,
       threat_valid_until text,
       housing_type text,
       provider_id text,
       person_sealed jsonb,
       threat_details_sealed jsonb,
       reception_plan_sealed jsonb,
       initiated_at timestamptz,
       revision integer NOT NULL,
       first_position bigint NOT NULL,
       last_position bigint NOT NULL,
       updated_at timestamptz NOT NULL
     )`,
    `CREATE INDEX IF NOT EXISTS relocations_visible_to ON ${s}.relocations USING gin (visible_to)`,
    `CREATE INDEX IF NOT EXISTS relocations_paging ON ${s}.relocations (first_position DESC)`,
    `CREATE TABLE IF NOT EXISTS ${s}.projector_checkpoint (
       name text PRIMARY KEY,
       checkpoint text,
       max_position bigint,
       updated_at timestamptz NOT NULL
     )`,
    // Added for the deadline monitor and the coordinator's dashboard (issue 5).
    `CREATE INDEX IF NOT EXISTS relocations_stalled_since ON ${s}.relocations (stalled_since)
       WHERE stalled_since IS NOT NULL`,
    `CREATE TABLE IF NOT EXISTS ${s}.stage_intervals (
       relocation_id uuid NOT NULL,
       entered_revision integer NOT NULL,
       status text NOT NULL,
       entered_at timestamptz NOT NULL,
       left_at timestamptz,
       PRIMARY KEY (relocation_id, entered_revision)
     )`,
    `CREATE INDEX IF NOT EXISTS stage_intervals_left_at ON ${s}.stage_intervals (left_at)
       WHERE left_at IS NOT NULL`,
    // The event a projector could not project and stopped at (issue 10): no content, only where and why.
    `CREATE TABLE IF NOT EXISTS ${s}.projector_halt (
       name text PRIMARY KEY,
       event_id uuid NOT NULL,
       type text NOT NULL,
       position bigint NOT NULL,
       reason text NOT NULL,
       halted_at timestamptz NOT NULL
     )`,
    // The statistics (issue 15): per case, categories, counts, dates and durations only, no personal data.
    // Cases projected before this table existed get a row on the next rebuild.
    `CREATE TABLE IF NOT EXISTS ${s}.statistics_cases (
       relocation_id uuid PRIMARY KEY,
       facts jsonb NOT NULL
     )`,
    // A list filtered by state pages newest first without reading the other states' rows (issue 17: at national
    // scale the coordinator sees every case, so `visible_to` does not narrow the list).
    `CREATE INDEX IF NOT EXISTS relocations_status_paging ON ${s}.relocations (status, first_position DESC)`,
    // Fingerade personuppgifter (issue 13): each new identity the police recorded, sealed, oldest first. Cases
    // projected before it existed had no identity change, so the empty list is right for them.
    `ALTER TABLE ${s}.relocations ADD COLUMN IF NOT EXISTS identity_changes_sealed jsonb NOT NULL DEFAULT '[]'::jsonb`,
    // National scale (issue 17). The overview counts every case a caller sees in one index-only scan: the index
    // holds the grouped columns, and visible_to is included so that the visibility test needs no row.
    `CREATE INDEX IF NOT EXISTS relocations_overview ON ${s}.relocations
       (status, urgency, responsible_municipality) INCLUDE (stalled_since, visible_to, relocation_id)`,
    // The stage durations of the last twelve months, read from the index alone; supersedes stage_intervals_left_at.
    `CREATE INDEX IF NOT EXISTS stage_intervals_left ON ${s}.stage_intervals (left_at)
       INCLUDE (status, entered_at, relocation_id) WHERE left_at IS NOT NULL`,
    `DROP INDEX IF EXISTS ${s}.stage_intervals_left_at`,
    // The open deadlines beside the state: the stalled dashboard reads them without unpacking every stalled case's
    // whole state (compressed out of line at national size). Null in rows written before it, until the case's next
    // event or a rebuild; readers fall back to the state then.
    `ALTER TABLE ${s}.relocations ADD COLUMN IF NOT EXISTS deadlines jsonb`,
    ...caseCountStatements(s),
    // The few cases the coordinator does not see: the overview's stage durations leave their stays out by an
    // anti-join on this index instead of joining every stay of the year to its case.
    `CREATE INDEX IF NOT EXISTS relocations_hidden_from_coordinator ON ${s}.relocations (relocation_id)
       WHERE NOT (visible_to @> ARRAY['${coordinatorOrganisationId}']::text[])`,
    // No planner statistics for whole JSON documents: no query compares a document as a whole (the fields drawn
    // from one are estimated without them), and gathering them is most of analysing a table after a rebuild
    // (issue 17).
    `ALTER TABLE ${s}.relocations ${statisticsOff([
      'state',
      'household',
      'needs',
      'person_sealed',
      'threat_details_sealed',
      'reception_plan_sealed',
      'identity_changes_sealed',
      'deadlines',
    ])}`,
    `ALTER TABLE ${s}.statistics_cases ${statisticsOff(['facts'])}`,
    // The timeline is read from each case's stream in the event store (issue 17): the table that copied every
    // event for it goes, with what it held (nothing but what the events hold).
    `DROP TABLE IF EXISTS ${s}.relocation_history`,
  ];
}

const statisticsOff = (columns: readonly string[]): string =>
  columns.map((column) => `ALTER COLUMN ${column} SET STATISTICS 0`).join(', ');

/** The `case_counts` triggers, by the operation they follow, with the transition tables each one has. */
const COUNT_TRIGGERS = [
  ['relocations_counted_insert', 'INSERT', 'NEW TABLE AS new_rows'],
  ['relocations_counted_update', 'UPDATE', 'OLD TABLE AS old_rows NEW TABLE AS new_rows'],
  ['relocations_counted_delete', 'DELETE', 'OLD TABLE AS old_rows'],
] as const;

/**
 * National scale (issue 17): the overview's counts per state, urgency and responsible municipality, kept by the
 * database on every write of `relocations` instead of counted per request. Statement-level triggers see the rows a
 * statement changed (transition tables: a projector batch's upsert is one statement) and add each group's change
 * in one upsert; a write that moves no case between groups writes nothing. `coordinator_sees` is whether the
 * coordinator is in `visible_to`, which is what the overview counts. The function finds the table through the
 * trigger's schema, so a rebuilt schema renamed into place keeps counting. Null urgency and municipality are kept
 * as '' (part of the key). A schema that had cases before this table existed is counted once, when the table is
 * still empty: the triggers keep it exact from then on (rows at zero stay), so the fill never runs twice.
 */
function caseCountStatements(s: QuotedSchema): string[] {
  const coordinator = `ARRAY['${coordinatorOrganisationId}']::text[]`;
  return [
    `CREATE TABLE IF NOT EXISTS ${s}.case_counts (
       status text NOT NULL,
       urgency text NOT NULL,
       responsible_municipality text NOT NULL,
       coordinator_sees boolean NOT NULL,
       cases integer NOT NULL,
       PRIMARY KEY (status, urgency, responsible_municipality, coordinator_sees)
     )`,
    `INSERT INTO ${s}.case_counts (status, urgency, responsible_municipality, coordinator_sees, cases)
     SELECT status, coalesce(urgency, ''), coalesce(responsible_municipality, ''), visible_to @> ${coordinator},
       count(*)::int
     FROM ${s}.relocations WHERE NOT EXISTS (SELECT 1 FROM ${s}.case_counts)
     GROUP BY 1, 2, 3, 4`,
    `CREATE OR REPLACE FUNCTION ${s}.count_cases() RETURNS trigger LANGUAGE plpgsql AS $count$
     DECLARE
       changed text := CASE TG_OP
         WHEN 'INSERT' THEN 'SELECT status, urgency, responsible_municipality, visible_to, 1 AS delta FROM new_rows'
         WHEN 'DELETE' THEN 'SELECT status, urgency, responsible_municipality, visible_to, -1 AS delta FROM old_rows'
         ELSE 'SELECT status, urgency, responsible_municipality, visible_to, 1 AS delta FROM new_rows
               UNION ALL SELECT status, urgency, responsible_municipality, visible_to, -1 FROM old_rows'
       END;
     BEGIN
       EXECUTE format(
         'INSERT INTO %I.case_counts AS c (status, urgency, responsible_municipality, coordinator_sees, cases)
          SELECT status, coalesce(urgency, ''''), coalesce(responsible_municipality, ''''),
            visible_to @> ${coordinator.replaceAll("'", "''")}, sum(delta)::int
          FROM (%s) AS changed GROUP BY 1, 2, 3, 4 HAVING sum(delta) <> 0
          ON CONFLICT (status, urgency, responsible_municipality, coordinator_sees)
          DO UPDATE SET cases = c.cases + EXCLUDED.cases',
         TG_TABLE_SCHEMA, changed);
       RETURN NULL;
     END
     $count$`,
    // Created once: a migration run with nothing to do takes no lock on the table.
    ...COUNT_TRIGGERS.map(
      ([name, operation, tables]) => `DO $create$ BEGIN
         IF NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgrelid = '${s}.relocations'::regclass AND tgname = '${name}')
         THEN CREATE TRIGGER ${name} AFTER ${operation} ON ${s}.relocations REFERENCING ${tables}
           FOR EACH STATEMENT EXECUTE FUNCTION ${s}.count_cases();
         END IF;
       END $create$`,
    ),
  ];
}
