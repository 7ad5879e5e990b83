import { DataKeyExistsError } from '@relocation/crypto';
import type { DataKeyStore, ErasureRecord, WrappedDataKey, WrappedDataKeyEntry } from '@relocation/crypto';
import { quoteSchema, type SqlDriver } from '@relocation/postgres';

interface KeyRow {
  readonly case_id: string;
  readonly key_id: string;
  readonly kek_id: string;
  readonly iv: string;
  readonly ct: string;
  readonly tag: string;
}

interface ErasureRow {
  readonly key_id: string | null;
  readonly destroyed_at: Date | string;
}

interface KeyWaiter {
  readonly resolve: (key: WrappedDataKey | undefined) => void;
  readonly reject: (error: unknown) => void;
}

/** Cases whose keys one query reads at most. */
const MAX_GATHERED = 500;

const wrappedOf = (row: KeyRow): WrappedDataKey => ({
  keyId: row.key_id,
  kekId: row.kek_id,
  iv: row.iv,
  ct: row.ct,
  tag: row.tag,
});

const erasureOf = (row: ErasureRow): ErasureRecord => ({
  keyId: row.key_id,
  destroyedAt: new Date(row.destroyed_at),
});

/**
 * The case data keys in PostgreSQL (or PGlite) tables; call `migrateKeyStore` first. `case_keys` holds one row per
 * case (its key id, and when the key was destroyed); `wrapped_keys` holds the key material of the live keys only.
 * Erasure deletes the material row and vacuums its table (see `purge`), so no row version keeps the wrapped key.
 */
export class SqlDataKeyStore implements DataKeyStore {
  readonly #driver: SqlDriver;
  readonly #cases: string;
  readonly #wrapped: string;
  /** Keys asked for and not yet read, by case; the callers waiting for each. */
  readonly #asked = new Map<string, KeyWaiter[]>();
  #reading = false;

  constructor(driver: SqlDriver, schema: string) {
    this.#driver = driver;
    this.#cases = `${quoteSchema(schema)}.case_keys`;
    this.#wrapped = `${quoteSchema(schema)}.wrapped_keys`;
  }

  /**
   * The live key of a case. Keys asked for while a read of this store object is on its way are read together by
   * the next query (one statement for many commands under load, where each round trip costs both processes CPU).
   * A key is never answered from an earlier query than its call: whatever committed before `get` was called
   * (an erasure above all) is seen.
   */
  get(caseId: string): Promise<WrappedDataKey | undefined> {
    return new Promise((resolve, reject) => {
      const waiting = this.#asked.get(caseId);
      if (waiting === undefined) this.#asked.set(caseId, [{ resolve, reject }]);
      else waiting.push({ resolve, reject });
      this.#readAsked();
    });
  }

  #readAsked(): void {
    if (this.#reading || this.#asked.size === 0) return;
    const asked = new Map([...this.#asked].slice(0, MAX_GATHERED));
    for (const caseId of asked.keys()) this.#asked.delete(caseId);
    this.#reading = true;
    void this.#driver
      .query<KeyRow>(
        `SELECT c.case_id, c.key_id, w.kek_id, w.iv, w.ct, w.tag
         FROM ${this.#cases} c JOIN ${this.#wrapped} w USING (case_id)
         WHERE c.case_id = ANY($1::text[]) AND c.destroyed_at IS NULL`,
        [[...asked.keys()]],
        { prepare: true },
      )
      .then(
        (rows) => {
          const found = new Map(rows.map((row) => [row.case_id, wrappedOf(row)]));
          for (const [caseId, waiting] of asked)
            for (const { resolve } of waiting) resolve(found.get(caseId));
        },
        (error: unknown) => {
          for (const waiting of asked.values()) for (const { reject } of waiting) reject(error);
        },
      )
      .finally(() => {
        this.#reading = false;
        this.#readAsked();
      });
  }

  async erasure(caseId: string): Promise<ErasureRecord | undefined> {
    const [row] = await this.#driver.query<ErasureRow>(
      `SELECT key_id, destroyed_at FROM ${this.#cases} WHERE case_id = $1 AND destroyed_at IS NOT NULL`,
      [caseId],
    );
    return row === undefined ? undefined : erasureOf(row);
  }

  async put(caseId: string, wrapped: WrappedDataKey): Promise<void> {
    // One statement, so one round trip and atomic: the case row is the lock, and the material goes in only with a
    // new case row; a second key, or a key after erasure, finds the row and is refused with nothing written.
    const inserted = await this.#driver.query(
      `WITH created AS (
         INSERT INTO ${this.#cases} (case_id, key_id) VALUES ($1, $2)
         ON CONFLICT (case_id) DO NOTHING RETURNING case_id
       )
       INSERT INTO ${this.#wrapped} (case_id, kek_id, iv, ct, tag)
       SELECT case_id, $3, $4, $5, $6 FROM created RETURNING case_id`,
      [caseId, wrapped.keyId, wrapped.kekId, wrapped.iv, wrapped.ct, wrapped.tag],
      { prepare: true },
    );
    if (inserted.length === 0) throw new DataKeyExistsError(caseId);
  }

  async destroy(caseId: string, at: Date): Promise<ErasureRecord> {
    const record = await this.#driver.transaction(async (tx) => {
      const [row] = await tx.query<ErasureRow>(
        `INSERT INTO ${this.#cases} (case_id, destroyed_at) VALUES ($1, $2)
         ON CONFLICT (case_id) DO UPDATE
           SET destroyed_at = coalesce(${this.#cases}.destroyed_at, excluded.destroyed_at)
         RETURNING key_id, destroyed_at`,
        [caseId, at.toISOString()],
      );
      if (row === undefined) throw new Error(`erasure of case ${caseId} returned no row`);
      // Deleted, not overwritten: an update would leave the old row version, key material and all.
      await tx.query(`DELETE FROM ${this.#wrapped} WHERE case_id = $1`, [caseId]);
      return erasureOf(row);
    });
    await this.purge();
    return record;
  }

  /**
   * Physically removes deleted key material. `VACUUM FULL` writes the live rows to a new file and drops the old
   * one: a plain VACUUM only marks the space free, and the bytes of a deleted row stay in the page until reused.
   * A row deleted while an older snapshot is still open somewhere in the database survives one rewrite, so the
   * retention job calls this again on every pass. On PGlite (embedded, single process) it also switches to a new
   * WAL segment and checkpoints with recycling off, so the old segment holding the key is deleted, not reused;
   * on a PostgreSQL server the WAL and its archive are bounded by their retention (docs/security.md).
   */
  async purge(): Promise<void> {
    await this.#driver.query(`VACUUM FULL ${this.#wrapped}`);
    if (this.#driver.kind !== 'pglite') return;
    await this.#driver.query('SET wal_recycle = off');
    await this.#driver.query('SELECT pg_switch_wal()');
    await this.#driver.query('CHECKPOINT');
    await this.#driver.query('CHECKPOINT');
  }

  async kekIds(): Promise<string[]> {
    const rows = await this.#driver.query<{ kek_id: string }>(
      `SELECT DISTINCT kek_id FROM ${this.#wrapped} ORDER BY kek_id`,
    );
    return rows.map((row) => row.kek_id);
  }

  async listWrappedBy(kekId: string, limit: number): Promise<WrappedDataKeyEntry[]> {
    const rows = await this.#driver.query<KeyRow>(
      `SELECT c.case_id, c.key_id, w.kek_id, w.iv, w.ct, w.tag
       FROM ${this.#wrapped} w JOIN ${this.#cases} c USING (case_id)
       WHERE w.kek_id = $1 AND c.destroyed_at IS NULL ORDER BY w.case_id LIMIT $2`,
      [kekId, limit],
    );
    return rows.map((row) => ({ caseId: row.case_id, wrapped: wrappedOf(row) }));
  }

  async rewrap(caseId: string, expectedKekId: string, wrapped: WrappedDataKey): Promise<boolean> {
    return this.#driver.transaction(async (tx) => {
      const [current] = await tx.query<{ key_id: string }>(
        `SELECT c.key_id FROM ${this.#wrapped} w JOIN ${this.#cases} c USING (case_id)
         WHERE w.case_id = $1 AND w.kek_id = $2 AND c.destroyed_at IS NULL FOR UPDATE`,
        [caseId, expectedKekId],
      );
      if (current === undefined) return false;
      if (current.key_id !== wrapped.keyId) {
        throw new Error(`rewrap of case ${caseId} must keep data key id ${current.key_id}`);
      }
      await tx.query(
        `UPDATE ${this.#wrapped} SET kek_id = $2, iv = $3, ct = $4, tag = $5 WHERE case_id = $1`,
        [caseId, wrapped.kekId, wrapped.iv, wrapped.ct, wrapped.tag],
      );
      return true;
    });
  }
}
