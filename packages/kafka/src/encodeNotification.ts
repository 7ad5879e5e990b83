import { notificationMessageSchema } from './contracts/notification.ts';
import type { NotificationMessage } from './contracts/notification.ts';
import type { OutboundMessage } from './publisher.ts';

/**
 * The Kafka message for a notification: validated against the strict contract (so a stray personal-data field
 * throws here instead of leaving the process), keyed by relocation id so that one case stays in order.
 */
export function encodeNotification(notification: NotificationMessage): OutboundMessage {
  const message = notificationMessageSchema.parse(notification);
  return {
    key: message.relocationId,
    value: JSON.stringify(message),
    headers: { 'content-type': 'application/json', 'event-id': message.eventId },
  };
}
