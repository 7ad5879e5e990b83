import { notificationMessageSchema } from './contracts/notification.ts';
import type { NotificationMessage } from './contracts/notification.ts';
import type { OutboundMessage } from './publisher.ts';

/**
 * The Kafka message for a notification: validated against the strict contract (so a stray personal-data field
 * throws here instead of leaving the process), keyed by the recipient organisation id: each organisation's
 * notifications land on one partition and stay in order, and a consumer can filter by key.
 */
export function encodeNotification(notification: NotificationMessage): OutboundMessage {
  const message = notificationMessageSchema.parse(notification);
  return {
    key: message.recipient,
    value: JSON.stringify(message),
    headers: { 'content-type': 'application/json', 'event-id': message.eventId },
  };
}
