import { chainEvents, type EventStore, type Json, type RecordedEvent } from '@relocation/event-store';
import { quoteSchema, type SqlDriver } from '@relocation/postgres';
import { hashAccessEntry, type RecordedAccessEntry } from '@relocation/access-log';

/**
 * The attack of issue 10 on the event store, as a database owner could run it: change an event, recompute the
 * SHA-256 chain from there on, and move `streams.head_hash` to the new end. The store's own verify passes after it.
 */
export async function rewriteStreamHistory(
  driver: SqlDriver,
  store: EventStore,
  schema: string,
  streamName: string,
  revision: number,
  data: Json,
): Promise<void> {
  const s = quoteSchema(schema);
  const events: RecordedEvent[] = [];
  for await (const event of store.readStream(streamName)) events.push(event);
  const forged = events.map((event) => (event.revision === revision ? { ...event, data } : event));
  const chained = chainEvents(streamName, undefined, forged);
  await driver.transaction(async (tx) => {
    for (const link of chained) {
      await tx.query(
        `UPDATE ${s}.events SET data = $3::json, hash = $4, previous_hash = $5
         WHERE stream_name = $1 AND revision = $2`,
        [streamName, link.revision, JSON.stringify(link.event.data), link.hash, link.previousHash],
      );
    }
    await tx.query(`UPDATE ${s}.streams SET head_hash = $2 WHERE stream_name = $1`, [
      streamName,
      chained.at(-1)?.hash,
    ]);
  });
}

/** Removes a whole stream, its events and its head, as a database owner could. */
export async function removeStream(driver: SqlDriver, schema: string, streamName: string): Promise<void> {
  const s = quoteSchema(schema);
  await driver.transaction(async (tx) => {
    await tx.query(`DELETE FROM ${s}.events WHERE stream_name = $1`, [streamName]);
    await tx.query(`DELETE FROM ${s}.streams WHERE stream_name = $1`, [streamName]);
  });
}

/** Removes a stream's newest events and moves its head back, so the shorter chain verifies on its own. */
export async function truncateStream(
  driver: SqlDriver,
  schema: string,
  streamName: string,
  keepThrough: number,
): Promise<void> {
  const s = quoteSchema(schema);
  await driver.transaction(async (tx) => {
    const [kept] = await tx.query<{ hash: string }>(
      `SELECT hash FROM ${s}.events WHERE stream_name = $1 AND revision = $2`,
      [streamName, keepThrough],
    );
    await tx.query(`DELETE FROM ${s}.events WHERE stream_name = $1 AND revision > $2`, [
      streamName,
      keepThrough,
    ]);
    await tx.query(`UPDATE ${s}.streams SET revision = $2, head_hash = $3 WHERE stream_name = $1`, [
      streamName,
      keepThrough,
      kept?.hash,
    ]);
  });
}

/**
 * The attack of issue 10 on the access log, as its owner could run it: disable the append-only trigger, delete
 * the entries of one user, renumber and re-hash what remains, move the head, enable the trigger again. The log's
 * own verify passes after it.
 */
export async function rewriteAccessLog(
  driver: SqlDriver,
  schema: string,
  entries: readonly RecordedAccessEntry[],
  removeUserId: string,
): Promise<void> {
  const s = quoteSchema(schema);
  await driver.transaction(async (tx) => {
    await tx.query(`ALTER TABLE ${s}.access_log DISABLE TRIGGER access_log_append_only`);
    await tx.query(`DELETE FROM ${s}.access_log`);
    let previousHash: string | null = null;
    let seq = 0;
    for (const entry of entries.filter((each) => each.userId !== removeUserId)) {
      seq += 1;
      const hash = hashAccessEntry(entry, seq, previousHash);
      await tx.query(
        `INSERT INTO ${s}.access_log
           (seq, at, user_id, organisation_id, role, relocation_id, view, request_id, previous_hash, hash)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [
          seq,
          entry.at.toISOString(),
          entry.userId,
          entry.organisationId,
          entry.role,
          entry.relocationId,
          entry.view,
          entry.requestId,
          previousHash,
          hash,
        ],
      );
      previousHash = hash;
    }
    await tx.query(`UPDATE ${s}.access_log_head SET seq = $1, hash = $2 WHERE id`, [seq, previousHash]);
    await tx.query(`ALTER TABLE ${s}.access_log ENABLE TRIGGER access_log_append_only`);
  });
}
