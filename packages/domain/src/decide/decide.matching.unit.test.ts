import { describe, expect, it } from 'vitest';
import { actors, command, given, historyTo, sampleCommands, unpermittedProvider } from '../testing/index.ts';

const propose = (municipalityCode: string) =>
  command('ProposeReceivingMunicipality', actors.coordinator, { municipalityCode });
const limitedConsent = command('RecordConsent', actors.sending, {
  parties: ['police', 'coordinator'],
  consentDate: '2026-03-02',
  documentReference: 'S-2',
});

describe('ProposeReceivingMunicipality', () => {
  it('proposes and gives the receiver 2 business days to answer (acute)', () => {
    given(historyTo.matching())
      .when(propose('2480'))
      .then([
        { type: 'ReceivingMunicipalityProposed', data: { municipalityCode: '2480' } },
        {
          type: 'DeadlineScheduled',
          data: {
            kind: 'receiverDecision',
            ownerOrganisationId: 'municipality:2480',
            dueAt: '2026-03-04T09:00:00.000Z',
          },
        },
      ]);
  });
  it('needs the person’s consent to share with a receiving municipality', () => {
    const history = [
      sampleCommands.initiate(),
      limitedConsent,
      sampleCommands.submit(),
      sampleCommands.assess(),
    ];
    given(history).when(propose('2480')).thenRejects('CONSENT_MISSING');
  });
  it('rejects an unknown municipality code', () => {
    given(historyTo.matching()).when(propose('9999')).thenRejects('UNKNOWN_MUNICIPALITY');
  });
  it('rejects the sending municipality', () => {
    given(historyTo.matching()).when(propose('0180')).thenRejects('SENDING_MUNICIPALITY');
  });
  it('rejects a municipality in an excluded county (from initiation)', () => {
    const error = given(historyTo.matching()).when(propose('1280')).thenRejects('MUNICIPALITY_EXCLUDED');
    expect(error.message).toBe('Malmö lies in an exclusion zone of this case.');
  });
  it('rejects a municipality excluded by the threat assessment', () => {
    given(historyTo.matching()).when(propose('1480')).thenRejects('MUNICIPALITY_EXCLUDED');
  });
  it('rejects a municipality that declined the case', () => {
    given([...historyTo.matching(), sampleCommands.proposeDeclining(), sampleCommands.decline()])
      .when(sampleCommands.proposeDeclining())
      .thenRejects('ALREADY_DECLINED');
  });
  it('is not possible while another proposal is pending', () => {
    given(historyTo.awaitingReceiverDecision()).when(propose('0380')).thenRejects('NOT_ALLOWED_IN_STATE');
  });
  it('is refused to a municipality', () => {
    given(historyTo.matching())
      .when({ ...propose('2480'), actor: actors.sending })
      .thenRejects('FORBIDDEN_FOR_ROLE');
  });
});

describe('AcceptHandover', () => {
  const accept = (
    housing: { type: 'ownLease' } | { type: 'protectedHousing'; providerId: string },
    date = '2026-03-16',
  ) =>
    command('AcceptHandover', actors.receiving, {
      contactPerson: { name: 'Kontakt Person', phone: '090-123456' },
      housing,
      plannedMoveDate: date,
      address: 'Storgatan 1, Umeå',
    });
  it('accepts with a reception plan, sealed, and opens the clearance deadline (1 business day, acute)', () => {
    const [accepted] = given(historyTo.awaitingReceiverDecision())
      .when(accept({ type: 'ownLease' }))
      .then([
        {
          type: 'HandoverAccepted',
          data: { municipalityCode: '2480', housingType: 'ownLease', providerId: null },
        },
        'DeadlineMet',
        {
          type: 'DeadlineScheduled',
          data: { kind: 'destinationClearance', dueAt: '2026-03-03T09:00:00.000Z' },
        },
      ]);
    expect(JSON.stringify(accepted)).not.toContain('Storgatan');
  });
  it('accepts protected housing from a provider with a valid IVO permit', () => {
    given(historyTo.awaitingReceiverDecision())
      .when(sampleCommands.accept())
      .then([
        { type: 'HandoverAccepted', data: { providerId: 'provider-skyddat-norr' } },
        'DeadlineMet',
        'DeadlineScheduled',
      ]);
  });
  it('rejects protected housing from a provider whose permit has expired', () => {
    given(historyTo.awaitingReceiverDecision())
      .when(accept({ type: 'protectedHousing', providerId: unpermittedProvider.id }))
      .thenRejects('PROVIDER_NOT_PERMITTED');
  });
  it('rejects protected housing whose permit does not cover the planned move date', () => {
    given(historyTo.awaitingReceiverDecision())
      .when(accept({ type: 'protectedHousing', providerId: 'provider-skyddat-norr' }, '2028-01-10'))
      .thenRejects('PROVIDER_NOT_PERMITTED');
  });
  it('rejects an unknown provider', () => {
    given(historyTo.awaitingReceiverDecision())
      .when(accept({ type: 'protectedHousing', providerId: 'nobody' }))
      .thenRejects('PROVIDER_NOT_PERMITTED');
  });
  it('is only for the proposed municipality: another one is not a participant', () => {
    given(historyTo.awaitingReceiverDecision())
      .when({ ...accept({ type: 'ownLease' }), actor: actors.declining })
      .thenRejects('NOT_A_PARTICIPANT');
  });
  it('is refused to the coordinator', () => {
    given(historyTo.awaitingReceiverDecision())
      .when({ ...accept({ type: 'ownLease' }), actor: actors.coordinator })
      .thenRejects('FORBIDDEN_FOR_ROLE');
  });
  it('is not possible twice (the municipality is no longer the proposed one)', () => {
    given(historyTo.destinationClearance())
      .when(accept({ type: 'ownLease' }))
      .thenRejects('FORBIDDEN_FOR_ROLE');
  });
});

describe('DeclineHandover', () => {
  it('returns the case to matching and meets the decision deadline', () => {
    given([...historyTo.matching(), sampleCommands.proposeDeclining()])
      .when(sampleCommands.decline())
      .then([
        { type: 'HandoverDeclined', data: { municipalityCode: '0380', reasonCategory: 'noHousing' } },
        'DeadlineMet',
      ]);
  });
  it('takes the case away from the declining municipality', () => {
    given([...historyTo.matching(), sampleCommands.proposeDeclining(), sampleCommands.decline()])
      .when(sampleCommands.decline())
      .thenRejects('NOT_A_PARTICIPANT');
  });
  it('is refused to the sending municipality', () => {
    given(historyTo.awaitingReceiverDecision())
      .when({ ...sampleCommands.decline(), actor: actors.sending })
      .thenRejects('FORBIDDEN_FOR_ROLE');
  });
  it('is not possible for an accepted municipality once it accepted', () => {
    given(historyTo.destinationClearance())
      .when(command('DeclineHandover', actors.receiving, { reasonCategory: 'other', reason: 'Ångrar.' }))
      .thenRejects('FORBIDDEN_FOR_ROLE');
  });
});
