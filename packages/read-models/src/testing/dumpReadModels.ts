import { quoteSchema, type SqlQueryable } from '@relocation/postgres';

export interface ReadModelDump {
  readonly relocations: unknown[];
  readonly checkpoint: unknown[];
  readonly statistics: unknown[];
  readonly stageIntervals: unknown[];
  /** The overview's counts, groups at zero left out (live projection keeps them, a rebuild never makes them). */
  readonly caseCounts: unknown[];
}

/**
 * Every read-model row in a fixed order, parsed from its JSON text, for comparing a rebuild with live projection.
 * The checkpoint row leaves out `updated_at`, the one column stamped by the projector's clock.
 */
export async function dumpReadModels(db: SqlQueryable, schema: string): Promise<ReadModelDump> {
  const s = quoteSchema(schema);
  const rows = (sql: string) =>
    db.query<{ row: string }>(sql).then((result) => result.map((r) => JSON.parse(r.row) as unknown));
  return {
    relocations: await rows(
      `SELECT row_to_json(r)::text AS row FROM ${s}.relocations r ORDER BY relocation_id`,
    ),
    checkpoint: await rows(
      `SELECT json_build_object('name', name, 'checkpoint', checkpoint, 'max_position', max_position)::text AS row
       FROM ${s}.projector_checkpoint ORDER BY name`,
    ),
    statistics: await rows(
      `SELECT row_to_json(c)::text AS row FROM ${s}.statistics_cases c ORDER BY relocation_id`,
    ),
    stageIntervals: await rows(
      `SELECT row_to_json(i)::text AS row FROM ${s}.stage_intervals i ORDER BY relocation_id, entered_revision`,
    ),
    caseCounts: await rows(
      `SELECT row_to_json(c)::text AS row FROM ${s}.case_counts c WHERE cases <> 0
       ORDER BY status, urgency, responsible_municipality, coordinator_sees`,
    ),
  };
}
