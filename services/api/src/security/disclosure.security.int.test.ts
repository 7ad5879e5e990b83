import { randomUUID } from 'node:crypto';
import { sampleCommands } from '@relocation/domain/testing';
import { createPgliteDriver } from '@relocation/postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parties, type Party } from '../testing/parties.ts';
import { createSqlTestApi, type SqlTestApi } from '../testing/commandFlow.ts';
import type { TestApi } from '../testing/testApi.ts';

/**
 * What a party could learn beyond its view: from a command's answer, from a deadline's time, from staff ids of
 * other organisations (issue 10, item 6 and the staff-id point).
 */
describe('disclosure beyond the caller’s view', () => {
  let sql: SqlTestApi;
  let api: TestApi;
  beforeAll(async () => {
    sql = await createSqlTestApi(createPgliteDriver({ dataDir: 'memory://' }));
    api = sql.api;
  });
  afterAll(() => sql.close());

  const plannedMoveDate = '2026-03-16';

  /** A protected person's case, declined by Uppsala, accepted by Umeå (move date above) and cleared. */
  async function acceptedCase(): Promise<string> {
    const id = randomUUID();
    const initiate = sampleCommands.initiate().payload;
    await api.given(id, parties.sendingCaseworker, 'InitiateRelocation', {
      ...initiate,
      person: {
        name: 'Skyddad Person',
        personalIdentityNumber: '198112189876',
        protectionLevel: 'protectedRegistration',
      },
    });
    await api.given(id, parties.sendingCaseworker, 'RecordConsent', sampleCommands.consentAll().payload);
    await api.given(id, parties.sendingCaseworker, 'SubmitRelocation', {});
    await api.given(id, parties.police, 'RecordThreatAssessment', sampleCommands.assess().payload);
    await api.given(id, parties.coordinator, 'ProposeReceivingMunicipality', { municipalityCode: '0380' });
    await api.given(id, parties.decliningSupervisor, 'AssignHandler', { userId: parties.declining.sub });
    await api.given(id, parties.declining, 'DeclineHandover', sampleCommands.decline().payload);
    await api.given(id, parties.coordinator, 'ProposeReceivingMunicipality', { municipalityCode: '2480' });
    await api.given(id, parties.receivingSupervisor, 'AssignHandler', { userId: parties.receiving.sub });
    await api.given(id, parties.receiving, 'AcceptHandover', {
      ...sampleCommands.accept().payload,
      plannedMoveDate,
    });
    await api.given(id, parties.police, 'GrantDestinationClearance', sampleCommands.clear().payload);
    return id;
  }

  const read = async (party: Party, path: string, id: string) => {
    const position = (await api.events(id)).at(-1)?.globalPosition.toString() ?? '0';
    const response = await api.app.inject({
      url: `/v1/relocations/${id}${path}?minPosition=${position}`,
      headers: { authorization: `Bearer ${await api.tokenFor(party)}` },
    });
    expect(response.statusCode, response.body).toBe(200);
    return response;
  };

  it('answers a command with its revision, position and status only, never the unredacted case', async () => {
    const id = await acceptedCase();
    const answer = await api.command(parties.sendingCaseworker, 'suspend', id, { reason: 'Paus.' });
    expect(answer.statusCode, answer.body).toBe(200);
    expect(Object.keys(answer.json()).sort()).toEqual(['position', 'relocationId', 'revision', 'status']);
    expect(answer.json()).toMatchObject({ relocationId: id, status: 'suspended' });
    // The sending municipality may not see the reception plan, who declined, or the handlers of others.
    for (const hidden of [plannedMoveDate, '0380', 'protectedIdentity', parties.receiving.sub, 'declined']) {
      expect(answer.body).not.toContain(hidden);
    }
    const resumed = await api.command(parties.sendingCaseworker, 'resume', id, { reason: 'Vidare.' });
    expect(resumed.json()).toMatchObject({ status: 'awaitingArrival' });
  });

  it('withholds the arrival deadline’s times (move date + 5 business days) from parties that may not see the plan', async () => {
    const id = await acceptedCase();
    const arrival = (await api.state(id)).deadlines.find((deadline) => deadline.kind === 'arrival');
    expect(arrival).toBeDefined();
    const due = arrival?.dueAt ?? '';
    const escalate = arrival?.escalateAt ?? '';

    for (const party of [parties.sendingCaseworker, parties.coordinator]) {
      const view = await read(party, '', id);
      expect(view.json()).toMatchObject({
        workflow: { deadlines: [{ kind: 'arrival', dueAt: null, escalateAt: null, overdue: false }] },
      });
      const history = await read(party, '/history', id);
      const scheduled = history
        .json<{ entries: { type: string; changes: Record<string, unknown>; withheld: string[] }[] }>()
        .entries.find((entry) => entry.type === 'DeadlineScheduled' && entry.changes.kind === 'arrival');
      expect(scheduled?.withheld).toEqual(expect.arrayContaining(['dueAt', 'escalateAt']));
      for (const body of [view.body, history.body]) {
        expect(body).not.toContain(due);
        expect(body).not.toContain(escalate);
        expect(body).not.toContain(plannedMoveDate);
      }
    }
    // The receiving municipality and the police see the plan, and so the deadline's times.
    for (const party of [parties.receiving, parties.police]) {
      const view = await read(party, '', id);
      expect(view.json()).toMatchObject({ workflow: { deadlines: [{ kind: 'arrival', dueAt: due }] } });
    }
  });

  it('shows a handler’s user id (HandlerAssigned) only to the handler’s own organisation, like actor ids', async () => {
    const id = await acceptedCase();
    type Entries = { entries: { type: string; changes: Record<string, unknown>; withheld: string[] }[] };
    const assignedIn = async (party: Party) =>
      (await read(party, '/history', id))
        .json<Entries>()
        .entries.filter((entry) => entry.type === 'HandlerAssigned');
    for (const party of [parties.sendingCaseworker, parties.coordinator, parties.police]) {
      const history = await read(party, '/history', id);
      expect(history.body, party.org).not.toContain(`"${parties.receiving.sub}"`);
      for (const entry of await assignedIn(party)) {
        expect(entry.changes).not.toHaveProperty('userId');
        expect(entry.withheld).toContain('userId');
      }
    }
    const own = await assignedIn(parties.receivingSupervisor);
    expect(own.map((entry) => entry.changes.userId)).toContain(parties.receiving.sub);
  });
});
