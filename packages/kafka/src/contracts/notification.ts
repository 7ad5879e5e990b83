import { z } from 'zod';
import { isoDateTimeSchema, organisationIdSchema } from './identifiers.ts';

/**
 * Outbound on `relocation.notifications.v1`, keyed by the recipient organisation id: "case X needs your attention". It carries no
 * personal data; the recipient fetches what it may see over the authenticated API. Strict: an unknown field (a name,
 * a personnummer, an address) makes the message invalid instead of being passed along.
 */
export const notificationMessageSchema = z
  .strictObject({
    /**
     * The event's id. A recipient gets at most one notification per event, so it drops duplicates by this id
     * (delivery is at least once: a relay restart can publish a notification again).
     */
    eventId: z.uuid(),
    relocationId: z.uuid(),
    /** What happened, e.g. ReceivingMunicipalityProposed or DeadlineMissed. */
    type: z
      .string()
      .regex(/^[A-Z][A-Za-z0-9]{0,99}$/, 'an event or notification type in PascalCase, e.g. DeadlineMissed'),
    occurredAt: isoDateTimeSchema,
    /** The organisation that should act. */
    recipient: organisationIdSchema,
    /** Global position of the event in the event store, as a decimal string (it may exceed 2^53). */
    position: z.string().regex(/^(?:0|[1-9]\d{0,19})$/, 'a non-negative decimal integer'),
  })
  .meta({
    title: 'Relocation notification (relocation.notifications.v1)',
    description:
      'Tells an organisation that a relocation case needs its attention. Contains no personal data.',
  });

export type NotificationMessage = z.infer<typeof notificationMessageSchema>;
