import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parties } from '../../testing/parties.ts';
import { bodies, caseAt } from '../../testing/scenario.ts';
import { createTestApi, type TestApi } from '../../testing/testApi.ts';

/**
 * POST /v1/relocations/:id/outcomes (issue 15): the outcome 6 and 12 months after arrival, by the responsible or
 * the receiving municipality, also on a closed case; every refusal leaves the stream as it was.
 */
describe('outcomes over the API', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi();
  });
  afterAll(() => api.close());

  const twelve = { month: 12, outcome: 'relocatedAfterLeak' };

  it('records the 12-month outcome on a closed case and meets its deadline; the case stays closed', async () => {
    const id = await caseAt(api, 'arrived');
    await api.given(id, parties.sendingCaseworker, 'CloseCase', bodies.close);
    const response = await api.command(parties.receiving, 'outcomes', id, twelve);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ status: 'closed' });
    const events = await api.events(id);
    expect(events.slice(-2).map((e) => e.type)).toEqual(['OutcomeRecorded', 'DeadlineMet']);
    expect(events.at(-2)?.data).toEqual({ month: 12, outcome: 'relocatedAfterLeak', notes: null });
    const state = await api.state(id);
    expect(state.outcomesRecorded).toEqual([12]);
    expect(state.deadlines.map((d) => d.kind)).toEqual(['outcome6']);
  });

  it('refuses a second outcome for a month, an outcome before arrival, and other parties, appending nothing', async () => {
    const id = await caseAt(api, 'arrived');
    expect((await api.command(parties.sendingCaseworker, 'outcomes', id, bodies.outcomes)).statusCode).toBe(
      200,
    );
    const before = await api.events(id);
    const again = await api.command(parties.sendingCaseworker, 'outcomes', id, bodies.outcomes);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'OUTCOME_ALREADY_RECORDED' });
    for (const party of [parties.police, parties.coordinator]) {
      const refused = await api.command(party, 'outcomes', id, twelve);
      expect(refused.statusCode, refused.body).toBe(403);
    }
    for (const party of [parties.unrelated, parties.sendingColleague, parties.auditor, parties.declining]) {
      expect((await api.command(party, 'outcomes', id, twelve)).statusCode, party.sub).toBe(404);
    }
    const unknownCategory = await api.command(parties.sendingCaseworker, 'outcomes', id, {
      month: 12,
      outcome: 'settled',
    });
    expect(unknownCategory.statusCode).toBe(400);
    expect(await api.events(id)).toEqual(before);

    const early = await caseAt(api, 'cleared');
    const beforeArrival = await api.events(early);
    const refused = await api.command(parties.sendingCaseworker, 'outcomes', early, bodies.outcomes);
    expect(refused.statusCode).toBe(409);
    expect(await api.events(early)).toEqual(beforeArrival);
  });

  it('seals the notes: the free text is nowhere in clear in the stored event', async () => {
    const id = await caseAt(api, 'arrived');
    await api.command(parties.sendingCaseworker, 'outcomes', id, bodies.outcomes);
    const recorded = (await api.events(id)).find((e) => e.type === 'OutcomeRecorded');
    expect(JSON.stringify(recorded?.data)).not.toContain(bodies.outcomes.notes);
    expect((recorded?.data as { notes: { alg?: string } }).notes.alg).toBe('A256GCM');
  });
});
