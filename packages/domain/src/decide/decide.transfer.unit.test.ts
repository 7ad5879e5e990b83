/**
 * Responsibility as the law moves it (docs/design.md §3.1): a transfer of the case, IVO, settling. Arrival moves
 * nothing; an agreed transfer moves responsibility on its date, a final IVO decision on the day it became final.
 */
import { describe, expect, it } from 'vitest';
import type { Command } from '../commands/command.ts';
import type { CommandPayload, CommandType } from '../commands/payloads.ts';
import type { DomainEvent } from '../events/event.ts';
import { parseStoredEvent } from '../events/upcasters.ts';
import { actors, command, given, historyTo, sampleCommands, testContext } from '../testing/index.ts';
import type { Actor } from '../schemas/actor.ts';

const receivingSupervisor: Actor = { ...actors.receiving, role: 'supervisor' };
const sendingSupervisor: Actor = { ...actors.sending, role: 'supervisor' };
const as = <T extends CommandType>(type: T, actor: Actor, payload: CommandPayload<T>): Command =>
  command(type, actor, payload) as Command;

const request = () =>
  as('RequestTransfer', actors.sending, {
    toMunicipalityCode: '2480',
    reasons: 'Personen har sin starkaste anknytning till Umeå.',
    personView: 'Vill stanna i Umeå.',
  });
const agree = (effectiveFrom: string) => as('AgreeTransfer', receivingSupervisor, { effectiveFrom });
const refuse = () => as('RefuseTransfer', receivingSupervisor, { reasons: 'Ingen anknytning till Umeå.' });
const applyToIvo = (appliedOn: string) =>
  as('RecordIvoApplication', actors.sending, { appliedOn, reference: 'IVO 3.5.1-1234/2026' });

/** A case after arrival in Umeå (2480) with a transfer requested by Stockholm (0180) on 2 March 2026. */
function requested() {
  const context = testContext();
  const spec = given([...historyTo.followUp(), request()], context);
  return { context, spec };
}

function deadlineOf(events: readonly DomainEvent[], kind: string) {
  const scheduled = events.filter((e) => e.type === 'DeadlineScheduled' && e.data.kind === kind);
  return scheduled.at(-1) as Extract<DomainEvent, { type: 'DeadlineScheduled' }> | undefined;
}

describe('RequestTransfer', () => {
  it('is the responsible municipality’s written request; the one asked must answer within one month', () => {
    given(historyTo.followUp())
      .when(request())
      .then([
        {
          type: 'TransferRequested',
          data: { fromMunicipalityCode: '0180', toMunicipalityCode: '2480', requestedOn: '2026-03-02' },
        },
        {
          type: 'DeadlineScheduled',
          data: {
            kind: 'transferAnswer',
            ownerOrganisationId: 'municipality:2480',
            dueAt: '2026-04-02T08:00:00.000Z',
          },
        },
      ]);
  });
  it('seals the reasons and the person’s view', () => {
    const { spec } = requested();
    const event = spec.events.find((e) => e.type === 'TransferRequested');
    expect(JSON.stringify(event?.data)).not.toContain('anknytning');
    expect(JSON.stringify(event?.data)).not.toContain('stanna');
  });
  it('is refused to a municipality that is not responsible, and while a transfer is open', () => {
    given(historyTo.followUp())
      .when({ ...request(), actor: actors.receiving })
      .thenRejects('FORBIDDEN_FOR_ROLE');
    requested().spec.when(request()).thenRejects('TRANSFER_ALREADY_OPEN');
  });
  it('cannot ask the responsible municipality itself, nor without consent to share with another municipality', () => {
    given(historyTo.followUp())
      .when(
        as('RequestTransfer', actors.sending, { ...request().payload, toMunicipalityCode: '0180' } as never),
      )
      .thenRejects('ALREADY_RESPONSIBLE');
    const partial = command('RecordConsent', actors.sending, {
      parties: ['coordinator', 'police'],
      consentDate: '2026-03-02',
      documentReference: 'S-1',
    });
    given([sampleCommands.initiate(), partial, sampleCommands.submit(), sampleCommands.assess()])
      .when(request())
      .thenRejects('CONSENT_MISSING');
  });
});

describe('AgreeTransfer', () => {
  it('from today moves responsibility now, and the follow-ups move with it', () => {
    const { spec } = requested();
    const events = spec.when(agree('2026-03-02')).then([
      { type: 'TransferAgreed', data: { toMunicipalityCode: '2480', effectiveFrom: '2026-03-02' } },
      {
        type: 'ResponsibilityTransferred',
        data: {
          fromMunicipalityCode: '0180',
          toMunicipalityCode: '2480',
          source: 'transferAgreed',
          effectiveFrom: '2026-03-02',
        },
      },
      { type: 'DeadlineCancelled', data: { reason: 'stateLeft' } },
      { type: 'DeadlineScheduled', data: { kind: 'followUp1', ownerOrganisationId: 'municipality:2480' } },
      'DeadlineCancelled',
      { type: 'DeadlineScheduled', data: { kind: 'followUp3', ownerOrganisationId: 'municipality:2480' } },
      'DeadlineCancelled',
      { type: 'DeadlineScheduled', data: { kind: 'followUp6', ownerOrganisationId: 'municipality:2480' } },
      // The outcomes (issue 15) move with responsibility like the follow-ups.
      'DeadlineCancelled',
      { type: 'DeadlineScheduled', data: { kind: 'outcome6', ownerOrganisationId: 'municipality:2480' } },
      'DeadlineCancelled',
      { type: 'DeadlineScheduled', data: { kind: 'outcome12', ownerOrganisationId: 'municipality:2480' } },
      // The answer the transfer waited for.
      'DeadlineMet',
    ]);
    const state = given([...historyTo.followUp(), request(), agree('2026-03-02')]).state;
    expect(state.responsibleMunicipality).toBe('2480');
    expect(state.transfer).toBeNull();
    expect(state.ledger.responsible).toEqual({
      municipalityCode: '2480',
      since: '2026-03-02',
      source: 'transferAgreed',
    });
    // Follow-ups keep their due times under the new owner.
    const before = spec.state.deadlines.find((d) => d.kind === 'followUp1');
    expect(deadlineOf(events, 'followUp1')?.data.dueAt).toBe(before?.dueAt);
    // Now the receiving municipality closes, the sending one no longer may.
    const after = [...historyTo.followUp(), request(), agree('2026-03-02')];
    given(after).when(sampleCommands.close()).thenRejects('FORBIDDEN_FOR_ROLE');
    given(after)
      .when({ ...sampleCommands.close(), actor: actors.receiving })
      .then([
        'CaseClosed',
        'DeadlineCancelled',
        'DeadlineCancelled',
        'DeadlineCancelled',
        'DeadlineCancelled',
      ]);
  });
  it('from a later date is awaited by the deadline monitor, which moves responsibility on that date', () => {
    const { context, spec } = requested();
    const events = spec
      .when(agree('2026-04-01'))
      .then([
        'TransferAgreed',
        'DeadlineMet',
        { type: 'DeadlineScheduled', data: { kind: 'transferEffective', dueAt: '2026-03-31T22:00:00.000Z' } },
      ]);
    const agreed = given([...historyTo.followUp(), request(), agree('2026-04-01')], context);
    expect(agreed.state.responsibleMunicipality).toBe('0180');
    expect(agreed.state.transfer?.stage).toBe('agreed');
    const deadlineId = deadlineOf(events, 'transferEffective')?.data.deadlineId ?? '';
    const effective = agreed.state.deadlines.find((d) => d.kind === 'transferEffective');
    expect(effective).toBeDefined();
    const takeEffect = command('MarkDeadlineMissed', actors.monitor, {
      deadlineId: effective?.deadlineId ?? deadlineId,
    });
    agreed.when(takeEffect).thenRejects('DEADLINE_NOT_DUE');
    context.clock.set('2026-03-31T22:00:00.000Z');
    agreed.when(takeEffect).then([
      'DeadlineMet',
      {
        type: 'ResponsibilityTransferred',
        data: { toMunicipalityCode: '2480', source: 'transferAgreed', effectiveFrom: '2026-04-01' },
      },
      'DeadlineCancelled',
      { type: 'DeadlineScheduled', data: { kind: 'followUp1', ownerOrganisationId: 'municipality:2480' } },
      'DeadlineCancelled',
      'DeadlineScheduled',
      'DeadlineCancelled',
      'DeadlineScheduled',
      'DeadlineCancelled',
      { type: 'DeadlineScheduled', data: { kind: 'outcome6', ownerOrganisationId: 'municipality:2480' } },
      'DeadlineCancelled',
      { type: 'DeadlineScheduled', data: { kind: 'outcome12', ownerOrganisationId: 'municipality:2480' } },
    ]);
  });
  it('is the answer of the municipality asked only, and only once', () => {
    const { spec } = requested();
    spec
      .when(as('AgreeTransfer', sendingSupervisor, { effectiveFrom: '2026-03-02' }))
      .thenRejects('NOT_A_TRANSFER_PARTY');
    given([...historyTo.followUp(), request(), refuse()])
      .when(agree('2026-03-02'))
      .thenRejects('TRANSFER_NOT_AT_THIS_STEP');
    given(historyTo.followUp()).when(agree('2026-03-02')).thenRejects('TRANSFER_NOT_AT_THIS_STEP');
  });
  it('cannot move responsibility to before the request, and records a cost agreement in the ledger', () => {
    requested().spec.when(agree('2026-03-01')).thenRejects('INVALID_DATE');
    const withCosts = as('AgreeTransfer', receivingSupervisor, {
      effectiveFrom: '2026-03-02',
      costAgreement: { payerMunicipalityCode: '0180', since: '2026-03-02' },
    });
    const state = given([...historyTo.followUp(), request(), withCosts]).state;
    expect(state.ledger.costAgreement).toEqual({
      payerMunicipalityCode: '0180',
      since: '2026-03-02',
      source: 'transferAgreed',
    });
  });
});

describe('IVO', () => {
  it('after a refusal the requester applies to IVO, who is expected to decide within three months', () => {
    const refused = given([...historyTo.followUp(), request(), refuse()]);
    expect(refused.state.transfer?.stage).toBe('refused');
    refused.when(applyToIvo('2026-03-02')).then([
      { type: 'IvoApplicationRecorded', data: { appliedOn: '2026-03-02', after: 'refusal' } },
      {
        type: 'DeadlineScheduled',
        data: {
          kind: 'ivoDecision',
          ownerOrganisationId: 'municipality:0180',
          dueAt: '2026-06-02T08:00:00.000Z',
        },
      },
    ]);
    refused.when({ ...applyToIvo('2026-03-02'), actor: actors.receiving }).thenRejects('FORBIDDEN_FOR_ROLE');
  });
  it('without a written answer, IVO may be asked once the month has passed; level 2 suggests it', () => {
    const { context, spec } = requested();
    spec.when(applyToIvo('2026-03-02')).thenRejects('TRANSFER_NOT_AT_THIS_STEP');
    const answer = spec.state.deadlines.find((d) => d.kind === 'transferAnswer');
    const id = answer?.deadlineId ?? '';
    context.clock.set(answer?.dueAt ?? '');
    const missed = given(
      [...spec.events, command('MarkDeadlineMissed', actors.monitor, { deadlineId: id })],
      context,
    );
    context.clock.set(missed.state.deadlines.find((d) => d.kind === 'transferAnswer')?.escalateAt ?? '');
    missed.when(command('RaiseEscalation', actors.monitor, { deadlineId: id })).then([
      {
        type: 'EscalationRaised',
        data: { kind: 'transferAnswer', level: 2, suggestion: 'ivoApplication' },
      },
    ]);
    missed.when(applyToIvo('2026-04-03')).then([
      { type: 'IvoApplicationRecorded', data: { after: 'noAnswer' } },
      { type: 'DeadlineCancelled', data: { deadlineId: id } },
      { type: 'DeadlineScheduled', data: { kind: 'ivoDecision' } },
    ]);
  });

  /** Applied on 2 March; IVO decided on 18 May for Umeå, received on 19 May (recorded on 20 May). */
  function decided(context = testContext()) {
    const applied = given([...historyTo.followUp(), request(), refuse(), applyToIvo('2026-03-02')], context);
    context.clock.set('2026-05-20T09:00:00.000Z');
    const decision = as('RecordIvoDecision', actors.sending, {
      responsibleMunicipalityCode: '2480',
      decidedOn: '2026-05-18',
      receivedOn: '2026-05-19',
    });
    const history = given([...applied.events, decision], context).events;
    return { context, history, spec: given(history, context) };
  }

  it('records the decision and when it was received: the three weeks to appeal run from then', () => {
    const { spec } = decided();
    expect(spec.state.transfer).toMatchObject({
      stage: 'ivoDecided',
      ivoResponsibleMunicipalityCode: '2480',
      ivoDecisionReceivedOn: '2026-05-19',
      appealUntil: '2026-06-09',
    });
    expect(spec.state.deadlines.some((d) => d.kind === 'ivoDecision')).toBe(false);
    expect(spec.state.responsibleMunicipality).toBe('0180');
  });
  it('moves responsibility only when the decision is final', () => {
    const { context, spec, history } = decided();
    const final = (finalOn: string, code = '2480') =>
      as('RecordIvoDecisionFinal', actors.sending, { responsibleMunicipalityCode: code, finalOn });
    context.clock.set('2026-06-10T09:00:00.000Z');
    spec.when(final('2026-06-09')).thenRejects('DECISION_NOT_FINAL');
    spec.when(final('2026-06-10', '0180')).thenRejects('DECISION_NOT_FINAL');
    spec.when(final('2026-06-10')).then([
      {
        type: 'IvoDecisionBecameFinal',
        data: { responsibleMunicipalityCode: '2480', finalOn: '2026-06-10' },
      },
      {
        type: 'ResponsibilityTransferred',
        data: { toMunicipalityCode: '2480', source: 'ivoDecisionFinal', effectiveFrom: '2026-06-10' },
      },
      'DeadlineCancelled',
      'DeadlineScheduled',
      'DeadlineCancelled',
      'DeadlineScheduled',
      'DeadlineCancelled',
      'DeadlineScheduled',
      'DeadlineCancelled',
      { type: 'DeadlineScheduled', data: { kind: 'outcome6' } },
      'DeadlineCancelled',
      { type: 'DeadlineScheduled', data: { kind: 'outcome12' } },
    ]);
    const state = given([...history, final('2026-06-10')], context).state;
    expect(state.ledger.responsible).toMatchObject({ municipalityCode: '2480', source: 'ivoDecisionFinal' });
    expect(state.transfer).toBeNull();
  });
  it('takes an appeal within three weeks of receipt; the court’s final word may keep responsibility', () => {
    const { context, spec, history } = decided();
    const appeal = (appealedOn: string) => as('RecordIvoAppeal', receivingSupervisor, { appealedOn });
    context.clock.set('2026-06-12T09:00:00.000Z');
    spec.when(appeal('2026-06-10')).thenRejects('APPEAL_TOO_LATE');
    spec.when(appeal('2026-06-05')).then([
      {
        type: 'IvoDecisionAppealed',
        data: { appellantMunicipalityCode: '2480', appealedOn: '2026-06-05' },
      },
    ]);
    const courtFinal = as('RecordIvoDecisionFinal', receivingSupervisor, {
      responsibleMunicipalityCode: '0180',
      finalOn: '2026-06-12',
    });
    const state = given([...history, appeal('2026-06-05'), courtFinal], context).state;
    expect(state.responsibleMunicipality).toBe('0180');
    expect(state.transfer).toBeNull();
    expect(given([...history, appeal('2026-06-05'), courtFinal], context).events.at(-1)?.type).toBe(
      'IvoDecisionBecameFinal',
    );
  });
  it('the IVO deadline keeps running while the case is suspended', () => {
    const context = testContext();
    const spec = given(
      [
        ...historyTo.followUp(),
        request(),
        refuse(),
        applyToIvo('2026-03-02'),
        command('SuspendCase', actors.sending, { reason: 'Paus.' }),
      ],
      context,
    );
    expect(spec.state.status).toBe('suspended');
    // The outcomes (issue 15) run on too: they count from arrival.
    expect(spec.state.deadlines.map((d) => d.kind)).toEqual(['outcome6', 'outcome12', 'ivoDecision']);
    expect(spec.state.pausedDeadlines.map((d) => d.kind)).toEqual([
      'followUp1',
      'followUp3',
      'followUp6',
      'threatReassessment',
    ]);
  });
});

describe('RecordPersonSettled', () => {
  it('makes the new municipality the bosättningskommun and moves responsibility to it', () => {
    const settled = as('RecordPersonSettled', actors.receiving, {
      municipalityCode: '2480',
      settledOn: '2026-03-02',
    });
    given(historyTo.followUp())
      .when(settled)
      .then([
        { type: 'PersonSettled', data: { municipalityCode: '2480', settledOn: '2026-03-02' } },
        { type: 'ResponsibilityTransferred', data: { source: 'personSettled', toMunicipalityCode: '2480' } },
        'DeadlineCancelled',
        'DeadlineScheduled',
        'DeadlineCancelled',
        'DeadlineScheduled',
        'DeadlineCancelled',
        'DeadlineScheduled',
        'DeadlineCancelled',
        { type: 'DeadlineScheduled', data: { kind: 'outcome6', ownerOrganisationId: 'municipality:2480' } },
        'DeadlineCancelled',
        { type: 'DeadlineScheduled', data: { kind: 'outcome12', ownerOrganisationId: 'municipality:2480' } },
      ]);
    const state = given([...historyTo.followUp(), request(), settled]).state;
    expect(state.ledger.bosattningskommun).toEqual({
      municipalityCode: '2480',
      since: '2026-03-02',
      source: 'personSettled',
    });
    // The transfer to the municipality the person settled in is moot, and its deadline goes with it.
    expect(state.transfer).toBeNull();
    expect(state.deadlines.some((d) => d.kind === 'transferAnswer')).toBe(false);
    given(historyTo.followUp())
      .when(
        as('RecordPersonSettled', actors.receiving, { municipalityCode: '2480', settledOn: '2026-03-03' }),
      )
      .thenRejects('INVALID_DATE');
  });
});

describe('version 1 events', () => {
  const declining = given([
    ...historyTo.matching(),
    sampleCommands.proposeDeclining(),
    sampleCommands.decline(),
  ]);
  const declined = declining.events.find((e) => e.type === 'HandoverDeclined')!;
  const metadata = declined.metadata;
  it('read a version 1 decline category in the new categories', () => {
    for (const [v1, v2] of [
      ['securityConcern', 'threatSituation'],
      ['needsNotMet', 'other'],
      ['noHousing', 'noHousing'],
    ] as const) {
      const parsed = parseStoredEvent({
        type: 'HandoverDeclined',
        version: 1,
        data: { ...declined.data, reasonCategory: v1 },
        metadata,
      });
      expect(parsed.success && parsed.data.data).toMatchObject({ reasonCategory: v2 });
    }
  });
  it('read a version 1 responsibility transfer as one made on arrival', () => {
    const parsed = parseStoredEvent({
      type: 'ResponsibilityTransferred',
      version: 1,
      data: { fromMunicipalityCode: '0180', toMunicipalityCode: '2480' },
      metadata,
    });
    expect(parsed.success && parsed.data).toMatchObject({
      version: 2,
      data: { source: 'arrivalV1', effectiveFrom: null },
    });
  });
});
