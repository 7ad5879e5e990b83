import { hashEvent, type Json, type NewEvent, type TamperHooks } from '@relocation/event-store';
import { quoteSchema, type SqlDriver } from '@relocation/postgres';
import { positionSql } from '../globalPosition.ts';

/**
 * Changes the store's tables behind its back, as someone with database access could, so that tests can check
 * that `verify` notices. The streams table (the recorded heads) is never touched.
 */
export function createTamperHooks(driver: SqlDriver, schema: string): TamperHooks {
  const s = quoteSchema(schema);
  const where = 'stream_name = $1 AND revision = $2';
  return {
    async changeData(streamName: string, revision: number, data: Json): Promise<void> {
      await driver.query(`UPDATE ${s}.events SET data = $3::json WHERE ${where}`, [
        streamName,
        revision,
        JSON.stringify(data),
      ]);
    },

    async deleteEvent(streamName: string, revision: number): Promise<void> {
      await driver.query(`DELETE FROM ${s}.events WHERE ${where}`, [streamName, revision]);
    },

    /** The two rows exchange everything but their revision (and global position). */
    async swapEvents(streamName: string, revisionA: number, revisionB: number): Promise<void> {
      await driver.transaction(async (tx) => {
        const content = `event_id = $3::uuid, type = $4, data = $5::json, metadata = $6::json, hash = $7,
          previous_hash = $8, recorded_at = $9`;
        const read = async (revision: number) => {
          const [row] = await tx.query<{ [column: string]: unknown }>(
            `SELECT event_id::text AS event_id, type, data::text AS data, metadata::text AS metadata, hash,
               previous_hash, recorded_at FROM ${s}.events WHERE ${where}`,
            [streamName, revision],
          );
          if (!row) throw new Error(`No event at revision ${revision} of ${streamName}`);
          return [
            row.event_id,
            row.type,
            row.data,
            row.metadata,
            row.hash,
            row.previous_hash,
            row.recorded_at,
          ];
        };
        const a = await read(revisionA);
        const b = await read(revisionB);
        // Free A's event id first: event ids are unique and checked row by row.
        await tx.query(`UPDATE ${s}.events SET event_id = gen_random_uuid() WHERE ${where}`, [
          streamName,
          revisionA,
        ]);
        await tx.query(`UPDATE ${s}.events SET ${content} WHERE ${where}`, [streamName, revisionB, ...a]);
        await tx.query(`UPDATE ${s}.events SET ${content} WHERE ${where}`, [streamName, revisionA, ...b]);
      });
    },

    /** A forged event at afterRevision + 1, correctly chained to its predecessor; later events move up by one. */
    async insertEvent(streamName: string, afterRevision: number, event: NewEvent): Promise<void> {
      await driver.transaction(async (tx) => {
        const [predecessor] = await tx.query<{ hash: string }>(
          `SELECT hash FROM ${s}.events WHERE ${where}`,
          [streamName, afterRevision],
        );
        const revision = afterRevision + 1;
        const id = event.id.toLowerCase();
        const data = JSON.stringify(event.data);
        const metadata = JSON.stringify(event.metadata);
        const previousHash = predecessor?.hash ?? null;
        const hash = hashEvent({
          streamName,
          revision,
          id,
          type: event.type,
          data: JSON.parse(data) as Json,
          metadata: JSON.parse(metadata) as Record<string, Json>,
          previousHash,
        });
        // Renumber r -> r + 1 in two steps through negative values: unique (stream, revision) is checked per row.
        await tx.query(
          `UPDATE ${s}.events SET revision = -revision - 2 WHERE stream_name = $1 AND revision > $2`,
          [streamName, afterRevision],
        );
        await tx.query(
          `UPDATE ${s}.events SET revision = -revision - 1 WHERE stream_name = $1 AND revision < 0`,
          [streamName],
        );
        await tx.query(
          `INSERT INTO ${s}.events (global_position, stream_name, revision, event_id, type, data, metadata, hash,
             previous_hash)
           VALUES (${positionSql('0')}, $1, $2, $3::uuid, $4, $5::json, $6::json, $7, $8)`,
          [streamName, revision, id, event.type, data, metadata, hash, previousHash],
        );
      });
    },
  };
}
