import { swedishDateOf } from '@relocation/domain';
/**
 * The made-up person of the demo case; tests search every response for these strings. No protection marking yet,
 * so the identity follows the need-to-know matrix per organisation (a marked identity is shown to the assigned
 * handlers only, which the demo's supervisors are not).
 */
export const demoPerson = {
  name: 'Demo Dagny Exempelsson',
  personalIdentityNumber: '199001012385',
  protectionLevel: 'none',
} as const;

/**
 * The family of the third demo case (docs/design.md §3.2): a second adult and two children, made up. The younger
 * child's second guardian has not consented, so protected housing waits for the administrative court.
 */
export const demoFamily = {
  partner: {
    memberId: '6d1f0c3e-5b1a-4c8e-9a43-000000000a02',
    name: 'Demo Dan Exempelsson',
    personalIdentityNumber: '198802157894',
  },
  child: {
    memberId: '6d1f0c3e-5b1a-4c8e-9a43-000000000c01',
    name: 'Demo Disa Exempelsson',
    personalIdentityNumber: '201308074564',
  },
  childWithoutConsent: {
    memberId: '6d1f0c3e-5b1a-4c8e-9a43-000000000c02',
    name: 'Demo Dino Exempelsson',
    personalIdentityNumber: '201604121234',
  },
} as const;

/** The new address in the reception plan: only the receiving municipality and the police may ever see it. */
export const demoAddress = 'Skyddsvägen 7, 903 27 Umeå';

/** Stockholm (0180) sends; Uppsala (0380) is proposed first and declines; Umeå (2480) accepts. */
export const demoMunicipalities = { sending: '0180', declining: '0380', receiving: '2480' } as const;

const isoDate = (from: Date, days: number): string =>
  new Date(from.getTime() + days * 86_400_000).toISOString().slice(0, 10);

/** The request body of each step, with dates around `today` so the deadlines it creates lie ahead. */
export function demoBodies(today: Date) {
  const swedishToday = swedishDateOf(today.toISOString());
  return {
    initiate: {
      person: demoPerson,
      household: { adults: 1, childrenAges: [4, 9] },
      needs: ['housing', 'protectedHousing', 'school'],
      urgency: 'acute',
      exclusionZones: [{ kind: 'county', code: '12' }],
    },
    consent: {
      parties: ['police', 'coordinator', 'receivingMunicipality'],
      consentDate: isoDate(today, 0),
      documentReference: 'SAMTYCKE-DEMO-1',
    },
    submit: {},
    assess: {
      level: 'high',
      validUntil: isoDate(today, 180),
      exclusionZones: [{ kind: 'municipality', code: '1480' }],
      recommendation: 'Flytt norrut, undvik storstadsregionerna i söder och väst.',
      policeCaseReference: 'PM-DEMO-0001',
    },
    proposeDeclining: { municipalityCode: demoMunicipalities.declining },
    decline: { reasonCategory: 'noHousing', reason: 'Inga lediga bostäder just nu.' },
    proposeReceiving: { municipalityCode: demoMunicipalities.receiving },
    accept: {
      contactPerson: { name: 'Kim Kontaktsson', phone: '090-123456' },
      housing: { type: 'protectedHousing', providerId: 'provider-fiktiva-skyddet' },
      plannedMoveDate: isoDate(today, 14),
      address: demoAddress,
    },
    clear: { reason: 'Ingen känd koppling till Umeå.' },
    arrive: { arrivedOn: isoDate(today, 14) },
    followUp: (month: 1 | 3 | 6) => ({ month, notes: `Uppföljning efter ${month} månader: det går bra.` }),
    close: { outcome: 'settled' },
    // Transfer of the case (docs/design.md §3.1): every date of the matter is today in Sweden, the engine's day.
    requestTransfer: {
      toMunicipalityCode: demoMunicipalities.receiving,
      reasons: 'Familjen har sin starkaste anknytning till Umeå och behöver stöd länge.',
      personView: 'Vill bo kvar i Umeå.',
    },
    refuseTransfer: { reasons: 'Familjen har bott här kort tid; anknytningen finns i Stockholm.' },
    ivoApplication: { appliedOn: swedishToday, reference: 'IVO 3.5.1-DEMO/2026' },
    ivoDecision: {
      responsibleMunicipalityCode: demoMunicipalities.receiving,
      decidedOn: swedishToday,
      receivedOn: swedishToday,
    },
    ivoAppeal: { appealedOn: swedishToday },
    ivoFinal: { responsibleMunicipalityCode: demoMunicipalities.receiving, finalOn: swedishToday },
    // Direct placement (docs/design.md §3.3) of a second, acute case in Umeå's municipal unit notified to IVO (the
    // sample provider register): no acceptance, Umeå acknowledges, the police clear it, Stockholm stays responsible.
    placeDirectly: {
      municipalityCode: demoMunicipalities.receiving,
      unitId: 'unit-umea-akutboende',
      plannedMoveDate: isoDate(today, 2),
      reason: 'Akut hot efter avhoppet; matchning kan inte inväntas.',
    },
    acknowledgePlacement: {},
    arrivePlaced: { arrivedOn: isoDate(today, 2) },
    // The family (docs/design.md §3.2): two adults, two children of school age.
    initiateFamily: {
      person: demoPerson,
      household: { adults: 2, childrenAges: [10, 13] },
      needs: ['housing', 'protectedHousing', 'school'],
      urgency: 'planned',
      exclusionZones: [{ kind: 'county', code: '12' }],
    },
    addPartner: {
      memberId: demoFamily.partner.memberId,
      role: 'adult',
      person: {
        name: demoFamily.partner.name,
        personalIdentityNumber: demoFamily.partner.personalIdentityNumber,
        protectionLevel: 'none',
      },
      consent: { kind: 'own', consentDate: isoDate(today, 0), documentReference: 'SAMTYCKE-DEMO-2' },
    },
    addChild: {
      memberId: demoFamily.child.memberId,
      role: 'child',
      person: {
        name: demoFamily.child.name,
        personalIdentityNumber: demoFamily.child.personalIdentityNumber,
        protectionLevel: 'none',
      },
      consent: { kind: 'allGuardians', consentDate: isoDate(today, 0), documentReference: 'VH-DEMO-1' },
    },
    addChildWithoutConsent: {
      memberId: demoFamily.childWithoutConsent.memberId,
      role: 'child',
      person: {
        name: demoFamily.childWithoutConsent.name,
        personalIdentityNumber: demoFamily.childWithoutConsent.personalIdentityNumber,
        protectionLevel: 'none',
      },
      consent: { kind: 'guardianMissing', documentReference: 'VH-DEMO-2 (en vårdnadshavare)' },
    },
    childView: (memberId: string) => ({
      memberId,
      heardOn: swedishToday,
      view: 'Vill gå i samma skola som sitt syskon.',
    }),
    impactAssessment: (memberId: string) => ({
      memberId,
      bestInterests: 'Tryggheten väger tyngst; flytten skyddar barnet.',
      school: 'Skolplacering ordnas av mottagande kommun.',
      contactWithOtherParent: 'Umgänge endast via socialtjänsten.',
      health: 'Inga kända vårdbehov.',
    }),
    courtApplication: {
      memberId: demoFamily.childWithoutConsent.memberId,
      appliedOn: swedishToday,
      courtReference: 'FR Stockholm DEMO-26',
    },
    courtDecision: {
      memberId: demoFamily.childWithoutConsent.memberId,
      decidedOn: swedishToday,
      outcome: 'placementAllowed',
      courtReference: 'FR Stockholm DEMO-26',
    },
    schoolPlacement: (memberId: string) => ({ memberId, startsOn: isoDate(today, 21) }),
  } as const;
}
