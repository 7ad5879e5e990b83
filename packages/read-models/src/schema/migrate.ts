import { quoteSchema, type SqlDriver, type SqlQueryable } from '@relocation/postgres';
import { readModelStatements } from './migrations.ts';

/** First key of the two-key advisory lock that serialises schema changes; the second is a hash of the schema. */
export const READ_MODEL_LOCK_CLASS = 0x52_4d_44_4c; // "RMDL"

/** Takes the read models' transaction-scoped lock: migrations, rebuilds and projector batches never interleave. */
export async function lockReadModels(tx: SqlQueryable, schema: string): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [READ_MODEL_LOCK_CLASS, schema]);
}

/** Creates the schema and its tables if missing; safe to run twice, or twice at once. */
export async function migrateReadModels(driver: SqlDriver, schema: string): Promise<void> {
  const s = quoteSchema(schema);
  await driver.transaction(async (tx) => {
    await lockReadModels(tx, schema);
    await tx.query(`CREATE SCHEMA IF NOT EXISTS ${s}`);
    for (const statement of readModelStatements(s)) await tx.query(statement);
  });
}

/** Drops every read-model table and creates them empty again, in one transaction. */
export async function recreateReadModels(driver: SqlDriver, schema: string): Promise<void> {
  const s = quoteSchema(schema);
  await driver.transaction(async (tx) => {
    await lockReadModels(tx, schema);
    await tx.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
    await tx.query(`CREATE SCHEMA ${s}`);
    for (const statement of readModelStatements(s)) await tx.query(statement);
  });
}

/**
 * Replaces `schema` by `shadow` in one transaction, under the read models' lock: readers see the old tables until
 * the commit and the rebuilt ones after it, never an empty schema.
 */
export async function swapReadModels(driver: SqlDriver, schema: string, shadow: string): Promise<void> {
  const s = quoteSchema(schema);
  const from = quoteSchema(shadow);
  await driver.transaction(async (tx) => {
    await lockReadModels(tx, schema);
    await tx.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
    await tx.query(`ALTER SCHEMA ${from} RENAME TO ${s}`);
  });
}
