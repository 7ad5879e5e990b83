import { z } from 'zod';
import { isoDateTimeSchema } from './identifiers.ts';

/**
 * On a dead-letter topic (e.g. `police.threat-assessments.v1.dlq`): an inbound message that could not be processed,
 * where it came from and why, so that it can be inspected and replayed.
 */
export const deadLetterEnvelopeSchema = z
  .strictObject({
    originalTopic: z.string().regex(/^[A-Za-z0-9._-]{1,249}$/, 'a Kafka topic name'),
    partition: z.int().min(0),
    /** Kafka offsets are 64-bit: a decimal string. */
    offset: z.string().regex(/^(?:0|[1-9]\d{0,19})$/, 'a non-negative decimal integer'),
    /** The original key as UTF-8, or null when the message had none. */
    key: z.string().nullable(),
    /** The original value as UTF-8 text, unchanged (it may not be valid JSON: that can be the reason). */
    value: z.string(),
    reason: z.strictObject({
      /** Stable, machine-readable, e.g. invalid_json, schema_violation, unknown_relocation. */
      code: z.string().regex(/^[a-z][a-z0-9_]{0,63}$/, 'a snake_case code'),
      message: z.string().min(1).max(2_000),
      details: z.record(z.string(), z.unknown()).optional(),
    }),
    failedAt: isoDateTimeSchema,
  })
  .meta({
    title: 'Dead-letter envelope',
    description: 'An inbound Kafka message that could not be processed, with its origin and the reason.',
  });

export type DeadLetterEnvelope = z.infer<typeof deadLetterEnvelopeSchema>;
