import { randomUUID } from 'node:crypto';
import type { SqlEventStore } from '@relocation/event-store-postgres';
import { relocationStreamName } from '@relocation/domain';

/**
 * Stores an event the way the store API now refuses to (issue 10): straight into the events table, as a database
 * writer or an older version of the engine could have. The data holds U+0000, which the read models' jsonb cannot.
 */
export async function insertUnprojectableEvent(
  store: SqlEventStore,
  relocationId: string,
  revision: number,
): Promise<{ eventId: string; position: string }> {
  const eventId = randomUUID();
  const metadata = {
    version: 1,
    eventId,
    occurredAt: '2026-03-02T09:00:00.000Z',
    actor: { userId: 'berit', organisationId: 'municipality:0180', role: 'supervisor' },
    correlationId: randomUUID(),
    causationId: randomUUID(),
  };
  const [row] = await store.driver.query<{ position: string }>(
    `INSERT INTO "${store.schema}".events
       (global_position, stream_name, revision, event_id, type, data, metadata, hash, previous_hash)
     VALUES (pg_current_xact_id()::text::bigint * 1048576, $1, $2, $3, 'HandlerAssigned', $4::json, $5::json, 'x', NULL)
     RETURNING global_position::text AS position`,
    [
      relocationStreamName(relocationId),
      revision,
      eventId,
      JSON.stringify({ organisationId: 'municipality:0180', userId: 'a\u0000b' }),
      JSON.stringify(metadata),
    ],
  );
  return { eventId, position: row?.position ?? '' };
}
