import { randomUUID } from 'node:crypto';
import type { RelocationState } from '@relocation/domain';
import { householdCommands, householdIds, sampleCommands } from '@relocation/domain/testing';
import { parties } from './parties.ts';
import type { TestApi } from './testApi.ts';

/** Valid request bodies, one per command route (action -> body). */
export const bodies = {
  '': sampleCommands.initiate().payload,
  consent: sampleCommands.consentAll().payload,
  'withdraw-consent': { withdrawnOn: '2026-03-03' },
  submit: {},
  'threat-assessments': sampleCommands.assess().payload,
  'escalate-threat': {
    reason: 'Hotet har ökat enligt ny uppgift.',
    exclusionZones: [{ kind: 'county', code: '03' }],
  },
  propose: { municipalityCode: '2480' },
  accept: sampleCommands.accept().payload,
  decline: sampleCommands.decline().payload,
  'clear-destination': sampleCommands.clear().payload,
  'refuse-destination': { reason: 'Känd koppling till orten.' },
  'confirm-arrival': sampleCommands.arrive().payload,
  'follow-ups': sampleCommands.followUp(1).payload,
  close: sampleCommands.close().payload,
  suspend: { reason: 'Personen är inlagd på sjukhus.' },
  resume: { reason: 'Personen är utskriven.' },
  abort: { reason: 'Personen har flyttat på egen hand.' },
  'extend-deadline': {
    deadlineId: '00000000-0000-4000-8000-000000000000',
    dueAt: '2026-04-01T12:00:00.000Z',
    reason: 'Polisen behöver mer tid.',
  },
  handlers: { userId: 'greta' },
  'unassign-handler': { userId: parties.sendingCaseworker.sub },
  // Transfer of the case: the test clock's day is 2026-03-02, so every date of the matter is that day.
  'transfer-requests': {
    toMunicipalityCode: '2480',
    reasons: 'Personen har sin starkaste anknytning till Umeå.',
    personView: 'Vill stanna i Umeå.',
  },
  'transfer-agree': { effectiveFrom: '2026-03-02' },
  'transfer-refuse': { reasons: 'Personen har ingen anknytning till Umeå.' },
  'ivo-applications': { appliedOn: '2026-03-02', reference: 'IVO 3.5.1-1234/2026' },
  'ivo-decisions': { responsibleMunicipalityCode: '2480', decidedOn: '2026-03-02', receivedOn: '2026-03-02' },
  'ivo-appeals': { appealedOn: '2026-03-02' },
  'ivo-decision-final': { responsibleMunicipalityCode: '2480', finalOn: '2026-03-02' },
  'person-settled': { municipalityCode: '2480', settledOn: '2026-03-02' },
  // Direct placement (acute) in Umeå's municipal unit notified to IVO (the sample providers of the domain's tests).
  'direct-placements': sampleCommands.placeDirectly().payload,
  'direct-placement-acknowledgements': {},
  'threat-reassessments': {
    level: 'elevated',
    validUntil: '2027-03-01',
    recommendation: 'Hotbilden har minskat efter flytten.',
    policeCaseReference: 'PM-2026-0099',
    track: 'defector',
  },
  // A compromised location after arrival (docs/design.md §3.4).
  'location-compromised': sampleCommands.compromise().payload,
  // The outcome 6 months after arrival (issue 15).
  outcomes: { month: 6, outcome: 'stillLivingThere', notes: 'Bor kvar och har arbete.' },
  // Fingerade personuppgifter, recorded by the police officer assigned to the case (kim, `officerAssigned`).
  'identity-changes': {
    name: 'Nystrom Fingerad',
    personalIdentityNumber: '198001012387',
    decidedOn: '2026-03-02',
  },
  // The household (docs/design.md §3.2): the child without a guardian's consent, and the school-age child.
  'household-members': householdCommands.addChildWithoutConsent().payload,
  'remove-household-member': { memberId: householdIds.childWithoutConsent },
  'child-views': {
    memberId: householdIds.childWithoutConsent,
    heardOn: '2026-03-02',
    view: 'Vill inte byta skola mitt i terminen.',
  },
  'child-impact-assessments': householdCommands.assess(householdIds.childWithoutConsent).payload,
  'child-placement-applications': householdCommands.applyToCourt(householdIds.childWithoutConsent).payload,
  'child-placement-decisions': householdCommands.courtDecides(
    householdIds.childWithoutConsent,
    'placementAllowed',
  ).payload,
  'school-placements': { memberId: householdIds.child, startsOn: '2026-03-23' },
} as const satisfies Record<string, unknown>;

export const stages = [
  'draft',
  'consented',
  'threatAssessment',
  'matching',
  'proposed',
  'accepted',
  'cleared',
  'arrived',
  'transferRequested',
  'transferRefused',
  'ivoApplied',
  'ivoDecided',
  'ivoAppealed',
  /** Off the chain above: from `matching`, Stockholm places the household directly in Umeå (2480). */
  'placed',
  /** Off the chain above: after arrival, the Stockholm police name their officer (kim) handler of the case. */
  'officerAssigned',
  /** Off the chain: at `matching`, with a child whose guardian has not consented (docs/design.md §3.2). */
  'family',
  /** `family`, and the application to the administrative court for that child is recorded. */
  'childApplied',
  /** Off the chain: arrived in Umeå with a school-age child (assessed before proposal and acceptance). */
  'schoolOwed',
] as const;
export type Stage = (typeof stages)[number];

/**
 * A new case brought to a stage through the command handler. From `proposed` on, Uppsala (0380) has declined and
 * Umeå (2480) is the proposed, then accepted, receiving municipality. After arrival Stockholm (still responsible)
 * asks Umeå to take over the case; Umeå refuses, Stockholm applies to IVO, IVO decides for Umeå, Umeå appeals.
 * `placed` leaves the chain at `matching`: Stockholm places the household directly in Umeå (no acceptance).
 */
export async function caseAt(api: TestApi, stage: Stage): Promise<string> {
  const id = randomUUID();
  const steps: (() => Promise<void>)[] = [
    () => api.given(id, parties.sendingCaseworker, 'InitiateRelocation', sampleCommands.initiate().payload),
    () => api.given(id, parties.sendingCaseworker, 'RecordConsent', sampleCommands.consentAll().payload),
    () => api.given(id, parties.sendingCaseworker, 'SubmitRelocation', {}),
    () => api.given(id, parties.police, 'RecordThreatAssessment', sampleCommands.assess().payload),
    async () => {
      await api.given(id, parties.coordinator, 'ProposeReceivingMunicipality', { municipalityCode: '0380' });
      await api.given(id, parties.decliningSupervisor, 'AssignHandler', { userId: parties.declining.sub });
      await api.given(id, parties.declining, 'DeclineHandover', sampleCommands.decline().payload);
      await api.given(id, parties.coordinator, 'ProposeReceivingMunicipality', { municipalityCode: '2480' });
      await api.given(id, parties.receivingSupervisor, 'AssignHandler', { userId: parties.receiving.sub });
    },
    () => api.given(id, parties.receiving, 'AcceptHandover', sampleCommands.accept().payload),
    () => api.given(id, parties.police, 'GrantDestinationClearance', sampleCommands.clear().payload),
    () => api.given(id, parties.receiving, 'ConfirmArrival', sampleCommands.arrive().payload),
    () => api.given(id, parties.sendingCaseworker, 'RequestTransfer', bodies['transfer-requests']),
    () => api.given(id, parties.receiving, 'RefuseTransfer', bodies['transfer-refuse']),
    () => api.given(id, parties.sendingCaseworker, 'RecordIvoApplication', bodies['ivo-applications']),
    () => api.given(id, parties.sendingCaseworker, 'RecordIvoDecision', bodies['ivo-decisions']),
    () => api.given(id, parties.receiving, 'RecordIvoAppeal', bodies['ivo-appeals']),
  ];
  if (stage === 'family' || stage === 'childApplied') {
    for (const step of steps.slice(0, stages.indexOf('matching') + 1)) await step();
    await api.given(id, parties.sendingCaseworker, 'AddHouseholdMember', bodies['household-members']);
    if (stage === 'childApplied') {
      await api.given(
        id,
        parties.sendingCaseworker,
        'RecordChildPlacementApplication',
        bodies['child-placement-applications'],
      );
    }
    return id;
  }
  if (stage === 'schoolOwed') {
    const child = householdCommands.addChild().payload;
    const assess = householdCommands.assess(householdIds.child).payload;
    for (const step of steps.slice(0, stages.indexOf('matching') + 1)) await step();
    await api.given(id, parties.sendingCaseworker, 'AddHouseholdMember', child);
    await api.given(id, parties.sendingCaseworker, 'RecordChildImpactAssessment', assess);
    await api.given(id, parties.coordinator, 'ProposeReceivingMunicipality', { municipalityCode: '2480' });
    await api.given(id, parties.receivingSupervisor, 'AssignHandler', { userId: parties.receiving.sub });
    await api.given(id, parties.sendingCaseworker, 'RecordChildImpactAssessment', assess);
    await api.given(id, parties.receiving, 'AcceptHandover', sampleCommands.accept().payload);
    await api.given(id, parties.police, 'GrantDestinationClearance', sampleCommands.clear().payload);
    await api.given(id, parties.receiving, 'ConfirmArrival', sampleCommands.arrive().payload);
    return id;
  }
  if (stage === 'placed') {
    for (const step of steps.slice(0, stages.indexOf('matching') + 1)) await step();
    await api.given(id, parties.sendingCaseworker, 'PlaceDirectly', bodies['direct-placements']);
    return id;
  }
  if (stage === 'officerAssigned') {
    for (const step of steps.slice(0, stages.indexOf('arrived') + 1)) await step();
    await api.given(id, parties.police, 'AssignHandler', { userId: parties.police.sub });
    return id;
  }
  for (const step of steps.slice(0, stages.indexOf(stage) + 1)) await step();
  return id;
}

export type CommandAction = keyof typeof bodies;

type MemberTest = (member: RelocationState['householdMembers'][number]) => boolean;
const anyMember: MemberTest = () => true;
const aChild: MemberTest = (member) => member.role === 'child';
/** The household actions that name a member, and which member fits each best. */
const memberNaming: Partial<Record<CommandAction, MemberTest>> = {
  'remove-household-member': anyMember,
  'child-views': aChild,
  'child-impact-assessments': aChild,
  'child-placement-applications': (member) => member.guardianConsent === 'missing',
  'child-placement-decisions': (member) => member.court === 'applied',
  'school-placements': (member) => member.schoolPlacement === 'required',
};

/** The valid body of an action for a case; extend-deadline names the case's first open deadline. */
export async function bodyFor(api: TestApi, action: CommandAction, id: string | undefined): Promise<unknown> {
  const naming = memberNaming[action];
  if (naming !== undefined && id !== undefined) {
    // As a client would: name a member the case has (a child owed a school placement, a child, any member).
    const members = (await api.state(id)).householdMembers;
    const member = members.find(naming) ?? members.find((m) => m.role === 'child' || naming === anyMember);
    return member === undefined ? bodies[action] : { ...bodies[action], memberId: member.memberId };
  }
  if (action !== 'extend-deadline' || id === undefined) return bodies[action];
  const deadline = (await api.state(id)).deadlines[0];
  return { ...bodies['extend-deadline'], deadlineId: deadline?.deadlineId ?? randomUUID() };
}
