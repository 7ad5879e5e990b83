import { statuses, urgencies } from '@relocation/domain';
import { z } from 'zod';

/** The largest global position there can be (a PostgreSQL bigint); a larger one is refused, not sent to SQL. */
const MAX_POSITION = 9_223_372_036_854_775_807n;
const minPositionMessage = 'minPosition is the position a command answered with, e.g. minPosition=42';

/**
 * `?minPosition=N`: the global position a command answered with. "At least": a position already passed answers at
 * once; otherwise the query waits until it is projected.
 */
export const minPositionSchema = z
  .string()
  .regex(/^\d{1,19}$/, { error: minPositionMessage })
  .transform((value) => BigInt(value))
  .refine((value) => value <= MAX_POSITION, { error: minPositionMessage });

export const readQuerySchema = z.object({ minPosition: minPositionSchema.optional() });

export const listQuerySchema = z.object({
  state: z.enum(statuses).optional(),
  urgency: z.enum(urgencies).optional(),
  stalled: z
    .enum(['true', 'false'], { error: 'stalled is true or false' })
    .transform((value) => value === 'true')
    .optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  /** From the previous page's `nextCursor`. */
  cursor: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,200}$/, { error: 'cursor is the nextCursor of the previous page' })
    .optional(),
  minPosition: minPositionSchema.optional(),
});

export const caseParamsSchema = z.object({ id: z.string().min(1).max(100) });
