import type { QuotedSchema, SqlQueryable } from '@relocation/postgres';
import type { EventStore } from '@relocation/event-store';
import { PROJECTOR_NAME } from './checkpointRow.ts';
import { relocationStreamPrefix } from '@relocation/domain';

/**
 * The event a projector met and could not project, so it stopped: what an operator needs to find it (id, type,
 * global position) and the class of the failure (an SQLSTATE or an error name). Never the event's content and
 * never the error's message, which can quote the data (personal data, sealed or not).
 */
export interface ProjectionHalt {
  readonly eventId: string;
  readonly type: string;
  readonly position: string;
  readonly reason: string;
  readonly haltedAt: string;
}

/** Thrown by a rebuild that meets an event it cannot project. */
export class ProjectionHaltedError extends Error {
  readonly code = 'PROJECTION_HALTED';
  readonly halt: ProjectionHalt;

  constructor(halt: ProjectionHalt) {
    super(
      `The read models cannot project event ${halt.eventId} (${halt.type}, position ${halt.position}): ${halt.reason}`,
    );
    this.name = 'ProjectionHaltedError';
    this.halt = halt;
  }
}

/** SQLSTATE classes of failures that pass: connection (08), resources (53), operator intervention (57), system (58), rollback (40). */
const transientSqlStates = /^(08|40|53|57|58)/;
const transientNodeCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * Whether a failed batch may heal by itself (the database restarting, a lost connection, a serialisation failure).
 * Anything else, met while projecting one single event, is that event's fault and will fail the same way again.
 */
export function isTransientFailure(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, name } = error as { code?: unknown; name?: unknown };
  if (name === 'AbortError' || code === 'EVENT_STORE_CLOSED') return true;
  if (typeof code !== 'string') return false;
  return transientSqlStates.test(code) || transientNodeCodes.has(code);
}

/** The class of a failure, safe to show: an SQLSTATE, a stable error code or the error's name. */
export function reasonOf(error: unknown): string {
  if (typeof error === 'object' && error !== null) {
    const { code, name } = error as { code?: unknown; name?: unknown };
    if (typeof code === 'string' && /^[A-Za-z0-9_]{1,64}$/.test(code)) {
      return /^[0-9A-Z]{5}$/.test(code) ? `SQLSTATE ${code}` : code;
    }
    if (typeof name === 'string' && /^[A-Za-z]{1,64}$/.test(name)) return name;
  }
  return 'unknown';
}

/** The first relocation event after a checkpoint: the one a single-event batch failed on. */
export async function haltOn(
  store: EventStore,
  checkpoint: string | undefined,
  error: unknown,
  now: Date,
): Promise<ProjectionHalt | undefined> {
  const next = await store.readAll({
    ...(checkpoint === undefined ? {} : { after: checkpoint }),
    batchSize: 1,
    streamPrefix: relocationStreamPrefix,
  });
  const event = next.events[0];
  if (event === undefined) return undefined;
  return {
    eventId: event.id,
    type: event.type,
    position: event.globalPosition.toString(),
    reason: reasonOf(error),
    haltedAt: now.toISOString(),
  };
}

export async function saveHalt(db: SqlQueryable, s: QuotedSchema, halt: ProjectionHalt): Promise<void> {
  await db.query(
    `INSERT INTO ${s}.projector_halt (name, event_id, type, position, reason, halted_at)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (name) DO UPDATE SET event_id = EXCLUDED.event_id, type = EXCLUDED.type,
       position = EXCLUDED.position, reason = EXCLUDED.reason, halted_at = EXCLUDED.halted_at`,
    [PROJECTOR_NAME, halt.eventId, halt.type, halt.position, halt.reason, halt.haltedAt],
  );
}

export async function loadHalt(db: SqlQueryable, s: QuotedSchema): Promise<ProjectionHalt | undefined> {
  const [row] = await db.query<{
    event_id: string;
    type: string;
    position: string;
    reason: string;
    halted_at: Date | string;
  }>(
    `SELECT event_id::text AS event_id, type, position::text AS position, reason, halted_at
     FROM ${s}.projector_halt WHERE name = $1`,
    [PROJECTOR_NAME],
  );
  if (row === undefined) return undefined;
  return {
    eventId: row.event_id,
    type: row.type,
    position: row.position,
    reason: row.reason,
    haltedAt: new Date(row.halted_at).toISOString(),
  };
}

export async function clearHalt(db: SqlQueryable, s: QuotedSchema): Promise<void> {
  await db.query(`DELETE FROM ${s}.projector_halt WHERE name = $1`, [PROJECTOR_NAME]);
}
