import { describe, expect, it } from 'vitest';
import { actors, command, given, historyTo, sampleCommands } from '../testing/index.ts';

describe('ConfirmArrival', () => {
  it('confirms arrival without moving responsibility, records the vistelsekommun and the placing municipality', () => {
    const spec = given(historyTo.awaitingArrival());
    spec.when(sampleCommands.arrive()).then([
      { type: 'ArrivalConfirmed', data: { municipalityCode: '2480', arrivedOn: '2026-03-16' } },
      {
        type: 'LedgerEntryRecorded',
        data: { entry: 'vistelsekommun', municipalityCode: '2480', since: '2026-03-16', source: 'arrival' },
      },
      {
        type: 'LedgerEntryRecorded',
        data: {
          entry: 'placingMunicipality',
          municipalityCode: '0180',
          since: '2026-03-16',
          source: 'arrival',
        },
      },
      'DeadlineMet',
      {
        type: 'DeadlineScheduled',
        data: {
          kind: 'followUp1',
          dueAt: '2026-04-02T08:00:00.000Z',
          ownerOrganisationId: 'municipality:0180',
        },
      },
      { type: 'DeadlineScheduled', data: { kind: 'followUp3' } },
      { type: 'DeadlineScheduled', data: { kind: 'followUp6' } },
      // The outcomes 6 and 12 months after arrival (issue 15), owned by the responsible municipality.
      {
        type: 'DeadlineScheduled',
        data: {
          kind: 'outcome6',
          dueAt: '2026-09-02T08:00:00.000Z',
          ownerOrganisationId: 'municipality:0180',
        },
      },
      {
        type: 'DeadlineScheduled',
        data: {
          kind: 'outcome12',
          dueAt: '2027-03-02T09:00:00.000Z',
          ownerOrganisationId: 'municipality:0180',
        },
      },
      // The assessment's "valid until" becomes the reassessment date of the destination's police (§3.5).
      {
        type: 'DeadlineScheduled',
        data: {
          kind: 'threatReassessment',
          ownerOrganisationId: 'police:nord',
          dueAt: '2026-09-01T21:59:59.000Z',
        },
      },
    ]);
    const after = given(historyTo.followUp()).state;
    expect(after.responsibleMunicipality).toBe('0180');
    expect(after.ledger).toMatchObject({
      responsible: { municipalityCode: '0180', source: 'caseOpened' },
      bosattningskommun: { municipalityCode: '0180', source: 'caseOpened' },
      vistelsekommun: { municipalityCode: '2480', since: '2026-03-16', source: 'arrival' },
      placingMunicipality: { municipalityCode: '0180', source: 'arrival' },
      costAgreement: null,
    });
  });
  it('is refused before the police cleared the destination', () => {
    given(historyTo.destinationClearance()).when(sampleCommands.arrive()).thenRejects('CLEARANCE_MISSING');
  });
  it('is refused to the sending municipality', () => {
    given(historyTo.awaitingArrival())
      .when({ ...sampleCommands.arrive(), actor: actors.sending })
      .thenRejects('FORBIDDEN_FOR_ROLE');
  });
  it('is not possible twice', () => {
    given(historyTo.followUp()).when(sampleCommands.arrive()).thenRejects('FORBIDDEN_FOR_ROLE');
  });
});

describe('RecordFollowUp', () => {
  it('records a follow-up and meets its deadline', () => {
    const spec = given(historyTo.followUp());
    const deadline = spec.state.deadlines.find((d) => d.kind === 'followUp3');
    spec.when(sampleCommands.followUp(3)).then([
      { type: 'FollowUpRecorded', data: { month: 3 } },
      { type: 'DeadlineMet', data: { deadlineId: deadline?.deadlineId } },
    ]);
  });
  it('rejects a follow-up already recorded', () => {
    given([...historyTo.followUp(), sampleCommands.followUp(1)])
      .when(sampleCommands.followUp(1))
      .thenRejects('FOLLOW_UP_ALREADY_RECORDED');
  });
  it('is not possible before arrival', () => {
    given(historyTo.awaitingArrival()).when(sampleCommands.followUp(1)).thenRejects('NOT_ALLOWED_IN_STATE');
  });
  it('is refused to the receiving municipality, which arrival did not make responsible', () => {
    given(historyTo.followUp())
      .when({ ...sampleCommands.followUp(1), actor: actors.receiving })
      .thenRejects('FORBIDDEN_FOR_ROLE');
  });
});

describe('CloseCase', () => {
  it('closes the case and cancels the follow-ups still open', () => {
    given([...historyTo.followUp(), sampleCommands.followUp(1)])
      .when(sampleCommands.close())
      .then([
        { type: 'CaseClosed', data: { outcome: 'settled', notes: null } },
        { type: 'DeadlineCancelled', data: { reason: 'caseEnded' } },
        { type: 'DeadlineCancelled', data: { reason: 'caseEnded' } },
        { type: 'DeadlineCancelled', data: { reason: 'caseEnded' } },
      ]);
  });
  it('is refused to the receiving municipality, which is not responsible', () => {
    given(historyTo.followUp())
      .when({ ...sampleCommands.close(), actor: actors.receiving })
      .thenRejects('FORBIDDEN_FOR_ROLE');
  });
  it('is not possible twice', () => {
    given([...historyTo.followUp(), sampleCommands.close()])
      .when(sampleCommands.close())
      .thenRejects('NOT_ALLOWED_IN_STATE');
  });
  it('is refused to the police', () => {
    given(historyTo.followUp())
      .when({ ...sampleCommands.close(), actor: actors.receivingPolice })
      .thenRejects('FORBIDDEN_FOR_ROLE');
  });
  it('keeps exactly one responsible municipality, the sending one (arrival moves nothing)', () => {
    const spec = given([...historyTo.followUp(), sampleCommands.close()]);
    expect(spec.state.responsibleMunicipality).toBe('0180');
  });
});

describe('arrival is never confirmed by a municipality that was not accepted', () => {
  it('rejects an outsider', () => {
    given(historyTo.awaitingArrival())
      .when(command('ConfirmArrival', actors.outsider, { arrivedOn: '2026-03-16' }))
      .thenRejects('NOT_A_PARTICIPANT');
  });
});
