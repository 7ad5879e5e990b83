/**
 * Versioned schema changes, applied in order by `migrate`. A published version is never edited: change the schema
 * by adding the next one. `s` is the quoted schema name.
 *
 * Event data and metadata are stored as `json`, not `jsonb`: `json` keeps the text exactly as written (key order,
 * number spelling, unicode escapes), so what is read back is what was hashed. `jsonb` would reorder keys, drop
 * duplicates, rewrite numbers and reject `\u0000`.
 */
import { EVENTS_PER_TRANSACTION } from '../globalPosition.ts';
import type { Migration, QuotedSchema } from '@relocation/postgres';

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
  {
    version: 4,
    name: 'append in one call: append_batch checks each head and inserts (see appendBatch.ts)',
    statements: (s) => [appendEachFunction(s, 'append_batch')],
  },
  {
    version: 5,
    name: 'append_batch works set-wise: a few statements per batch, not three per append (see appendBatch.ts)',
    statements: (s) => [
      appendEachFunction(s, 'append_each'),
      `
      CREATE OR REPLACE FUNCTION ${s}.append_batch(
        p_streams text[], p_head_revisions integer[], p_head_hashes text[], p_keys text[], p_counts integer[],
        p_ids uuid[], p_types text[], p_data text[], p_metadata text[], p_hashes text[], p_previous_hashes text[]
      ) RETURNS TABLE (r_outcome text, r_revision integer, r_hash text, r_position bigint)
      LANGUAGE plpgsql
      -- Planned once per connection: planning the statement below for every call would cost more than running it.
      SET plan_cache_mode = force_generic_plan
      AS $body$
      DECLARE
        v_base bigint := pg_current_xact_id()::text::bigint * ${EVENTS_PER_TRANSACTION};
        v_names text[];
        v_revisions integer[];
        v_hashes text[];
      BEGIN
        IF cardinality(p_streams) = 1 THEN
          RETURN QUERY SELECT * FROM ${s}.append_each(p_streams, p_head_revisions, p_head_hashes, p_keys, p_counts,
            p_ids, p_types, p_data, p_metadata, p_hashes, p_previous_hashes);
          RETURN;
        END IF;
        -- 1. Lock the heads that exist, in one order for every writer (two batches cannot deadlock on them). A
        --    head moved meanwhile is read as its committer left it.
        SELECT array_agg(h.stream_name), array_agg(h.revision), array_agg(h.head_hash)
          INTO v_names, v_revisions, v_hashes
          FROM (SELECT st.stream_name, st.revision, st.head_hash FROM ${s}.streams st
                WHERE st.stream_name = ANY (p_streams) ORDER BY st.stream_name COLLATE "C" FOR UPDATE) h;
        -- 2. In a new snapshot, taken after the locks, so that a key committed by the writer we waited for is seen:
        --    check every append, then write the winners in one statement. A winner is the first append of its
        --    stream (and of its key) whose hint matches the locked head and whose key is unused; any other append
        --    of that stream answers the head the winner leaves. A new stream is created by inserting its head; if
        --    another writer created it first, its append answers that writer's head, as far as this snapshot sees
        --    it (no stream at all if not yet), and the caller asks again.
        RETURN QUERY
        WITH input AS (
          SELECT u.i, u.stream, u.head_revision, u.head_hash, u.key, u.n,
            (sum(u.n) OVER (ORDER BY u.i) - u.n)::integer AS first_event
          FROM unnest(p_streams, p_head_revisions, p_head_hashes, p_keys, p_counts)
            WITH ORDINALITY AS u(stream, head_revision, head_hash, key, n, i)
        ), locked AS (
          SELECT l.stream, l.revision, l.hash FROM unnest(v_names, v_revisions, v_hashes) AS l(stream, revision, hash)
        ), checked AS (
          SELECT input.*, l.stream IS NOT NULL AS is_locked, coalesce(l.revision, -1) AS revision, l.hash,
            k.next_revision AS key_revision, k.position AS key_position,
            coalesce(k.key IS NULL AND input.n >= 1 AND input.head_revision = coalesce(l.revision, -1)
              AND input.head_hash IS NOT DISTINCT FROM l.hash, false) AS eligible
          FROM input
            LEFT JOIN locked l ON l.stream = input.stream
            LEFT JOIN LATERAL (SELECT k.key, k.next_revision, k.position FROM ${s}.idempotency k
              WHERE k.key = input.key) k ON true
        ), ranked AS (
          SELECT c.*, c.eligible
            AND row_number() OVER (PARTITION BY c.stream, c.eligible ORDER BY c.i) = 1
            AND (c.key IS NULL OR row_number() OVER (PARTITION BY c.key, c.eligible ORDER BY c.i) = 1) AS wins
          FROM checked c
        ), planned AS (
          SELECT r.*, v_base + sum(CASE WHEN r.wins THEN r.n ELSE 0 END) OVER (ORDER BY r.i) - 1 AS last_position
          FROM ranked r
        ), created AS (
          INSERT INTO ${s}.streams (stream_name, revision, head_hash, head_position)
          SELECT p.stream, p.n - 1, p_hashes[p.first_event + p.n], p.last_position
          FROM planned p WHERE p.wins AND NOT p.is_locked ORDER BY p.stream COLLATE "C"
          ON CONFLICT (stream_name) DO NOTHING
          RETURNING stream_name
        ), outcomes AS (
          SELECT p.*, p.wins AND (p.is_locked OR p.stream IN (SELECT c.stream_name FROM created c)) AS done
          FROM planned p
        ), moved AS (
          UPDATE ${s}.streams st SET revision = p.revision + p.n, head_hash = p_hashes[p.first_event + p.n],
            head_position = p.last_position
          FROM planned p WHERE p.wins AND p.is_locked AND st.stream_name = p.stream
        ), inserted AS (
          INSERT INTO ${s}.events (global_position, transaction_id, stream_name, revision, event_id, type, data,
            metadata, hash, previous_hash)
          SELECT o.last_position - o.n + e, pg_current_xact_id(), o.stream, o.revision + e, p_ids[o.first_event + e],
            p_types[o.first_event + e], p_data[o.first_event + e]::json, p_metadata[o.first_event + e]::json,
            p_hashes[o.first_event + e], p_previous_hashes[o.first_event + e]
          FROM outcomes o CROSS JOIN LATERAL generate_series(1, o.n) AS e
          WHERE o.done
        ), keyed AS (
          INSERT INTO ${s}.idempotency (key, stream_name, next_revision, position)
          SELECT o.key, o.stream, o.revision + o.n, o.last_position FROM outcomes o WHERE o.done AND o.key IS NOT NULL
        )
        SELECT
          CASE WHEN o.key_revision IS NOT NULL THEN 'replayed' WHEN o.done THEN 'appended' ELSE 'head' END,
          CASE WHEN o.key_revision IS NOT NULL THEN o.key_revision
            ELSE coalesce(max(CASE WHEN o.done THEN o.revision + o.n END) OVER same_stream,
              CASE WHEN o.is_locked THEN o.revision END, cur.revision, -1) END,
          CASE WHEN o.key_revision IS NOT NULL THEN NULL
            WHEN bool_or(o.done) OVER same_stream
              THEN max(CASE WHEN o.done THEN p_hashes[o.first_event + o.n] END) OVER same_stream
            WHEN o.is_locked THEN o.hash
            ELSE cur.head_hash END,
          CASE WHEN o.key_revision IS NOT NULL THEN o.key_position WHEN o.done THEN o.last_position END
        FROM outcomes o
          LEFT JOIN LATERAL (SELECT st.revision, st.head_hash FROM ${s}.streams st
            WHERE NOT o.is_locked AND st.stream_name = o.stream) cur ON true
        WINDOW same_stream AS (PARTITION BY o.stream)
        ORDER BY o.i;
      END
      $body$`,
    ],
  },
  {
    version: 6,
    name: 'append_batch reaches heads and keys by index, whatever the planner statistics say (see appendBatch.ts)',
    statements: (s) => [
      `ALTER FUNCTION ${s}.append_batch(text[], integer[], text[], text[], integer[], uuid[], text[], text[], text[],
         text[], text[])
       SET enable_seqscan = off`,
    ],
  },
];

/**
 * Migration 4's `append_batch`, one append after the other (three or four statements each); migration 5 keeps it
 * as `append_each` for a call of a single append, where it costs less than the set-wise function.
 */
function appendEachFunction(s: QuotedSchema, name: string): string {
  return `
      CREATE FUNCTION ${s}.${name}(
        p_streams text[], p_head_revisions integer[], p_head_hashes text[], p_keys text[], p_counts integer[],
        p_ids uuid[], p_types text[], p_data text[], p_metadata text[], p_hashes text[], p_previous_hashes text[]
      ) RETURNS TABLE (r_outcome text, r_revision integer, r_hash text, r_position bigint)
      LANGUAGE plpgsql AS $body$
      DECLARE
        v_xact bigint := pg_current_xact_id()::text::bigint;
        v_base bigint := v_xact * ${EVENTS_PER_TRANSACTION};
        v_index integer := 0;
        v_first integer := 1;
        v_count integer;
        v_stream text;
        v_revision integer;
        v_hash text;
        v_found boolean;
        v_key_revision integer;
        v_key_position bigint;
        v_last bigint;
        v_created boolean;
      BEGIN
        FOR i IN 1 .. coalesce(array_length(p_streams, 1), 0) LOOP
          v_count := p_counts[i];
          v_stream := p_streams[i];
          SELECT st.revision, st.head_hash INTO v_revision, v_hash
            FROM ${s}.streams st WHERE st.stream_name = v_stream FOR UPDATE;
          v_found := FOUND;
          IF NOT v_found THEN
            v_revision := -1;
            v_hash := NULL;
          END IF;
          v_key_revision := NULL;
          IF p_keys[i] IS NOT NULL THEN
            SELECT k.next_revision, k.position INTO v_key_revision, v_key_position
              FROM ${s}.idempotency k WHERE k.key = p_keys[i];
          END IF;
          IF v_key_revision IS NOT NULL THEN
            r_outcome := 'replayed';
            r_revision := v_key_revision;
            r_hash := NULL;
            r_position := v_key_position;
            RETURN NEXT;
          ELSIF p_head_revisions[i] IS NULL OR p_head_revisions[i] <> v_revision
              OR p_head_hashes[i] IS DISTINCT FROM v_hash OR v_count < 1 THEN
            r_outcome := 'head';
            r_revision := v_revision;
            r_hash := v_hash;
            r_position := NULL;
            RETURN NEXT;
          ELSE
            v_last := v_base + v_index + v_count - 1;
            v_created := true;
            IF v_found THEN
              UPDATE ${s}.streams SET revision = v_revision + v_count,
                head_hash = p_hashes[v_first + v_count - 1], head_position = v_last
              WHERE stream_name = v_stream;
            ELSE
              -- A new stream: whoever inserts its head row first creates it; a writer that lost the race waited
              -- for the winner to commit and reports the winner's head instead.
              INSERT INTO ${s}.streams (stream_name, revision, head_hash, head_position)
              VALUES (v_stream, v_revision + v_count, p_hashes[v_first + v_count - 1], v_last)
              ON CONFLICT (stream_name) DO NOTHING;
              v_created := FOUND;
            END IF;
            IF NOT v_created THEN
              SELECT st.revision, st.head_hash INTO v_revision, v_hash
                FROM ${s}.streams st WHERE st.stream_name = v_stream FOR UPDATE;
              r_outcome := 'head';
              r_revision := v_revision;
              r_hash := v_hash;
              r_position := NULL;
              RETURN NEXT;
            ELSE
              INSERT INTO ${s}.events (global_position, transaction_id, stream_name, revision, event_id, type,
                data, metadata, hash, previous_hash)
              SELECT v_base + v_index + o - 1, pg_current_xact_id(), v_stream, v_revision + o,
                p_ids[v_first + o - 1], p_types[v_first + o - 1], p_data[v_first + o - 1]::json,
                p_metadata[v_first + o - 1]::json, p_hashes[v_first + o - 1], p_previous_hashes[v_first + o - 1]
              FROM generate_series(1, v_count) AS o;
              IF p_keys[i] IS NOT NULL THEN
                INSERT INTO ${s}.idempotency (key, stream_name, next_revision, position)
                VALUES (p_keys[i], v_stream, v_revision + v_count, v_last);
              END IF;
              v_index := v_index + v_count;
              r_outcome := 'appended';
              r_revision := v_revision + v_count;
              r_hash := p_hashes[v_first + v_count - 1];
              r_position := v_last;
              RETURN NEXT;
            END IF;
          END IF;
          v_first := v_first + v_count;
        END LOOP;
      END
      $body$`;
}
