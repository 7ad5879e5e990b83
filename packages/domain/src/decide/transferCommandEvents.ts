/**
 * Transfer of the case (överflyttning), IVO and settling: the ways responsibility for a case moves (docs/design.md
 * §3.1; socialtjänstlagen (2025:400), formerly 2 a kap. 10-11 §§ SoL (2001:453)). The machine takes these commands
 * in every state from submission on; the order of the transfer's steps is the case's transfer matter, checked here.
 */
import type { CommandOf } from '../commands/command.ts';
import { computeDueAt, swedishDateOf } from '../calendar/index.ts';
import { defaultDeadlinePolicy } from '../deadlines/policy.ts';
import { endOfSwedishDay } from '../deadlines/dueTimes.ts';
import { domainError } from '../errors.ts';
import type { DomainErrorCode } from '../errors.ts';
import type { EventDraft } from '../events/eventDraft.ts';
import { isMunicipalityCode } from '../reference/municipalities.ts';
import { municipalityCodeOf } from '../schemas/actor.ts';
import type { TransferStage } from '../schemas/responsibility.ts';
import type { RelocationState, TransferMatter } from '../state/state.ts';
import type { Drafts } from './commandEvents.ts';
import type { DecideContext } from './decideContext.ts';

export type TransferCommand =
  | CommandOf<'RequestTransfer'>
  | CommandOf<'AgreeTransfer'>
  | CommandOf<'RefuseTransfer'>
  | CommandOf<'RecordIvoApplication'>
  | CommandOf<'RecordIvoDecision'>
  | CommandOf<'RecordIvoAppeal'>
  | CommandOf<'RecordIvoDecisionFinal'>
  | CommandOf<'RecordPersonSettled'>;

const refuse = (code: DomainErrorCode, message: string): Drafts => ({
  ok: false,
  error: domainError(code, message),
});
const ok = (...drafts: EventDraft[]): Drafts => ({ ok: true, drafts });

/** Transfer commands the transfer matter refuses for its stage or its parties (the model tests list them). */
export const transferCodes: readonly DomainErrorCode[] = [
  'TRANSFER_ALREADY_OPEN',
  'TRANSFER_NOT_AT_THIS_STEP',
  'NOT_A_TRANSFER_PARTY',
  'ALREADY_RESPONSIBLE',
  'INVALID_DATE',
  'APPEAL_TOO_LATE',
  'DECISION_NOT_FINAL',
];

function atStage(
  state: RelocationState,
  stages: readonly TransferStage[],
): { ok: true; transfer: TransferMatter } | { ok: false; drafts: Drafts } {
  const transfer = state.transfer;
  if (transfer === null || !stages.includes(transfer.stage)) {
    return {
      ok: false,
      drafts: refuse('TRANSFER_NOT_AT_THIS_STEP', 'The transfer of this case is not at this step.'),
    };
  }
  return { ok: true, transfer };
}

const moved = (
  from: string,
  to: string,
  source: 'transferAgreed' | 'ivoDecisionFinal' | 'personSettled',
  effectiveFrom: string,
): EventDraft => ({
  type: 'ResponsibilityTransferred',
  data: { fromMunicipalityCode: from, toMunicipalityCode: to, source, effectiveFrom },
});

export function transferCommandEvents(
  command: TransferCommand,
  state: RelocationState,
  context: DecideContext,
): Drafts {
  const actorCode = municipalityCodeOf(command.actor.organisationId) ?? '';
  const today = swedishDateOf(context.now);
  const responsible = state.responsibleMunicipality ?? '';
  const party = (transfer: TransferMatter) =>
    actorCode === transfer.fromMunicipalityCode || actorCode === transfer.toMunicipalityCode;
  const notParty = () =>
    refuse('NOT_A_TRANSFER_PARTY', 'Only the two municipalities of the transfer may record this.');
  switch (command.type) {
    case 'RequestTransfer': {
      const to = command.payload.toMunicipalityCode;
      // Consent first: whatever the body names, without it the case is shared with no other municipality.
      if (!state.consents.includes('receivingMunicipality')) {
        return refuse(
          'CONSENT_MISSING',
          'The person has not consented to share the case with another municipality.',
        );
      }
      if (state.transfer !== null) {
        return refuse('TRANSFER_ALREADY_OPEN', 'A transfer of this case is already under way.');
      }
      if (!isMunicipalityCode(to))
        return refuse('UNKNOWN_MUNICIPALITY', 'There is no municipality with this code.');
      if (to === responsible) {
        return refuse('ALREADY_RESPONSIBLE', 'This municipality is already responsible for the case.');
      }
      return ok({
        type: 'TransferRequested',
        data: {
          fromMunicipalityCode: responsible,
          toMunicipalityCode: to,
          requestedOn: today,
          reasons: context.seal(command.relocationId, 'TransferRequested.reasons', command.payload.reasons),
          personView: context.seal(
            command.relocationId,
            'TransferRequested.personView',
            command.payload.personView,
          ),
        },
      });
    }
    case 'AgreeTransfer':
    case 'RefuseTransfer': {
      const found = atStage(state, ['requested']);
      if (!found.ok) return found.drafts;
      const { transfer } = found;
      if (actorCode !== transfer.toMunicipalityCode) {
        return refuse(
          'NOT_A_TRANSFER_PARTY',
          'Only the municipality asked to take over the case may answer.',
        );
      }
      if (command.type === 'RefuseTransfer') {
        return ok({
          type: 'TransferRefused',
          data: {
            toMunicipalityCode: transfer.toMunicipalityCode,
            reasons: context.seal(command.relocationId, 'TransferRefused.reasons', command.payload.reasons),
          },
        });
      }
      const { effectiveFrom, costAgreement } = command.payload;
      if (effectiveFrom < transfer.requestedOn) {
        return refuse('INVALID_DATE', 'Responsibility cannot move before the transfer was requested.');
      }
      if (
        costAgreement !== undefined &&
        costAgreement.payerMunicipalityCode !== transfer.fromMunicipalityCode &&
        costAgreement.payerMunicipalityCode !== transfer.toMunicipalityCode
      ) {
        return refuse(
          'NOT_A_TRANSFER_PARTY',
          'The payer of a cost agreement is one of the two municipalities.',
        );
      }
      const agreed: EventDraft = {
        type: 'TransferAgreed',
        data: {
          toMunicipalityCode: transfer.toMunicipalityCode,
          effectiveFrom,
          costAgreement: costAgreement === undefined ? null : { ...costAgreement },
        },
      };
      // From today or earlier: responsibility moves now; from a later date, the deadline monitor moves it then.
      return effectiveFrom <= today
        ? ok(
            agreed,
            moved(
              transfer.fromMunicipalityCode,
              transfer.toMunicipalityCode,
              'transferAgreed',
              effectiveFrom,
            ),
          )
        : ok(agreed);
    }
    case 'RecordIvoApplication': {
      const found = atStage(state, ['requested', 'refused']);
      if (!found.ok) return found.drafts;
      const { transfer } = found;
      if (actorCode !== transfer.fromMunicipalityCode) {
        return refuse('NOT_A_TRANSFER_PARTY', 'Only the municipality that asked may apply to IVO.');
      }
      const answerMissed = state.deadlines.some((d) => d.kind === 'transferAnswer' && d.missed);
      if (transfer.stage === 'requested' && !answerMissed) {
        return refuse(
          'TRANSFER_NOT_AT_THIS_STEP',
          'IVO can be asked after a refusal, or when the month for a written answer has passed.',
        );
      }
      if (command.payload.appliedOn < transfer.requestedOn || command.payload.appliedOn > today) {
        return refuse('INVALID_DATE', 'The application date lies between the request and today.');
      }
      return ok({
        type: 'IvoApplicationRecorded',
        data: {
          appliedOn: command.payload.appliedOn,
          reference: context.seal(
            command.relocationId,
            'IvoApplicationRecorded.reference',
            command.payload.reference,
          ),
          after: transfer.stage === 'refused' ? 'refusal' : 'noAnswer',
        },
      });
    }
    case 'RecordIvoDecision': {
      const found = atStage(state, ['ivoApplied']);
      if (!found.ok) return found.drafts;
      const { transfer } = found;
      if (!party(transfer)) return notParty();
      const { responsibleMunicipalityCode, decidedOn, receivedOn } = command.payload;
      if (
        responsibleMunicipalityCode !== transfer.fromMunicipalityCode &&
        responsibleMunicipalityCode !== transfer.toMunicipalityCode
      ) {
        return refuse('NOT_A_TRANSFER_PARTY', 'IVO decides between the two municipalities of the transfer.');
      }
      if (decidedOn < (transfer.ivoAppliedOn ?? '') || receivedOn < decidedOn || receivedOn > today) {
        return refuse(
          'INVALID_DATE',
          'IVO decides after the application, and the decision is received after that.',
        );
      }
      const policy = context.deadlinePolicy ?? defaultDeadlinePolicy;
      const appealUntil = swedishDateOf(computeDueAt(endOfSwedishDay(receivedOn), policy.ivoAppeal));
      return ok({
        type: 'IvoDecisionRecorded',
        data: { responsibleMunicipalityCode, decidedOn, receivedOn, appealUntil },
      });
    }
    case 'RecordIvoAppeal': {
      const found = atStage(state, ['ivoDecided']);
      if (!found.ok) return found.drafts;
      const { transfer } = found;
      if (!party(transfer)) return notParty();
      const { appealedOn } = command.payload;
      if (appealedOn < (transfer.ivoDecisionReceivedOn ?? '') || appealedOn > today) {
        return refuse(
          'INVALID_DATE',
          'An appeal is made after the decision was received, and not in the future.',
        );
      }
      if (appealedOn > (transfer.appealUntil ?? '')) {
        return refuse('APPEAL_TOO_LATE', `The time to appeal ended on ${transfer.appealUntil ?? ''}.`);
      }
      return ok({ type: 'IvoDecisionAppealed', data: { appellantMunicipalityCode: actorCode, appealedOn } });
    }
    case 'RecordIvoDecisionFinal': {
      const found = atStage(state, ['ivoDecided', 'ivoAppealed']);
      if (!found.ok) return found.drafts;
      const { transfer } = found;
      if (!party(transfer)) return notParty();
      const { responsibleMunicipalityCode, finalOn } = command.payload;
      if (
        responsibleMunicipalityCode !== transfer.fromMunicipalityCode &&
        responsibleMunicipalityCode !== transfer.toMunicipalityCode
      ) {
        return refuse(
          'NOT_A_TRANSFER_PARTY',
          'The decision names one of the two municipalities of the transfer.',
        );
      }
      if (finalOn > today) return refuse('INVALID_DATE', 'A decision cannot become final in the future.');
      if (transfer.stage === 'ivoDecided') {
        // Not appealed: IVO's own decision, final once the time to appeal has run out.
        if (responsibleMunicipalityCode !== transfer.ivoResponsibleMunicipalityCode) {
          return refuse('DECISION_NOT_FINAL', 'Without an appeal the final decision is IVO’s own.');
        }
        if (finalOn <= (transfer.appealUntil ?? '')) {
          return refuse(
            'DECISION_NOT_FINAL',
            `The decision can be appealed until ${transfer.appealUntil ?? ''}.`,
          );
        }
      }
      const final: EventDraft = {
        type: 'IvoDecisionBecameFinal',
        data: { responsibleMunicipalityCode, finalOn },
      };
      return responsibleMunicipalityCode === responsible
        ? ok(final)
        : ok(final, moved(responsible, responsibleMunicipalityCode, 'ivoDecisionFinal', finalOn));
    }
    case 'RecordPersonSettled': {
      const { municipalityCode, settledOn } = command.payload;
      if (!isMunicipalityCode(municipalityCode)) {
        return refuse('UNKNOWN_MUNICIPALITY', 'There is no municipality with this code.');
      }
      if (settledOn > today) return refuse('INVALID_DATE', 'Settling is recorded once it has happened.');
      const settled: EventDraft = { type: 'PersonSettled', data: { municipalityCode, settledOn } };
      return municipalityCode === responsible
        ? ok(settled)
        : ok(settled, moved(responsible, municipalityCode, 'personSettled', settledOn));
    }
    default: {
      const _exhaustive: never = command;
      return _exhaustive;
    }
  }
}

/** The deadline monitor reached an agreed transfer's date: responsibility moves now (docs/design.md §3.1). */
export function agreedTransferTakesEffect(state: RelocationState): EventDraft[] {
  const transfer = state.transfer;
  if (transfer === null || transfer.stage !== 'agreed' || transfer.effectiveFrom === null) return [];
  return [
    moved(
      transfer.fromMunicipalityCode,
      transfer.toMunicipalityCode,
      'transferAgreed',
      transfer.effectiveFrom,
    ),
  ];
}
