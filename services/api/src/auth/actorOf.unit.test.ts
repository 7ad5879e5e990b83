import type { Principal } from '@relocation/access';
import { describe, expect, it } from 'vitest';
import { actorOf } from './actorOf.ts';

const principal = (roles: Principal['roles'], organisationId = 'municipality:0180'): Principal =>
  ({ userId: 'u1', organisationId, roles }) as Principal;

describe('actorOf', () => {
  it('acts with a role of the token that the command admits, supervisor first', () => {
    expect(actorOf(principal(['caseworker', 'supervisor']), 'SuspendCase')).toEqual({
      userId: 'u1',
      organisationId: 'municipality:0180',
      role: 'supervisor',
    });
    expect(actorOf(principal(['caseworker']), 'RecordConsent').role).toBe('caseworker');
    expect(actorOf(principal(['police'], 'police:stockholm'), 'RecordThreatAssessment').role).toBe('police');
  });

  it('falls back to the first role when none fits, so the domain refuses by role', () => {
    expect(actorOf(principal(['auditor'], 'audit:national'), 'AbortRelocation').role).toBe('auditor');
  });
});

describe('actorOf for a principal that works on no case', () => {
  const administrator = principal(['administrator'], 'coordinator:national');

  it('answers 404 for a case command and 403 for opening a case', () => {
    expect(() => actorOf(administrator, 'AbortRelocation')).toThrow(
      expect.objectContaining({ statusCode: 404 }),
    );
    expect(() => actorOf(administrator, 'InitiateRelocation')).toThrow(
      expect.objectContaining({ statusCode: 403, code: 'FORBIDDEN_FOR_ROLE' }),
    );
  });

  it('acts with the case roles only when the principal also holds one', () => {
    expect(
      actorOf(principal(['administrator', 'coordinator'], 'coordinator:national'), 'AbortRelocation').role,
    ).toBe('coordinator');
  });
});
