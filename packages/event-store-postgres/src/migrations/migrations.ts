/**
 * Versioned schema changes, applied in order by `migrate`. A published version is never edited: change the schema
 * by adding the next one. `s` is the quoted schema name.
 *
 * Event data and metadata are stored as `json`, not `jsonb`: `json` keeps the text exactly as written (key order,
 * number spelling, unicode escapes), so what is read back is what was hashed. `jsonb` would reorder keys, drop
 * duplicates, rewrite numbers and reject `\u0000`.
 */
import type { Migration } from './runMigrations.ts';

export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'events, streams and idempotency keys',
    statements: (s) => [
      `
      CREATE TABLE ${s}.events (
        global_position bigserial PRIMARY KEY,
        transaction_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
        stream_name text NOT NULL,
        revision integer NOT NULL,
        event_id uuid NOT NULL UNIQUE,
        type text NOT NULL,
        data json NOT NULL,
        metadata json NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        hash text NOT NULL,
        previous_hash text,
        UNIQUE (stream_name, revision)
      )`,
      `CREATE INDEX events_feed ON ${s}.events (transaction_id, global_position)`,
      `CREATE TABLE ${s}.streams (
        stream_name text PRIMARY KEY,
        revision integer NOT NULL,
        head_hash text,
        head_position bigint
      )`,
      `CREATE TABLE ${s}.idempotency (
        key text PRIMARY KEY,
        stream_name text NOT NULL,
        next_revision integer NOT NULL,
        position bigint NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`,
    ],
  },
  {
    version: 2,
    name: 'subscription checkpoints',
    statements: (s) => [
      `
      CREATE TABLE ${s}.subscriptions (
        subscriber_id text PRIMARY KEY,
        checkpoint text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`,
    ],
  },
  {
    version: 3,
    name: 'global positions follow transaction order (see globalPosition.ts)',
    statements: (s) => [
      `ALTER TABLE ${s}.events ALTER COLUMN global_position DROP DEFAULT`,
      `DROP SEQUENCE IF EXISTS ${s}.events_global_position_seq`,
    ],
  },
];
