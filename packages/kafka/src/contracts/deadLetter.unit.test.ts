import { describe, expect, it } from 'vitest';
import { deadLetterEnvelopeSchema } from './deadLetter.ts';

const valid = {
  originalTopic: 'police.threat-assessments.v1',
  partition: 2,
  offset: '9223372036854775807',
  key: '0b8e6f1a-2c3d-4e5f-8a9b-0c1d2e3f4a5b',
  value: '{"messageId": ',
  reason: { code: 'invalid_json', message: 'Unexpected end of JSON input' },
  failedAt: '2026-11-23T10:15:00.000Z',
};

describe('deadLetterEnvelopeSchema', () => {
  it('accepts an envelope with and without details and with a null key', () => {
    expect(deadLetterEnvelopeSchema.parse(valid)).toEqual(valid);
    const withDetails = {
      ...valid,
      key: null,
      reason: { code: 'schema_violation', message: 'invalid', details: { issues: [{ path: ['level'] }] } },
    };
    expect(deadLetterEnvelopeSchema.parse(withDetails)).toEqual(withDetails);
  });

  it.each([
    ['partition', -1],
    ['partition', 1.5],
    ['offset', 12],
    ['offset', '-1'],
    ['key', undefined],
    ['value', null],
    ['reason', { code: 'Invalid JSON', message: 'x' }],
    ['reason', { code: 'invalid_json', message: '' }],
    ['reason', { code: 'invalid_json', message: 'x', stack: 'at ...' }],
    ['failedAt', 'now'],
    ['originalTopic', 'has space'],
  ])('rejects %s = %j', (field, value) => {
    expect(deadLetterEnvelopeSchema.safeParse({ ...valid, [field]: value }).success).toBe(false);
  });

  it('rejects extra fields', () => {
    expect(deadLetterEnvelopeSchema.safeParse({ ...valid, personnummer: '19900101-1234' }).success).toBe(
      false,
    );
  });
});
