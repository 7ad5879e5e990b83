import type { Command, CommandOf } from '../commands/command.ts';
import type { CommandPayload, CommandType } from '../commands/payloads.ts';
import type { Provider } from '../decide/decideContext.ts';
import type { Actor } from '../schemas/actor.ts';

export const relocationId = '11111111-1111-4111-8111-111111111111';
export const correlationId = '22222222-2222-4222-8222-222222222222';

/** Stockholm (county 01, police region stockholm) sends; Uppsala (03, mitt) declines; Umeå (2480, nord) accepts. */
export const sendingCode = '0180';
export const decliningCode = '0380';
export const receivingCode = '2480';

/**
 * The sending caseworker initiates, so is the case's first handler. A proposed municipality has no handler yet,
 * so its intake is done by a supervisor (who may then assign caseworkers): `declining` and `receiving` are
 * supervisors. `sendingColleague` is a caseworker of the sending municipality who is not assigned.
 */
export const actors = {
  sending: { userId: 'user-sending', organisationId: `municipality:${sendingCode}`, role: 'caseworker' },
  sendingSupervisor: {
    userId: 'user-sending-supervisor',
    organisationId: `municipality:${sendingCode}`,
    role: 'supervisor',
  },
  sendingColleague: {
    userId: 'user-sending-colleague',
    organisationId: `municipality:${sendingCode}`,
    role: 'caseworker',
  },
  declining: {
    userId: 'user-declining',
    organisationId: `municipality:${decliningCode}`,
    role: 'supervisor',
  },
  receiving: {
    userId: 'user-receiving',
    organisationId: `municipality:${receivingCode}`,
    role: 'supervisor',
  },
  police: { userId: 'user-police', organisationId: 'police:stockholm', role: 'police' },
  receivingPolice: { userId: 'user-police-nord', organisationId: 'police:nord', role: 'police' },
  coordinator: { userId: 'user-coordinator', organisationId: 'coordinator:national', role: 'coordinator' },
  auditor: { userId: 'user-auditor', organisationId: 'audit:national', role: 'auditor' },
  monitor: { userId: 'deadline-monitor', organisationId: 'system:deadlines', role: 'system' },
  operator: { userId: 'retention-job', organisationId: 'system:retention', role: 'system' },
  outsider: { userId: 'user-outsider', organisationId: 'municipality:1280', role: 'caseworker' },
} satisfies Record<string, Actor>;

export const protectedHousingProvider: Provider = {
  id: 'provider-skyddat-norr',
  name: 'Skyddat boende Norr AB',
  serviceType: 'protectedHousing',
  permits: [{ validFrom: '2025-01-01', validTo: '2027-12-31' }],
};
export const unpermittedProvider: Provider = {
  id: 'provider-utan-tillstand',
  name: 'Boende utan tillstånd AB',
  permits: [{ validFrom: '2020-01-01', validTo: '2023-12-31' }],
};
/** A municipal unit of Umeå notified to IVO: it needs no permit (docs/design.md §3.6). */
export const municipalUnit: Provider = {
  id: 'unit-umea-kommunalt',
  name: 'Umeå kommuns akutboende',
  permits: [],
  municipalityCode: receivingCode,
  notifiedToIvoOn: '2025-02-01',
};
/** An HVB in Umeå that applied for its permit and may operate pending IVO's decision. */
export const appliedProvider: Provider = {
  id: 'unit-umea-ansokt',
  name: 'HVB Ansökt AB',
  permits: [{ validFrom: '2026-01-01', validTo: '2026-12-31', status: 'appliedMayOperate' }],
  municipalityCode: receivingCode,
};
/** A unit in Uppsala whose permit was revoked in 2026. */
export const revokedProvider: Provider = {
  id: 'unit-uppsala-aterkallat',
  name: 'Återkallat Boende AB',
  permits: [
    { validFrom: '2024-01-01', validTo: '2027-12-31' },
    { validFrom: '2026-02-01', validTo: '2027-12-31', status: 'revoked' },
  ],
  municipalityCode: decliningCode,
};
export const sampleProviders: readonly Provider[] = [
  protectedHousingProvider,
  unpermittedProvider,
  municipalUnit,
  appliedProvider,
  revokedProvider,
];

let commandCounter = 0;

/** Builds a command with fresh command id; the relocation and correlation ids are the fixtures'. */
export function command<T extends CommandType>(
  type: T,
  actor: Actor,
  payload: CommandPayload<T>,
): CommandOf<T> {
  commandCounter += 1;
  return {
    type,
    relocationId,
    commandId: `33333333-3333-4333-8333-${commandCounter.toString(16).padStart(12, '0')}`,
    correlationId,
    actor,
    payload,
  } as CommandOf<T>;
}

export const sampleCommands = {
  initiate: () =>
    command('InitiateRelocation', actors.sending, {
      person: {
        name: 'Test Testsson',
        personalIdentityNumber: '199001012385',
        protectionLevel: 'none',
      },
      household: { adults: 1, childrenAges: [4, 9] },
      needs: ['housing', 'protectedHousing', 'school'],
      urgency: 'acute',
      exclusionZones: [{ kind: 'county', code: '12' }],
    }),
  consentAll: () =>
    command('RecordConsent', actors.sending, {
      parties: ['police', 'coordinator', 'receivingMunicipality'],
      consentDate: '2026-03-02',
      documentReference: 'SAMTYCKE-2026-17',
    }),
  submit: () => command('SubmitRelocation', actors.sending, {}),
  assess: () =>
    command('RecordThreatAssessment', actors.police, {
      level: 'high',
      validUntil: '2026-09-01',
      exclusionZones: [{ kind: 'municipality', code: '1480' }],
      recommendation: 'Flytt norrut, undvik storstadsregionerna i söder och väst.',
      policeCaseReference: 'PM-2026-0042',
    }),
  proposeDeclining: () =>
    command('ProposeReceivingMunicipality', actors.coordinator, { municipalityCode: decliningCode }),
  decline: () =>
    command('DeclineHandover', actors.declining, {
      reasonCategory: 'noHousing',
      reason: 'Inga lediga bostäder.',
    }),
  proposeReceiving: () =>
    command('ProposeReceivingMunicipality', actors.coordinator, { municipalityCode: receivingCode }),
  accept: () =>
    command('AcceptHandover', actors.receiving, {
      contactPerson: { name: 'Kontakt Person', phone: '090-123456' },
      housing: { type: 'protectedHousing', providerId: protectedHousingProvider.id },
      plannedMoveDate: '2026-03-16',
    }),
  clear: () =>
    command('GrantDestinationClearance', actors.police, { reason: 'Ingen känd koppling till Umeå.' }),
  arrive: () => command('ConfirmArrival', actors.receiving, { arrivedOn: '2026-03-16' }),
  followUp: (month: 1 | 3 | 6) =>
    command('RecordFollowUp', actors.sending, { month, notes: `Uppföljning efter ${month} månader.` }),
  // Arrival does not move responsibility (docs/design.md §3.1): the sending municipality follows up and closes.
  close: () => command('CloseCase', actors.sending, { outcome: 'settled' }),
  assignColleague: () =>
    command('AssignHandler', actors.sendingSupervisor, { userId: actors.sendingColleague.userId }),
  unassignColleague: () =>
    command('UnassignHandler', actors.sendingSupervisor, { userId: actors.sendingColleague.userId }),
  erase: () => command('EraseCase', actors.operator, { reason: 'retention' }),
  /** Direct placement (docs/design.md §3.3) of the acute sample case in Umeå's municipal unit. */
  placeDirectly: () =>
    command('PlaceDirectly', actors.sending, {
      municipalityCode: receivingCode,
      unitId: municipalUnit.id,
      plannedMoveDate: '2026-03-05',
      reason: 'Akut hot, kan inte vänta på matchning.',
    }),
  acknowledgePlacement: () => command('AcknowledgeDirectPlacement', actors.receiving, {}),
  /** After arrival the receiving municipality finds the location compromised (docs/design.md §3.4). */
  compromise: () =>
    command('RecordLocationCompromised', actors.receiving, {
      reason: 'Adressen har lämnats ut till en person i hotmiljön.',
      exclusion: 'municipality',
      urgency: 'acute',
    }),
};

/** The happy path with one decline, in order. */
export function happyPath(): Command[] {
  return [
    sampleCommands.initiate(),
    sampleCommands.consentAll(),
    sampleCommands.submit(),
    sampleCommands.assess(),
    sampleCommands.proposeDeclining(),
    sampleCommands.decline(),
    sampleCommands.proposeReceiving(),
    sampleCommands.accept(),
    sampleCommands.clear(),
    sampleCommands.arrive(),
    sampleCommands.followUp(1),
    sampleCommands.followUp(3),
    sampleCommands.followUp(6),
    sampleCommands.close(),
  ];
}

/** Commands that bring a fresh case to a given point of the happy path (without the decline detour). */
export const historyTo: Record<
  | 'draft'
  | 'consented'
  | 'threatAssessment'
  | 'matching'
  | 'awaitingReceiverDecision'
  | 'destinationClearance'
  | 'awaitingArrival'
  | 'followUp',
  () => Command[]
> = {
  draft: () => [sampleCommands.initiate()],
  consented: () => [...historyTo.draft(), sampleCommands.consentAll()],
  threatAssessment: () => [...historyTo.consented(), sampleCommands.submit()],
  matching: () => [...historyTo.threatAssessment(), sampleCommands.assess()],
  awaitingReceiverDecision: () => [...historyTo.matching(), sampleCommands.proposeReceiving()],
  destinationClearance: () => [...historyTo.awaitingReceiverDecision(), sampleCommands.accept()],
  awaitingArrival: () => [...historyTo.destinationClearance(), sampleCommands.clear()],
  followUp: () => [...historyTo.awaitingArrival(), sampleCommands.arrive()],
};
