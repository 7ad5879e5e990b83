import { z } from 'zod';

/** The error shape in the OpenAPI document. */
export const errorBodySchema = z.object({
  code: z.string(),
  message: z.string(),
  details: z.record(z.string(), z.unknown()),
});
