import { describe, expect, it } from 'vitest';
import { notificationMessageSchema } from './notification.ts';

const valid = {
  eventId: '6f1c2a9e-3b7d-4c1e-9a2b-1d2e3f4a5b6c',
  relocationId: '0b8e6f1a-2c3d-4e5f-8a9b-0c1d2e3f4a5b',
  type: 'ReceivingMunicipalityProposed',
  occurredAt: '2026-11-23T10:15:00.000Z',
  recipient: 'municipality:1480',
  position: '18446744073709551615',
};

describe('notificationMessageSchema', () => {
  it('accepts a notification for each kind of organisation', () => {
    for (const recipient of [
      'municipality:0180',
      'police:bergslagen',
      'coordinator:national',
      'audit:national',
    ]) {
      expect(notificationMessageSchema.parse({ ...valid, recipient })).toEqual({ ...valid, recipient });
    }
    expect(
      notificationMessageSchema.parse({ ...valid, occurredAt: '2026-11-23T11:15:00+01:00' }),
    ).toBeTruthy();
  });

  it.each([
    ['personnummer', '19900101-1234'],
    ['name', 'Anna Andersson'],
    ['address', 'Storgatan 1, Malmö'],
    ['person', { encrypted: 'abc' }],
  ])('rejects a personal-data-looking extra field %s', (field, value) => {
    const result = notificationMessageSchema.safeParse({ ...valid, [field]: value });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: [field] });
  });

  it.each([
    ['eventId', 'not-a-uuid'],
    ['relocationId', undefined],
    ['type', 'deadline missed'],
    ['occurredAt', '2026-11-23 10:15'],
    ['occurredAt', '2026-11-23T10:15:00'],
    ['recipient', 'municipality:180'],
    ['recipient', 'police:gotland'],
    ['recipient', 'Anna Andersson'],
    ['position', '-1'],
    ['position', '007'],
    ['position', 42],
  ])('rejects %s = %j', (field, value) => {
    expect(notificationMessageSchema.safeParse({ ...valid, [field]: value }).success).toBe(false);
  });
});
