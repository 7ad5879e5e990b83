import type { CheckpointStore } from '@relocation/event-store';
import type { QuotedSchema, SqlQueryable } from '@relocation/postgres';

/** Subscriber checkpoints in the store's `subscriptions` table, for subscribers that do not keep their own. */
export class PostgresCheckpointStore implements CheckpointStore {
  readonly #db: SqlQueryable;
  readonly #s: QuotedSchema;

  constructor(db: SqlQueryable, s: QuotedSchema) {
    this.#db = db;
    this.#s = s;
  }

  async load(subscriberId: string): Promise<string | undefined> {
    const rows = await this.#db.query<{ checkpoint: string }>(
      `SELECT checkpoint FROM ${this.#s}.subscriptions WHERE subscriber_id = $1`,
      [subscriberId],
    );
    return rows[0]?.checkpoint;
  }

  async store(subscriberId: string, checkpoint: string): Promise<void> {
    await this.#db.query(
      `INSERT INTO ${this.#s}.subscriptions (subscriber_id, checkpoint) VALUES ($1, $2)
       ON CONFLICT (subscriber_id) DO UPDATE SET checkpoint = EXCLUDED.checkpoint, updated_at = now()`,
      [subscriberId, checkpoint],
    );
  }
}
