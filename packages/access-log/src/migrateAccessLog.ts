import { type Migration, runMigrations, type RuntimeGrants, type SqlDriver } from '@relocation/postgres';

/** First key of the advisory lock that serialises this log's migrations; the second hashes the schema name. */
const ACCESS_LOG_LOCK_CLASS = 0x41_4c_4d_47; // "ALMG"

/**
 * The log table, its head row and the triggers that make the log append-only for real: UPDATE, DELETE and
 * TRUNCATE on `access_log` raise an error whoever asks (a superuser can still disable triggers; `verify` then
 * finds what was changed). The head row (the last entry's number and hash) is locked FOR UPDATE by each append,
 * which serialises appends, and lets `verify` see entries removed from the end.
 */
export const accessLogMigrations: readonly Migration[] = [
  {
    version: 1,
    name: 'access_log',
    statements: (s) => [
      `CREATE TABLE ${s}.access_log (
         seq             bigint PRIMARY KEY CHECK (seq > 0),
         at              timestamptz NOT NULL,
         user_id         text NOT NULL,
         organisation_id text NOT NULL,
         role            text NOT NULL,
         relocation_id   text NOT NULL,
         view            text NOT NULL CHECK (view IN ('detail', 'history', 'list')),
         request_id      text NOT NULL,
         previous_hash   text,
         hash            text NOT NULL
       )`,
      `CREATE INDEX access_log_by_user ON ${s}.access_log (user_id, at)`,
      `CREATE INDEX access_log_by_organisation ON ${s}.access_log (organisation_id, at)`,
      `CREATE INDEX access_log_by_case ON ${s}.access_log (relocation_id, at)`,
      `CREATE INDEX access_log_by_time ON ${s}.access_log (at)`,
      `CREATE TABLE ${s}.access_log_head (
         id   boolean PRIMARY KEY DEFAULT true CHECK (id),
         seq  bigint NOT NULL,
         hash text
       )`,
      `INSERT INTO ${s}.access_log_head (id, seq, hash) VALUES (true, 0, NULL)`,
      `CREATE FUNCTION ${s}.access_log_reject_change() RETURNS trigger LANGUAGE plpgsql AS $fn$
         BEGIN
           RAISE EXCEPTION 'the access log is append-only: % is not allowed', TG_OP
             USING ERRCODE = 'insufficient_privilege';
         END
       $fn$`,
      `CREATE TRIGGER access_log_append_only BEFORE UPDATE OR DELETE ON ${s}.access_log
         FOR EACH ROW EXECUTE FUNCTION ${s}.access_log_reject_change()`,
      `CREATE TRIGGER access_log_no_truncate BEFORE TRUNCATE ON ${s}.access_log
         FOR EACH STATEMENT EXECUTE FUNCTION ${s}.access_log_reject_change()`,
      `CREATE TRIGGER access_log_head_kept BEFORE DELETE OR TRUNCATE ON ${s}.access_log_head
         FOR EACH STATEMENT EXECUTE FUNCTION ${s}.access_log_reject_change()`,
    ],
  },
  {
    // Exports of the published statistics are logged too (issue 15); earlier entries are untouched.
    version: 2,
    name: 'access_log_statistics_export',
    statements: (s) => [
      `ALTER TABLE ${s}.access_log DROP CONSTRAINT access_log_view_check`,
      `ALTER TABLE ${s}.access_log ADD CONSTRAINT access_log_view_check
         CHECK (view IN ('detail', 'history', 'list', 'statisticsExport'))`,
    ],
  },
];

/**
 * Brings the access log's tables in `schema` up to date in one transaction under an advisory lock, so two
 * processes starting at once apply each migration once. Returns the versions applied now.
 */
export async function migrateAccessLog(driver: SqlDriver, schema: string): Promise<readonly number[]> {
  const result = await runMigrations(driver, schema, {
    lockClass: ACCESS_LOG_LOCK_CLASS,
    versionTable: 'access_log_migrations',
    migrations: accessLogMigrations,
  });
  return result.applied;
}

/**
 * The access log's runtime rights: append and read. The head row is locked FOR UPDATE and moved by each append,
 * so it needs UPDATE; the log itself gets no UPDATE, DELETE, TRUNCATE or ALTER, and the runtime owns nothing, so it
 * cannot disable the append-only triggers either.
 */
export const accessLogRuntimeGrants: RuntimeGrants = (s, role) => [
  `GRANT USAGE ON SCHEMA ${s} TO ${role}`,
  `GRANT SELECT ON ${s}.access_log_migrations TO ${role}`,
  `GRANT SELECT, INSERT ON ${s}.access_log TO ${role}`,
  `GRANT SELECT, UPDATE ON ${s}.access_log_head TO ${role}`,
];
