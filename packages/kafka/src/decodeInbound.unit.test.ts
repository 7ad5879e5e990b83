import { describe, expect, it } from 'vitest';
import { deadLetterEnvelopeSchema } from './contracts/deadLetter.ts';
import { threatAssessmentMessageSchema } from './contracts/threatAssessment.ts';
import { deadLetterFor, decodeJsonMessage } from './decodeInbound.ts';

const assessment = {
  iss: 'https://polisen.example/issuer',
  aud: 'urn:relocation:relay',
  sub: 'pol-4711',
  org: 'police:nord',
  jti: '9d7c1e2f-4a5b-4c6d-8e7f-0a1b2c3d4e5f',
  iat: 1_795_000_000,
  exp: 1_795_003_600,
  relocationId: '0b8e6f1a-2c3d-4e5f-8a9b-0c1d2e3f4a5b',
  level: 'severe',
  validUntil: '2027-05-23T00:00:00Z',
  extraExclusionZones: [],
  recommendation: 'Placering norr om Dalälven.',
  policeCaseReference: '5000-K123456-26',
};

describe('decodeJsonMessage', () => {
  it('returns the parsed message from a Buffer or a string', () => {
    const json = JSON.stringify(assessment);
    expect(decodeJsonMessage(threatAssessmentMessageSchema, Buffer.from(json))).toEqual({
      ok: true,
      value: assessment,
    });
    expect(decodeJsonMessage(threatAssessmentMessageSchema, json)).toEqual({ ok: true, value: assessment });
  });

  it.each([
    [null, 'empty_value'],
    ['  ', 'empty_value'],
    ['{"messageId": ', 'invalid_json'],
    [JSON.stringify({ ...assessment, level: 'critical' }), 'schema_violation'],
  ])('classifies %j as %s', (value, code) => {
    const result = decodeJsonMessage(threatAssessmentMessageSchema, value);
    expect(result.ok).toBe(false);
    expect(result.ok ? undefined : result.reason.code).toBe(code);
  });

  it('does not quote the input when it is not JSON', () => {
    const result = decodeJsonMessage(threatAssessmentMessageSchema, 'Anna Andersson 19900101-1234');
    expect(result).toEqual({
      ok: false,
      reason: { code: 'invalid_json', message: 'the value is not valid JSON' },
    });
  });

  it('names the offending paths without repeating the offending values', () => {
    const result = decodeJsonMessage(
      threatAssessmentMessageSchema,
      JSON.stringify({ ...assessment, personnummer: '19900101-1234', level: 'critical' }),
    );
    expect(result.ok).toBe(false);
    const details = result.ok ? undefined : result.reason.details;
    expect(details).toMatchObject({
      issues: expect.arrayContaining([expect.objectContaining({ path: 'level' })]),
    });
    expect(JSON.stringify(details)).not.toContain('19900101-1234');
    expect(JSON.stringify(details)).not.toContain('critical');
  });
});

describe('deadLetterFor', () => {
  it('wraps the original record and reason in a valid envelope keyed like the original', () => {
    const record = {
      topic: 'police.threat-assessments.v1',
      partition: 1,
      offset: '17',
      key: Buffer.from(assessment.relocationId),
      value: Buffer.from('{"messageId": '),
    };
    const message = deadLetterFor(record, { code: 'invalid_json', message: 'Unexpected end' }, new Date(0));
    expect(message.key).toBe(assessment.relocationId);
    expect(message.headers?.['dead-letter-reason']).toBe('invalid_json');
    expect(deadLetterEnvelopeSchema.parse(JSON.parse(message.value))).toEqual({
      originalTopic: 'police.threat-assessments.v1',
      partition: 1,
      offset: '17',
      key: assessment.relocationId,
      value: '{"messageId": ',
      reason: { code: 'invalid_json', message: 'Unexpected end' },
      failedAt: '1970-01-01T00:00:00.000Z',
    });
  });

  it('keys a record without key by its position and keeps an empty value as an empty string', () => {
    const record = {
      topic: 'police.threat-assessments.v1',
      partition: 0,
      offset: '3',
      key: null,
      value: null,
    };
    const message = deadLetterFor(record, { code: 'empty_value', message: 'no value' }, new Date(0));
    expect(message.key).toBe('police.threat-assessments.v1/0/3');
    expect(JSON.parse(message.value)).toMatchObject({ key: null, value: '' });
  });
});
