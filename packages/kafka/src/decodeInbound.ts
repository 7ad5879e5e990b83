import type { z } from 'zod';
import type { DeadLetterEnvelope } from './contracts/deadLetter.ts';
import { deadLetterEnvelopeSchema } from './contracts/deadLetter.ts';
import type { OutboundMessage } from './publisher.ts';

export type DeadLetterReason = DeadLetterEnvelope['reason'];

export type DecodeResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: DeadLetterReason };

/** Where an inbound message came from, as a consumer sees it. */
export interface InboundRecord {
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
  readonly key: Buffer | string | null;
  readonly value: Buffer | string | null;
}

function text(data: Buffer | string | null): string | null {
  return data === null ? null : typeof data === 'string' ? data : data.toString('utf8');
}

/**
 * Parses a JSON message value against a contract. A failure comes with a dead-letter reason: `empty_value`,
 * `invalid_json` or `schema_violation` (details list the paths and problems, never the offending values).
 */
export function decodeJsonMessage<T>(schema: z.ZodType<T>, value: Buffer | string | null): DecodeResult<T> {
  const raw = text(value);
  if (raw === null || raw.trim() === '') {
    return { ok: false, reason: { code: 'empty_value', message: 'the message has no value' } };
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    // JSON.parse's own message quotes part of the input, which may be personal data: a fixed message instead.
    return { ok: false, reason: { code: 'invalid_json', message: 'the value is not valid JSON' } };
  }
  return decodeContract(schema, json);
}

/**
 * Checks a decoded value (parsed JSON, a verified JWS payload) against a contract; a failure is a
 * `schema_violation` whose details list the paths and problems, never the offending values.
 */
export function decodeContract<T>(schema: z.ZodType<T>, value: unknown): DecodeResult<T> {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    reason: {
      code: 'schema_violation',
      message: 'the message does not match its contract',
      details: {
        issues: result.error.issues.map((issue) => ({
          path: issue.path.map(String).join('.'),
          code: issue.code,
          message: issue.message,
        })),
      },
    },
  };
}

/** The dead-letter message for an inbound record that could not be processed; `failedAt` is the caller's clock. */
export function deadLetterFor(
  record: InboundRecord,
  reason: DeadLetterReason,
  failedAt: Date,
): OutboundMessage {
  const key = text(record.key);
  const envelope = deadLetterEnvelopeSchema.parse({
    originalTopic: record.topic,
    partition: record.partition,
    offset: record.offset,
    key,
    value: text(record.value) ?? '',
    reason,
    failedAt: failedAt.toISOString(),
  });
  return {
    key: key ?? `${record.topic}/${record.partition}/${record.offset}`,
    value: JSON.stringify(envelope),
    headers: { 'content-type': 'application/json', 'dead-letter-reason': reason.code },
  };
}
