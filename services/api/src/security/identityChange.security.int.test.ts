import { createPgliteDriver } from '@relocation/postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSqlTestApi, type SqlTestApi } from '../testing/commandFlow.ts';
import { parties, type Party } from '../testing/parties.ts';
import { bodies, caseAt } from '../testing/scenario.ts';
import type { TestApi } from '../testing/testApi.ts';

/**
 * Fingerade personuppgifter over HTTP (docs/design.md §5, issue 13): POST /v1/relocations/:id/identity-changes.
 * Only a police officer assigned to the case records a new identity; it is sealed with the case key (real
 * AES-256-GCM here); assigned handlers read the current identity and its history, every other party of the case
 * reads no trace of the change, and refused requests append nothing.
 */
describe('an identity change over the API', () => {
  let sql: SqlTestApi;
  let api: TestApi;
  beforeAll(async () => {
    sql = await createSqlTestApi(createPgliteDriver({ dataDir: 'memory://' }));
    api = sql.api;
  });
  afterAll(() => sql.close());

  const newIdentity = bodies['identity-changes'];
  const oldName = 'Test Testsson';

  const read = async (party: Party, path: string, id: string) => {
    const position = (await api.events(id)).at(-1)?.globalPosition.toString() ?? '0';
    const response = await api.app.inject({
      url: `/v1/relocations/${id}${path}?minPosition=${position}`,
      headers: { authorization: `Bearer ${await api.tokenFor(party)}` },
    });
    return response;
  };

  it('refuses everyone but the assigned officer, appending nothing; the officer’s change is sealed', async () => {
    const id = await caseAt(api, 'arrived');
    const before = await api.events(id);
    // Police of the case not assigned: 403 with a documented code. Other parties by their participation.
    const unassigned = await api.command(parties.police, 'identity-changes', id, newIdentity);
    expect(unassigned.statusCode, unassigned.body).toBe(403);
    expect(unassigned.json()).toMatchObject({ code: 'NOT_AN_ASSIGNED_HANDLER' });
    for (const party of [parties.sendingCaseworker, parties.receiving, parties.coordinator]) {
      const refused = await api.command(party, 'identity-changes', id, newIdentity);
      expect(refused.statusCode, `${party.sub}: ${refused.body}`).toBe(403);
      expect(refused.json()).toMatchObject({ code: 'FORBIDDEN_FOR_ROLE' });
    }
    for (const party of [parties.otherPolice, parties.unrelated, parties.sendingColleague, parties.auditor]) {
      const outside = await api.command(party, 'identity-changes', id, newIdentity);
      expect(outside.statusCode, `${party.sub}: ${outside.body}`).toBe(404);
    }
    const invalid = await api.command(parties.police, 'identity-changes', id, { ...newIdentity, name: '' });
    expect(invalid.statusCode).toBe(400);
    expect(await api.events(id)).toEqual(before);

    await api.given(id, parties.police, 'AssignHandler', { userId: parties.police.sub });
    const changed = await api.command(parties.police, 'identity-changes', id, newIdentity);
    expect(changed.statusCode, changed.body).toBe(200);
    const last = (await api.events(id)).at(-1);
    expect(last?.type).toBe('IdentityChanged');
    // Nothing of the new identity in clear in the stored event.
    expect(JSON.stringify({ data: last?.data, metadata: last?.metadata })).not.toMatch(
      /Nystrom|198001012387|2026-03-02"/,
    );
  });

  it('shows the change to assigned handlers only, and no trace of it to anyone else', async () => {
    const id = await caseAt(api, 'officerAssigned');
    await api.given(id, parties.police, 'ChangeIdentity', newIdentity);

    for (const handler of [parties.police, parties.sendingCaseworker, parties.receiving]) {
      const detail = await read(handler, '', id);
      expect(detail.statusCode, detail.body).toBe(200);
      const view = detail.json<{
        identity?: { name: string; protectionLevel: string };
        identityHistory?: { name: string; decidedOn: string | null }[];
      }>();
      expect(view.identity, handler.sub).toMatchObject({
        name: newIdentity.name,
        protectionLevel: 'assumedIdentity',
      });
      expect(
        view.identityHistory?.map((entry) => [entry.name, entry.decidedOn]),
        handler.sub,
      ).toEqual([
        [oldName, null],
        [newIdentity.name, newIdentity.decidedOn],
      ]);
      const history = await read(handler, '/history', id);
      expect(history.body, handler.sub).toContain('IdentityChanged');
    }

    for (const other of [
      parties.sendingSupervisor,
      parties.receivingSupervisor,
      parties.receivingPolice,
      parties.coordinator,
    ]) {
      for (const path of ['', '/history']) {
        const response = await read(other, path, id);
        expect(response.statusCode, response.body).toBe(200);
        // The offered actions' input schemas name every protection level (adding a member may choose one): what
        // must not show is this case's change, so they are left out of the search.
        const { availableActions: _schemas, ...shown } = response.json<Record<string, unknown>>();
        expect(JSON.stringify(shown), `${other.sub} ${path}`).not.toMatch(
          /IdentityChanged|identityHistory|assumedIdentity|Nystrom|198001012387|Testsson|199001012385/,
        );
      }
      const actions = (await read(other, '', id)).json<{ availableActions: { command: string }[] }>();
      expect(actions.availableActions.map((a) => a.command)).not.toContain('ChangeIdentity');
    }
    // The list carries no identity at all, whoever asks.
    const list = await api.app.inject({
      url: '/v1/relocations',
      headers: { authorization: `Bearer ${await api.tokenFor(parties.police)}` },
    });
    expect(list.body).not.toMatch(/Nystrom|198001012387|Testsson/);
  });

  it('offers the command to the assigned officer in the case’s actions, with its body schema', async () => {
    const id = await caseAt(api, 'officerAssigned');
    const view = (await read(parties.police, '', id)).json<{
      availableActions: { command: string; path: string; inputSchema: { required?: string[] } }[];
    }>();
    const action = view.availableActions.find((a) => a.command === 'ChangeIdentity');
    expect(action?.path).toBe(`/v1/relocations/${id}/identity-changes`);
    expect(action?.inputSchema.required?.sort()).toEqual(['decidedOn', 'name', 'personalIdentityNumber']);
  });
});
