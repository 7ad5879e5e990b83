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
