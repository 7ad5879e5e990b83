import { z } from 'zod';

/** `If-Match: 5`, `"5"` or `W/"5"`: the revision the client last saw. */
const ifMatchSchema = z
  .string()
  .regex(/^(W\/)?"?\d{1,9}"?$/, { error: 'If-Match is the revision you last read, e.g. If-Match: 4' })
  .transform((value) => Number(value.replace(/\D/g, '')));

const idempotencyKeySchema = z
  .string()
  .regex(/^[\x21-\x7e]{1,200}$/, { error: 'Idempotency-Key is 1-200 visible ASCII characters, e.g. a UUID' })
  .meta({
    description:
      'A random key (a UUID) per request: a retry of the same request answers the first response ' +
      '(Idempotent-Replayed: true) and appends nothing. The key is bound to the caller, the route, the case and ' +
      'the body: sent with any other request it answers 422 IDEMPOTENCY_KEY_REUSED. A replay checks access again.',
  });

/** The headers a command route reads; other headers pass through untouched. */
export const commandHeadersSchema = z.looseObject({
  'if-match': ifMatchSchema.optional(),
  'idempotency-key': idempotencyKeySchema.optional(),
  'x-correlation-id': z.uuid({ error: 'X-Correlation-Id is a UUID' }).optional(),
});

export type CommandHeaders = z.output<typeof commandHeadersSchema>;

/** The ETag of a case at a revision (clients send it back in If-Match). */
export const etagOf = (revision: number): string => `"${revision}"`;
