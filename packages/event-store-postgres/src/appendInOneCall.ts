import {
  checkExpectedRevision,
  InvalidAppendError,
  type AppendOptions,
  type AppendResult,
  type ExpectedRevision,
  type NewEvent,
  WrongExpectedRevisionError,
} from '@relocation/event-store';
import type { AppendOutcome } from './appendBatch.ts';
import type { QuotedSchema, SqlQueryable } from '@relocation/postgres';
import { findIdempotent, validateSqlAppend } from './appendToStream.ts';
import type { SubmitAppend } from './groupCommit.ts';
import { hashedColumns } from './hashedColumns.ts';
import { uniqueViolationConstraint } from './sqlErrors.ts';
import type { KnownHead, StreamHeads } from './streamHeads.ts';

/** A stream whose head keeps moving under a writer with 'any' gives up after this many rounds. */
const MAX_ROUNDS = 50;

/**
 * Appends with one call of `append_batch`: the events are hashed against the head this process last saw (a new
 * stream when `no_stream` is expected), and the function checks that hint against the locked head before it
 * inserts. When the hint is missing or stale, the function answers the real head instead; the expected revision is
 * checked against it and the append is hashed again and resent. So an append whose stream this process wrote or
 * read last takes one round trip, any other two.
 */
export async function appendInOneCall(
  submit: SubmitAppend,
  heads: StreamHeads,
  db: SqlQueryable,
  s: QuotedSchema,
  streamName: string,
  events: readonly NewEvent[],
  options: AppendOptions,
): Promise<AppendResult> {
  validateSqlAppend(streamName, events, options);
  const key = options.idempotencyKey;
  let head = hint(heads.get(streamName), options.expectedRevision);
  for (let round = 1; ; round += 1) {
    let outcome: AppendOutcome;
    try {
      outcome = await submit({
        streamName,
        head,
        idempotencyKey: key,
        columns:
          head === undefined
            ? undefined
            : hashedColumns(
                streamName,
                head.revision < 0 ? undefined : { revision: head.revision, hash: head.hash },
                events,
              ),
      });
    } catch (error) {
      const constraint = uniqueViolationConstraint(error);
      if (constraint === 'idempotency_pkey' && key !== undefined) {
        // The same key committed at the same moment on another stream: the first append's result, replayed.
        const stored = await findIdempotent(db, s, key);
        if (stored) return stored;
        throw error;
      }
      if (constraint === 'events_event_id_key') {
        throw new InvalidAppendError(streamName, 'an event with one of these ids is already stored');
      }
      if (constraint === 'events_stream_name_revision_key') {
        // Only a write that bypassed the head lock can collide on (stream, revision): the conflict it is.
        heads.forget(streamName);
        throw new WrongExpectedRevisionError(
          streamName,
          options.expectedRevision,
          head === undefined || head.revision < 0 ? 'no_stream' : head.revision,
          { cause: error },
        );
      }
      throw error;
    }
    switch (outcome.kind) {
      case 'appended':
        heads.set(streamName, { revision: outcome.revision, hash: outcome.hash });
        return { nextRevision: outcome.revision, position: outcome.position, replayed: false };
      case 'replayed':
        return { nextRevision: outcome.revision, position: outcome.position, replayed: true };
      case 'head':
        heads.set(streamName, { revision: outcome.revision, hash: outcome.hash });
        checkExpectedRevision(
          streamName,
          options.expectedRevision,
          outcome.revision < 0 ? 'no_stream' : outcome.revision,
        );
        head = { revision: outcome.revision, hash: outcome.hash };
        break;
    }
    if (round >= MAX_ROUNDS) {
      throw new Error(`Appending to ${streamName}: the head kept moving for ${MAX_ROUNDS} rounds`);
    }
  }
}

/** The head to hash against, when the last one seen can satisfy the expected revision. */
function hint(known: KnownHead | undefined, expected: ExpectedRevision): KnownHead | undefined {
  if (expected === 'no_stream') return { revision: -1, hash: null };
  if (expected === 'any') return known;
  return known?.revision === expected ? known : undefined;
}
