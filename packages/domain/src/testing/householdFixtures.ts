import { actors, command } from './fixtures.ts';

/** A family's members for tests (docs/design.md §3.2): ids, and valid 12-digit personnummer. */
export const householdIds = {
  partner: '00000000-0000-4000-8000-0000000000a2',
  /** Born 2016: school age in 2026. */
  child: '00000000-0000-4000-8000-0000000000c1',
  /** Born 2013, a guardian has not consented. */
  childWithoutConsent: '00000000-0000-4000-8000-0000000000c2',
} as const;

export const householdCommands = {
  addPartner: () =>
    command('AddHouseholdMember', actors.sending, {
      memberId: householdIds.partner,
      role: 'adult',
      person: { name: 'Partner Testsson', personalIdentityNumber: '198802157894', protectionLevel: 'none' },
      consent: { kind: 'own', consentDate: '2026-03-02', documentReference: 'SAMTYCKE-2026-18' },
    }),
  addChild: () =>
    command('AddHouseholdMember', actors.sending, {
      memberId: householdIds.child,
      role: 'child',
      person: { name: 'Barn Testsson', personalIdentityNumber: '201604121234', protectionLevel: 'none' },
      consent: { kind: 'allGuardians', consentDate: '2026-03-02', documentReference: 'VH-2026-1' },
    }),
  addChildWithoutConsent: () =>
    command('AddHouseholdMember', actors.sending, {
      memberId: householdIds.childWithoutConsent,
      role: 'child',
      person: {
        name: 'Skyddat Barn',
        personalIdentityNumber: '201308074564',
        protectionLevel: 'confidentialAddress',
      },
      consent: { kind: 'guardianMissing' },
    }),
  assess: (memberId: string) =>
    command('RecordChildImpactAssessment', actors.sending, {
      memberId,
      bestInterests: 'Tryggheten går först.',
      school: 'Ny skola på orten.',
      contactWithOtherParent: 'Genom socialtjänsten.',
      health: 'Astma, medicin finns.',
    }),
  applyToCourt: (memberId: string) =>
    command('RecordChildPlacementApplication', actors.sending, {
      memberId,
      appliedOn: '2026-03-03',
      courtReference: 'FR Stockholm 1234-26',
    }),
  courtDecides: (memberId: string, outcome: 'placementAllowed' | 'placementRefused') =>
    command('RecordChildPlacementDecision', actors.sending, {
      memberId,
      decidedOn: '2026-03-04',
      outcome,
      courtReference: 'FR Stockholm 1234-26',
    }),
};
