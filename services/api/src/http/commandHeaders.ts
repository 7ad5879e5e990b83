import { z } from 'zod';

/** `If-Match: 5`, `"5"` or `W/"5"`: the revision the client last saw. */
const ifMatchSchema = z
  .string()
  .regex(/^(W\/)?"?\d{1,9}"?$/, { error: 'If-Match is the revision you last read, e.g. If-Match: 4' })
  .transform((value) => Number(value.replace(/\D/g, '')));

const idempotencyKeySchema = z
  .string()
  .regex(/^[\x21-\x7e]{1,200}$/, { error: 'Idempotency-Key is 1-200 visible ASCII characters, e.g. a UUID' });

/** The headers a command route reads; other headers pass through untouched. */
export const commandHeadersSchema = z.looseObject({
  'if-match': ifMatchSchema.optional(),
  'idempotency-key': idempotencyKeySchema.optional(),
  'x-correlation-id': z.uuid({ error: 'X-Correlation-Id is a UUID' }).optional(),
});

export type CommandHeaders = z.output<typeof commandHeadersSchema>;

/** The ETag of a case at a revision (clients send it back in If-Match). */
export const etagOf = (revision: number): string => `"${revision}"`;
