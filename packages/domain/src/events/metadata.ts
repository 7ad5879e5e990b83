import { z } from 'zod';
import { actorSchema } from '../schemas/actor.ts';
import { isoInstantSchema, uuidSchema } from '../schemas/primitives.ts';

/** Who did it, when, and why (correlation: the conversation; causation: the command that produced the event). */
export const eventMetadataSchema = z
  .object({
    eventId: uuidSchema,
    occurredAt: isoInstantSchema,
    actor: actorSchema,
    correlationId: uuidSchema,
    causationId: uuidSchema,
  })
  .strict();

export type EventMetadata = z.infer<typeof eventMetadataSchema>;
