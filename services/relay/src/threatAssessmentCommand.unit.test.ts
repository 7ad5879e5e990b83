import { describe, expect, it } from 'vitest';
import { threatAssessmentCommand } from './threatAssessmentCommand.ts';

const message = {
  iss: 'https://polisen.example/issuer',
  aud: 'urn:relocation:relay',
  sub: 'pol-4711',
  org: 'police:syd',
  jti: '9d7c1e2f-4a5b-4c6d-8e7f-0a1b2c3d4e5f',
  iat: 1_795_000_000,
  exp: 1_795_003_600,
  relocationId: '0b8e6f1a-2c3d-4e5f-8a9b-0c1d2e3f4a5b',
  level: 'high' as const,
  validUntil: '2026-09-01T23:30:00Z',
  extraExclusionZones: [{ kind: 'municipality' as const, code: '1280' }],
  recommendation: 'Placering norr om Dalälven.',
  policeCaseReference: '5000-K123456-26',
};

describe('threatAssessmentCommand', () => {
  it('makes a RecordThreatAssessment command whose ids are the message id, acted by the signed officer and region', () => {
    expect(threatAssessmentCommand(message)).toEqual({
      ok: true,
      command: {
        type: 'RecordThreatAssessment',
        relocationId: message.relocationId,
        commandId: message.jti,
        correlationId: message.jti,
        actor: { userId: 'pol-4711', organisationId: 'police:syd', role: 'police' },
        payload: {
          level: 'high',
          // 23:30 UTC is 01:30 the next day in Sweden (summer time).
          validUntil: '2026-09-02',
          exclusionZones: [{ kind: 'municipality', code: '1280' }],
          recommendation: 'Placering norr om Dalälven.',
          policeCaseReference: '5000-K123456-26',
        },
      },
    });
  });

  it('keeps the Swedish date of an instant given with an offset', () => {
    const result = threatAssessmentCommand({ ...message, validUntil: '2027-01-15T00:30:00+01:00' });
    expect(
      result.ok && result.command.type === 'RecordThreatAssessment' && result.command.payload.validUntil,
    ).toBe('2027-01-15');
  });

  it('refuses what the command schema refuses, naming the path but not the value', () => {
    const result = threatAssessmentCommand({ ...message, recommendation: `Anna ${'x'.repeat(2_500)}` });
    expect(result.ok).toBe(false);
    expect(result.ok ? undefined : result.reason).toMatchObject({
      code: 'invalid_command',
      details: { issues: [expect.objectContaining({ path: 'payload.recommendation' })] },
    });
    expect(JSON.stringify(result)).not.toContain('Anna');
  });
});
