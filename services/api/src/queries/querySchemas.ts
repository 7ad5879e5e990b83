import { statuses, urgencies } from '@relocation/domain';
import { z } from 'zod';

/** `?minPosition=N`: the global position a command answered with; the query waits until it is projected. */
export const minPositionSchema = z
  .string()
  .regex(/^\d{1,19}$/, { error: 'minPosition is the position a command answered with, e.g. minPosition=42' })
  .transform((value) => BigInt(value));

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
  cursor: z.string().min(1).max(200).optional(),
  minPosition: minPositionSchema.optional(),
});

export const caseParamsSchema = z.object({ id: z.string().min(1).max(100) });
