import { describe, expect, it } from 'vitest';
import { threatAssessmentMessageSchema } from './threatAssessment.ts';

const valid = {
  iss: 'https://polisen.example/issuer',
  aud: 'urn:relocation:relay',
  sub: 'pol-4711',
  org: 'police:syd',
  jti: '9d7c1e2f-4a5b-4c6d-8e7f-0a1b2c3d4e5f',
  iat: 1_795_000_000,
  exp: 1_795_003_600,
  relocationId: '0b8e6f1a-2c3d-4e5f-8a9b-0c1d2e3f4a5b',
  level: 'high',
  validUntil: '2027-05-23T00:00:00Z',
  extraExclusionZones: [
    { kind: 'municipality', code: '1280' },
    { kind: 'county', code: '12' },
  ],
  recommendation: 'Placering norr om Dalälven.\nUndvik storstadsregionerna.',
  policeCaseReference: '5000-K123456-26',
};

describe('threatAssessmentMessageSchema', () => {
  it('refuses NUL, other control characters and unpaired surrogates in every text field (issue 10)', () => {
    const bad = (patch: object) => threatAssessmentMessageSchema.safeParse({ ...valid, ...patch }).success;
    expect(bad({ policeCaseReference: 'a\u0000b' })).toBe(false);
    expect(bad({ policeCaseReference: 'a\nb' })).toBe(false);
    expect(bad({ recommendation: 'a\ud800b' })).toBe(false);
    expect(bad({ recommendation: 'a\u0000b' })).toBe(false);
    expect(bad({ recommendation: 'one\r\n\ttwo' })).toBe(true);
    expect(bad({ sub: 'pol\u001b4711' })).toBe(false);
    expect(bad({ sub: 'pol\udc004711' })).toBe(false);
  });

  it('accepts a complete assessment and an assessment without extra zones', () => {
    expect(threatAssessmentMessageSchema.parse(valid)).toEqual(valid);
    expect(
      threatAssessmentMessageSchema.parse({ ...valid, extraExclusionZones: [] }).extraExclusionZones,
    ).toEqual([]);
  });

  it.each(['low', 'elevated', 'high', 'severe'])('accepts level %s', (level) => {
    expect(threatAssessmentMessageSchema.parse({ ...valid, level }).level).toBe(level);
  });

  it('rejects personal-data-looking extra fields at the top level and in nested objects', () => {
    const top = threatAssessmentMessageSchema.safeParse({ ...valid, personnummer: '19900101-1234' });
    expect(top.error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['personnummer'] });
    // The actor comes from the signed claims only: a body field naming one is not part of the contract.
    const actor = threatAssessmentMessageSchema.safeParse({
      ...valid,
      assessedBy: { userId: 'pol-4711', organisationId: 'police:syd' },
    });
    expect(actor.error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['assessedBy'] });
    const zone = threatAssessmentMessageSchema.safeParse({
      ...valid,
      extraExclusionZones: [{ kind: 'municipality', code: '1280', address: 'Storgatan 1' }],
    });
    expect(zone.success).toBe(false);
  });

  it.each([
    ['level', 'critical'],
    ['validUntil', 'tomorrow'],
    ['extraExclusionZones', [{ kind: 'municipality', code: '12' }]],
    ['extraExclusionZones', [{ kind: 'county', code: '1280' }]],
    ['extraExclusionZones', [{ kind: 'region', code: '01' }]],
    ['recommendation', ''],
    ['recommendation', 'x'.repeat(4_001)],
    ['recommendation', 'bell\u0007'],
    ['policeCaseReference', undefined],
    ['org', 'municipality:0180'],
    ['org', 'police:gotland'],
    ['sub', ''],
    ['jti', 'abc'],
    ['iat', undefined],
    ['exp', '2027-05-23'],
  ])('rejects %s = %j', (field, value) => {
    expect(threatAssessmentMessageSchema.safeParse({ ...valid, [field]: value }).success).toBe(false);
  });
});
