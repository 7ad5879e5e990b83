import { canonicalJson } from './canonicalJson.ts';
import { InvalidAppendError } from './errors.ts';
import { pathOfNulCharacter } from './nulCharacter.ts';
import type { AppendOptions, NewEvent } from './port.ts';

/**
 * Rejects appends every adapter must refuse before touching storage: an empty batch, an expected revision that is
 * not a non-negative safe integer, 'no_stream' or 'any', an event without id or type, an id repeated in the batch,
 * data or metadata that JSON cannot hold exactly (NaN, Infinity, lone surrogates, Date and other class
 * instances, undefined except as an object member), and text holding U+0000, which the read models' `jsonb`
 * cannot hold: what the projector cannot write is never appended.
 */
export function validateAppend(
  streamName: string,
  events: readonly NewEvent[],
  options: AppendOptions,
): void {
  if (streamName.length === 0) throw new InvalidAppendError(streamName, 'the stream name is empty');
  if (events.length === 0) throw new InvalidAppendError(streamName, 'no events to append');
  const expected = options.expectedRevision;
  if (typeof expected === 'number' && !(Number.isSafeInteger(expected) && expected >= 0)) {
    throw new InvalidAppendError(streamName, `expected revision ${expected} is not a non-negative integer`);
  }
  if (typeof expected === 'string' && expected !== 'any' && expected !== 'no_stream') {
    throw new InvalidAppendError(streamName, `unknown expected revision ${JSON.stringify(expected)}`);
  }
  if (options.idempotencyKey !== undefined && options.idempotencyKey.length === 0) {
    throw new InvalidAppendError(streamName, 'the idempotency key is empty');
  }
  const ids = new Set<string>();
  for (const event of events) {
    if (typeof event.id !== 'string' || event.id.length === 0)
      throw new InvalidAppendError(streamName, 'an event has no id');
    if (typeof event.type !== 'string' || event.type.length === 0) {
      throw new InvalidAppendError(streamName, `event ${event.id} has no type`);
    }
    if (ids.has(event.id))
      throw new InvalidAppendError(streamName, `event id ${event.id} appears twice in the batch`);
    ids.add(event.id);
    assertExactJson(streamName, event);
  }
}

function assertExactJson(streamName: string, event: NewEvent): void {
  if (typeof event.metadata !== 'object' || event.metadata === null || Array.isArray(event.metadata)) {
    throw new InvalidAppendError(streamName, `event ${event.id} has metadata that is not an object`);
  }
  try {
    canonicalJson(event.data);
    canonicalJson(event.metadata);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new InvalidAppendError(
      streamName,
      `event ${event.id} carries a value JSON cannot hold exactly (${reason})`,
    );
  }
  const nul = pathOfNulCharacter(event.data, 'data') ?? pathOfNulCharacter(event.metadata, 'metadata');
  if (nul !== undefined) {
    throw new InvalidAppendError(
      streamName,
      `event ${event.id} carries U+0000 in ${nul}, which the read models (jsonb) cannot hold`,
    );
  }
}
