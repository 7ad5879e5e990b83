import { describe, expect, it } from 'vitest';
import { actors, command, given, historyTo, sampleCommands } from '../testing/index.ts';
import { fakeUnseal } from '../testing/index.ts';

describe('InitiateRelocation', () => {
  it('starts a draft with the actor’s municipality as the sending and responsible one, identity sealed', () => {
    const spec = given([]).when(sampleCommands.initiate());
    const [event] = spec.then([
      { type: 'RelocationInitiated', data: { sendingMunicipalityCode: '0180', urgency: 'acute' } },
    ]);
    if (event?.type !== 'RelocationInitiated') throw new Error('unexpected event');
    expect(JSON.stringify(event.data)).not.toContain('Testsson');
    expect(fakeUnseal(event.data.person)).toMatchObject({ name: 'Test Testsson' });
    expect(event.metadata).toMatchObject({ actor: actors.sending, causationId: expect.any(String) });
  });
  it('rejects a second initiation of the same case', () => {
    given(historyTo.draft()).when(sampleCommands.initiate()).thenRejects('CASE_ALREADY_EXISTS');
  });
  it('rejects an organisation that is not a municipality', () => {
    const fromPolice = { ...sampleCommands.initiate(), actor: actors.police };
    given([]).when(fromPolice).thenRejects('FORBIDDEN_FOR_ROLE');
  });
  it('rejects a malformed payload with the fields at fault', () => {
    const bad = sampleCommands.initiate();
    const spec = given([]).when({
      ...bad,
      payload: { ...bad.payload, household: { adults: 0, childrenAges: [] } },
    });
    spec.thenRejects('INVALID_COMMAND');
    expect(spec.decision.ok ? [] : spec.decision.error.details?.['issues']).toEqual([
      expect.objectContaining({ path: 'payload.household.adults' }),
    ]);
  });
  it('rejects an invalid personnummer', () => {
    const bad = sampleCommands.initiate();
    given([])
      .when({
        ...bad,
        payload: {
          ...bad.payload,
          person: { ...bad.payload.person, personalIdentityNumber: '199001012380' },
        },
      })
      .thenRejects('INVALID_COMMAND');
  });
});

describe('RecordConsent', () => {
  it('records the parties the person consented to', () => {
    given(historyTo.draft())
      .when(sampleCommands.consentAll())
      .then([
        { type: 'ConsentRecorded', data: { parties: ['coordinator', 'police', 'receivingMunicipality'] } },
      ]);
  });
  it('is refused to anyone but the sending municipality', () => {
    given(historyTo.consented())
      .when({ ...sampleCommands.consentAll(), actor: actors.coordinator })
      .thenRejects('FORBIDDEN_FOR_ROLE');
  });
  it('is refused on a case that does not exist', () => {
    given([]).when(sampleCommands.consentAll()).thenRejects('CASE_NOT_FOUND');
  });
});

describe('WithdrawConsent', () => {
  const withdraw = () => command('WithdrawConsent', actors.sending, { withdrawnOn: '2026-03-05' });
  it('halts the case and cancels its open deadlines', () => {
    given(historyTo.awaitingReceiverDecision())
      .when(withdraw())
      .then(['ConsentWithdrawn', { type: 'DeadlineCancelled', data: { reason: 'caseEnded' } }]);
  });
  it('leaves nothing shared: the police and the coordinator are no longer participants', () => {
    const spec = given([...historyTo.matching(), withdraw()]);
    expect(spec.state.status).toBe('withdrawn');
    spec.when(sampleCommands.proposeReceiving()).thenRejects('NOT_A_PARTICIPANT');
  });
  it('is not possible once the case is closed or withdrawn', () => {
    given([...historyTo.draft(), withdraw()])
      .when(withdraw())
      .thenRejects('NOT_ALLOWED_IN_STATE');
  });
  it('is refused to the police', () => {
    given(historyTo.matching())
      .when({ ...withdraw(), actor: actors.police })
      .thenRejects('FORBIDDEN_FOR_ROLE');
  });
});

describe('SubmitRelocation', () => {
  it('sends the case to the police with a threat assessment deadline of 2 business days (acute)', () => {
    given(historyTo.consented())
      .when(sampleCommands.submit())
      .then([
        'RelocationSubmitted',
        {
          type: 'DeadlineScheduled',
          data: {
            kind: 'threatAssessment',
            ownerOrganisationId: 'police:stockholm',
            dueAt: '2026-03-04T09:00:00.000Z',
          },
        },
      ]);
  });
  it('requires consent for the police and the coordinator', () => {
    const policeOnly = command('RecordConsent', actors.sending, {
      parties: ['police'],
      consentDate: '2026-03-02',
      documentReference: 'S-1',
    });
    given([...historyTo.draft(), policeOnly])
      .when(sampleCommands.submit())
      .thenRejects('CONSENT_MISSING');
  });
  it('is not possible twice', () => {
    given(historyTo.threatAssessment()).when(sampleCommands.submit()).thenRejects('NOT_ALLOWED_IN_STATE');
  });
  it('is refused to a supervisor of another municipality (not a participant)', () => {
    given(historyTo.consented())
      .when({ ...sampleCommands.submit(), actor: actors.outsider })
      .thenRejects('NOT_A_PARTICIPANT');
  });
});
