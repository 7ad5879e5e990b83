import type { Command } from '../commands/command.ts';
import { policeRegionOfMunicipality } from '../reference/municipalities.ts';
import type { ExclusionZone } from '../reference/municipalities.ts';
import type { Actor } from '../schemas/actor.ts';
import type { RelocationState } from '../state/state.ts';
import type { WorkflowEvent } from '../workflow/workflowEvent.ts';
import type { TestClock } from './clock.ts';
import {
  actors,
  command,
  protectedHousingProvider,
  revokedProvider,
  sampleCommands,
  unpermittedProvider,
} from './fixtures.ts';

/** A supervisor of the municipality: sees every case of it, whoever is assigned. */
const municipalityActor = (code: string | null): Actor => ({
  userId: `user-${code ?? 'none'}`,
  organisationId: `municipality:${code ?? '2480'}`,
  role: 'supervisor',
});

/** Zones the model tries: near the sending municipality, and the whole county of Umeå (the usual destination). */
export const modelZones: readonly (readonly ExclusionZone[])[] = [
  [{ kind: 'municipality', code: '0380' }],
  [{ kind: 'county', code: '24' }],
];
/** Destinations the model tries: allowed ones, an excluded one, the sending one. */
export const modelDestinations = ['2480', '0380', '1280', '0180'] as const;

/** The child the model names (docs/design.md §3.2): born 2016, a guardian has not consented. */
export const modelChildId = '00000000-0000-4000-8000-00000000c1d0';

/** Every machine event the model offers in any state (the machine decides which ones it takes). */
export function modelEvents(): WorkflowEvent[] {
  return [
    { type: 'InitiateRelocation', sending: '0180', acute: true, zones: [{ kind: 'county', code: '12' }] },
    { type: 'RecordConsent', parties: ['coordinator', 'police'] },
    { type: 'RecordConsent', parties: ['receivingMunicipality'] },
    { type: 'WithdrawConsent' },
    { type: 'SubmitRelocation' },
    { type: 'RecordThreatAssessment', zones: [{ kind: 'municipality', code: '1480' }] },
    ...modelZones.map((zones) => ({ type: 'EscalateThreat' as const, zones })),
    ...modelDestinations.map((code) => ({
      type: 'ProposeReceivingMunicipality' as const,
      municipalityCode: code,
    })),
    { type: 'AcceptHandover', providerPermitted: true, protectedHousing: true },
    { type: 'AcceptHandover', providerPermitted: false, protectedHousing: true },
    { type: 'AcceptHandover', providerPermitted: true, protectedHousing: false },
    { type: 'AddHouseholdMember', memberId: modelChildId, child: true, guardianMissing: true },
    { type: 'RemoveHouseholdMember', memberId: modelChildId },
    { type: 'RecordChildView' },
    { type: 'RecordChildImpactAssessment', memberId: modelChildId },
    { type: 'RecordChildPlacementApplication', memberId: modelChildId },
    { type: 'RecordChildPlacementDecision', memberId: modelChildId, placementAllowed: true },
    { type: 'RecordSchoolPlacement' },
    { type: 'DeclineHandover' },
    { type: 'GrantDestinationClearance' },
    { type: 'RefuseDestinationClearance' },
    { type: 'ConfirmArrival' },
    { type: 'RecordFollowUp' },
    { type: 'CloseCase' },
    { type: 'SuspendCase' },
    { type: 'ResumeCase' },
    { type: 'AbortRelocation' },
    { type: 'ExtendDeadline' },
    { type: 'MarkDeadlineMissed' },
    { type: 'RaiseEscalation' },
    { type: 'AssignHandler' },
    { type: 'UnassignHandler' },
    { type: 'EraseCase' },
    { type: 'RequestTransfer' },
    { type: 'AgreeTransfer' },
    { type: 'RefuseTransfer' },
    { type: 'RecordIvoApplication' },
    { type: 'RecordIvoDecision' },
    { type: 'RecordIvoAppeal' },
    { type: 'RecordIvoDecisionFinal' },
    { type: 'RecordPersonSettled' },
    // protectedHousingProvider is protected housing: a child without a guardian's consent holds it up (§3.2).
    ...modelDestinations.map((code) => ({
      type: 'PlaceDirectly' as const,
      municipalityCode: code,
      unit: 'permitted' as const,
      protectedHousing: true,
    })),
    { type: 'PlaceDirectly', municipalityCode: '2480', unit: 'notPermitted', protectedHousing: false },
    { type: 'AcknowledgeDirectPlacement' },
    { type: 'ReassessThreat' },
    { type: 'RecordLocationCompromised' },
    { type: 'ChangeIdentity' },
    { type: 'RecordOutcome' },
  ];
}

const later = (clock: TestClock, instant: string) => {
  if (Date.parse(instant) > Date.parse(clock.now())) clock.set(instant);
};

/**
 * The command a rightful actor would send for a machine event, given the case as the decider knows it. Deadline
 * commands pick the first open deadline and move the clock to when they are due (never backwards).
 */
export function commandForWorkflowEvent(
  event: WorkflowEvent,
  state: RelocationState,
  clock: TestClock,
): Command {
  const responsible = municipalityActor(state.responsibleMunicipality);
  const deadline = state.deadlines[0];
  const transfer = state.transfer;
  const asked = municipalityActor(transfer?.toMunicipalityCode ?? state.responsibleMunicipality);
  const requester = municipalityActor(transfer?.fromMunicipalityCode ?? state.responsibleMunicipality);
  const deadlineId = deadline?.deadlineId ?? '00000000-0000-4000-8000-0000000000ff';
  switch (event.type) {
    case 'InitiateRelocation':
      return sampleCommands.initiate();
    case 'RecordConsent':
      return command('RecordConsent', actors.sending, {
        parties: [...event.parties],
        consentDate: '2026-03-02',
        documentReference: 'S-model',
      });
    case 'WithdrawConsent':
      return command('WithdrawConsent', actors.sending, { withdrawnOn: '2026-03-02' });
    case 'SubmitRelocation':
      return sampleCommands.submit();
    case 'RecordThreatAssessment':
      return {
        ...sampleCommands.assess(),
        payload: { ...sampleCommands.assess().payload, exclusionZones: [...event.zones] },
      };
    case 'EscalateThreat':
      return command('EscalateThreat', actors.police, {
        reason: 'Ny hotbild.',
        exclusionZones: [...event.zones],
      });
    case 'ProposeReceivingMunicipality':
      return command('ProposeReceivingMunicipality', actors.coordinator, {
        municipalityCode: event.municipalityCode,
      });
    case 'AcceptHandover':
      return command('AcceptHandover', municipalityActor(state.proposedMunicipality), {
        contactPerson: { name: 'Kontakt', phone: '090-123456' },
        housing: event.protectedHousing
          ? {
              type: 'protectedHousing',
              providerId: event.providerPermitted ? protectedHousingProvider.id : unpermittedProvider.id,
            }
          : { type: 'ownLease' },
        plannedMoveDate: '2026-03-16',
      });
    case 'DeclineHandover':
      return command('DeclineHandover', municipalityActor(state.proposedMunicipality), {
        reasonCategory: 'noCapacity',
        reason: 'Ingen plats.',
      });
    case 'GrantDestinationClearance':
      return sampleCommands.clear();
    case 'RefuseDestinationClearance':
      return command('RefuseDestinationClearance', actors.police, { reason: 'Olämplig ort.' });
    case 'ConfirmArrival':
      return command('ConfirmArrival', municipalityActor(state.acceptedMunicipality), {
        arrivedOn: '2026-03-16',
      });
    case 'RecordFollowUp': {
      const month = ([1, 3, 6] as const).find((m) => !state.followUpsRecorded.includes(m)) ?? 1;
      return command('RecordFollowUp', responsible, { month, notes: 'Uppföljning.' });
    }
    case 'CloseCase':
      return command('CloseCase', responsible, { outcome: 'settled' });
    case 'SuspendCase':
      return command('SuspendCase', responsible, { reason: 'Paus.' });
    case 'ResumeCase':
      return command('ResumeCase', responsible, { reason: 'Fortsätter.' });
    case 'AbortRelocation':
      return command('AbortRelocation', responsible, { reason: 'Avbryts.' });
    case 'ExtendDeadline': {
      const dueAt = new Date(
        Math.max(Date.parse(deadline?.dueAt ?? clock.now()), Date.parse(clock.now())) + 86_400_000,
      );
      return command('ExtendDeadline', actors.coordinator, {
        deadlineId,
        dueAt: dueAt.toISOString(),
        reason: 'Mer tid.',
      });
    }
    case 'MarkDeadlineMissed':
      if (deadline !== undefined) later(clock, deadline.dueAt);
      return command('MarkDeadlineMissed', actors.monitor, { deadlineId });
    case 'RaiseEscalation':
      if (deadline !== undefined) later(clock, deadline.escalateAt);
      return command('RaiseEscalation', actors.monitor, { deadlineId });
    case 'AssignHandler':
      return sampleCommands.assignColleague();
    case 'UnassignHandler':
      return sampleCommands.unassignColleague();
    case 'EraseCase':
      return sampleCommands.erase();
    case 'RequestTransfer':
      return command('RequestTransfer', responsible, {
        toMunicipalityCode: state.acceptedMunicipality ?? '2480',
        reasons: 'Starkast anknytning.',
        personView: 'Vill bo kvar.',
      });
    case 'AgreeTransfer':
      return command('AgreeTransfer', asked, { effectiveFrom: clock.now().slice(0, 10) });
    case 'RefuseTransfer':
      return command('RefuseTransfer', asked, { reasons: 'Ingen anknytning.' });
    case 'RecordIvoApplication':
      return command('RecordIvoApplication', requester, {
        appliedOn: clock.now().slice(0, 10),
        reference: 'IVO 3.5-1/2026',
      });
    case 'RecordIvoDecision':
      return command('RecordIvoDecision', requester, {
        responsibleMunicipalityCode: transfer?.toMunicipalityCode ?? '2480',
        decidedOn: clock.now().slice(0, 10),
        receivedOn: clock.now().slice(0, 10),
      });
    case 'RecordIvoAppeal':
      return command('RecordIvoAppeal', asked, { appealedOn: clock.now().slice(0, 10) });
    case 'RecordIvoDecisionFinal':
      return command('RecordIvoDecisionFinal', requester, {
        responsibleMunicipalityCode: transfer?.toMunicipalityCode ?? '2480',
        finalOn: clock.now().slice(0, 10),
      });
    case 'RecordPersonSettled':
      return command('RecordPersonSettled', responsible, {
        municipalityCode: state.acceptedMunicipality ?? '2480',
        settledOn: clock.now().slice(0, 10),
      });
    case 'PlaceDirectly':
      // protectedHousingProvider has no premises on record, so it may be named for any destination.
      return command('PlaceDirectly', responsible, {
        municipalityCode: event.municipalityCode,
        unitId: event.unit === 'permitted' ? protectedHousingProvider.id : revokedProvider.id,
        plannedMoveDate: '2026-03-05',
        reason: 'Akut.',
      });
    case 'AcknowledgeDirectPlacement':
      // Without a destination, an outsider (Malmö, in the excluded county 12) tries it.
      return command(
        'AcknowledgeDirectPlacement',
        municipalityActor(state.acceptedMunicipality ?? '1280'),
        {},
      );
    case 'ReassessThreat': {
      // The destination's police region (Stockholm's when there is no destination yet: refused by the machine).
      const region = policeRegionOfMunicipality(state.acceptedMunicipality ?? '0180') ?? 'stockholm';
      return command(
        'ReassessThreat',
        { userId: `officer-${region}`, organisationId: `police:${region}`, role: 'police' },
        {
          level: 'elevated',
          validUntil: '2026-12-01',
          recommendation: 'Hotet har minskat.',
          policeCaseReference: 'PM-2026-0042',
        },
      );
    }
    case 'RecordLocationCompromised':
      // The police of the case record it (refused by the machine before arrival).
      return command('RecordLocationCompromised', actors.police, {
        reason: 'Adressen har spridits.',
        exclusion: 'municipality',
        urgency: 'acute',
      });
    case 'RecordOutcome': {
      const month = ([6, 12] as const).find((m) => !state.outcomesRecorded.includes(m)) ?? 6;
      return command('RecordOutcome', responsible, { month, outcome: 'stillLivingThere' });
    }
    case 'ChangeIdentity':
      // The model names no police handler, so the officer is refused for that where the machine takes it; the
      // assigned officer's success is in decide.identity.unit.test.ts.
      return command('ChangeIdentity', actors.police, {
        name: 'Ny Identitet',
        personalIdentityNumber: '198001012387',
        decidedOn: clock.now().slice(0, 10),
      });
    case 'AddHouseholdMember':
      return command('AddHouseholdMember', responsible, {
        memberId: event.memberId,
        role: event.child ? 'child' : 'adult',
        person: { name: 'Barn Modell', personalIdentityNumber: '201604121234', protectionLevel: 'none' },
        consent: event.guardianMissing
          ? { kind: 'guardianMissing' }
          : { kind: 'allGuardians', consentDate: '2026-03-02', documentReference: 'V-model' },
      });
    case 'RemoveHouseholdMember':
      return command('RemoveHouseholdMember', responsible, { memberId: event.memberId });
    case 'RecordChildView':
      return command('RecordChildView', responsible, {
        memberId: modelChildId,
        heardOn: '2026-03-02',
        view: 'Vill gå kvar i sin klass.',
      });
    case 'RecordChildImpactAssessment':
      return command('RecordChildImpactAssessment', responsible, {
        memberId: event.memberId,
        bestInterests: 'Tryggheten väger tyngst.',
        school: 'Byter skola.',
        contactWithOtherParent: 'Via socialtjänsten.',
        health: 'Inga kända behov.',
      });
    case 'RecordChildPlacementApplication':
      return command('RecordChildPlacementApplication', responsible, {
        memberId: event.memberId,
        appliedOn: '2026-03-02',
        courtReference: 'FR 1234-26',
      });
    case 'RecordChildPlacementDecision':
      return command('RecordChildPlacementDecision', responsible, {
        memberId: event.memberId,
        decidedOn: '2026-03-03',
        outcome: event.placementAllowed ? 'placementAllowed' : 'placementRefused',
        courtReference: 'FR 1234-26',
      });
    case 'RecordSchoolPlacement':
      return command('RecordSchoolPlacement', municipalityActor(state.acceptedMunicipality), {
        memberId: modelChildId,
        startsOn: '2026-03-20',
      });
    default: {
      const _exhaustive: never = event;
      return _exhaustive;
    }
  }
}
