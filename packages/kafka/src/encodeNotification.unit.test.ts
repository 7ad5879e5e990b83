import { describe, expect, it } from 'vitest';
import type { NotificationMessage } from './contracts/notification.ts';
import { encodeNotification } from './encodeNotification.ts';

const notification: NotificationMessage = {
  eventId: '6f1c2a9e-3b7d-4c1e-9a2b-1d2e3f4a5b6c',
  relocationId: '0b8e6f1a-2c3d-4e5f-8a9b-0c1d2e3f4a5b',
  type: 'DeadlineMissed',
  occurredAt: '2026-11-23T10:15:00.000Z',
  recipient: 'coordinator:national',
  position: '42',
};

describe('encodeNotification', () => {
  it('keys by recipient organisation id and serialises exactly the contract fields', () => {
    const message = encodeNotification(notification);
    expect(message.key).toBe(notification.recipient);
    expect(JSON.parse(message.value)).toEqual(notification);
    expect(message.headers).toEqual({ 'content-type': 'application/json', 'event-id': notification.eventId });
  });

  it('throws on a personal-data field that slipped in, instead of publishing it', () => {
    const leaking = { ...notification, personnummer: '19900101-1234' } as NotificationMessage;
    expect(() => encodeNotification(leaking)).toThrow(/personnummer/);
  });
});
