import { DataKeyExistsError } from '@relocation/crypto';
import type { DataKeyStore, ErasureRecord, WrappedDataKey, WrappedDataKeyEntry } from '@relocation/crypto';
import { quoteSchema } from '@relocation/event-store-postgres';
import type { SqlDriver } from '@relocation/event-store-postgres';

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

/** The case data keys in a PostgreSQL (or PGlite) table; call `migrateKeyStore` first. */
export class SqlDataKeyStore implements DataKeyStore {
  readonly #driver: SqlDriver;
  readonly #table: string;

  constructor(driver: SqlDriver, schema: string) {
    this.#driver = driver;
    this.#table = `${quoteSchema(schema)}.case_data_keys`;
  }

  async get(caseId: string): Promise<WrappedDataKey | undefined> {
    const [row] = await this.#driver.query<KeyRow>(
      `SELECT case_id, key_id, kek_id, iv, ct, tag FROM ${this.#table} WHERE case_id = $1 AND destroyed_at IS NULL`,
      [caseId],
    );
    return row === undefined ? undefined : wrappedOf(row);
  }

  async erasure(caseId: string): Promise<ErasureRecord | undefined> {
    const [row] = await this.#driver.query<ErasureRow>(
      `SELECT key_id, destroyed_at FROM ${this.#table} WHERE case_id = $1 AND destroyed_at IS NOT NULL`,
      [caseId],
    );
    return row === undefined ? undefined : erasureOf(row);
  }

  async put(caseId: string, wrapped: WrappedDataKey): Promise<void> {
    const inserted = await this.#driver.query(
      `INSERT INTO ${this.#table} (case_id, key_id, kek_id, iv, ct, tag) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (case_id) DO NOTHING RETURNING case_id`,
      [caseId, wrapped.keyId, wrapped.kekId, wrapped.iv, wrapped.ct, wrapped.tag],
    );
    if (inserted.length === 0) throw new DataKeyExistsError(caseId);
  }

  async destroy(caseId: string, at: Date): Promise<ErasureRecord> {
    // The update overwrites the key material in place; a later VACUUM removes the old tuple versions.
    const [row] = await this.#driver.query<ErasureRow>(
      `INSERT INTO ${this.#table} (case_id, destroyed_at) VALUES ($1, $2)
       ON CONFLICT (case_id) DO UPDATE SET kek_id = NULL, iv = NULL, ct = NULL, tag = NULL,
         destroyed_at = coalesce(${this.#table}.destroyed_at, excluded.destroyed_at)
       RETURNING key_id, destroyed_at`,
      [caseId, at.toISOString()],
    );
    if (row === undefined) throw new Error(`erasure of case ${caseId} returned no row`);
    return erasureOf(row);
  }

  async kekIds(): Promise<string[]> {
    const rows = await this.#driver.query<{ kek_id: string }>(
      `SELECT DISTINCT kek_id FROM ${this.#table} WHERE destroyed_at IS NULL ORDER BY kek_id`,
    );
    return rows.map((row) => row.kek_id);
  }

  async listWrappedBy(kekId: string, limit: number): Promise<WrappedDataKeyEntry[]> {
    const rows = await this.#driver.query<KeyRow>(
      `SELECT case_id, key_id, kek_id, iv, ct, tag FROM ${this.#table}
       WHERE kek_id = $1 AND destroyed_at IS NULL ORDER BY case_id LIMIT $2`,
      [kekId, limit],
    );
    return rows.map((row) => ({ caseId: row.case_id, wrapped: wrappedOf(row) }));
  }

  async rewrap(caseId: string, expectedKekId: string, wrapped: WrappedDataKey): Promise<boolean> {
    return this.#driver.transaction(async (tx) => {
      const [current] = await tx.query<{ key_id: string }>(
        `SELECT key_id FROM ${this.#table} WHERE case_id = $1 AND kek_id = $2 AND destroyed_at IS NULL FOR UPDATE`,
        [caseId, expectedKekId],
      );
      if (current === undefined) return false;
      if (current.key_id !== wrapped.keyId) {
        throw new Error(`rewrap of case ${caseId} must keep data key id ${current.key_id}`);
      }
      await tx.query(`UPDATE ${this.#table} SET kek_id = $2, iv = $3, ct = $4, tag = $5 WHERE case_id = $1`, [
        caseId,
        wrapped.kekId,
        wrapped.iv,
        wrapped.ct,
        wrapped.tag,
      ]);
      return true;
    });
  }
}
