import { createPgliteDriver } from '@relocation/postgres';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSqlTestApi, type SqlTestApi } from '../../testing/commandFlow.ts';
import { parties, type Party } from '../../testing/parties.ts';
import { bodyFor, caseAt, stages, type CommandAction, type Stage } from '../../testing/scenario.ts';
import { commandRouteTable } from './commandRouteTable.ts';

interface Action {
  readonly command: string;
  readonly method: string;
  readonly path: string;
  readonly inputSchema: Record<string, unknown>;
}

/** Refusals for who asks or for where the case is (anything else judges what the body says). */
const accessOrStateCodes = new Set([
  'UNAUTHORIZED',
  'NOT_FOUND',
  'FORBIDDEN_FOR_ROLE',
  'NOT_ALLOWED_IN_STATE',
  'CONSENT_MISSING',
  'CLEARANCE_MISSING',
  'CASE_ERASED',
  // The household's commands are offered only when the case has a member they can name (domain availableCommands).
  'MEMBER_NOT_FOUND',
  'SCHOOL_PLACEMENT_NOT_REQUIRED',
  // Like consent, every child's impact assessment is judged from the case alone (a proposal, an acceptance).
  'CHILD_IMPACT_ASSESSMENT_MISSING',
  // An identity change is the assigned officer's alone: it is not offered to another officer (an access refusal).
  'NOT_AN_ASSIGNED_HANDLER',
]);

const everyone: readonly Party[] = Object.values(parties);
const routes = commandRouteTable.filter((route) => route.action !== '');

describe('availableActions on GET /v1/relocations/:id (PGlite, real sealing)', () => {
  let sql: SqlTestApi;
  beforeAll(async () => {
    sql = await createSqlTestApi(createPgliteDriver({ dataDir: 'memory://' }));
  });
  afterAll(() => sql.close());

  const detail = async (party: Party, id: string) => {
    const position = (await sql.api.events(id)).at(-1)?.globalPosition;
    return sql.api.app.inject({
      url: `/v1/relocations/${id}?minPosition=${position}`,
      headers: { authorization: `Bearer ${await sql.api.tokenFor(party)}` },
    });
  };
  const offeredTo = async (party: Party, id: string): Promise<Action[]> => {
    const response = await detail(party, id);
    if (response.statusCode === 404) return [];
    expect(response.statusCode, response.body).toBe(200);
    return response.json<{ availableActions: Action[] }>().availableActions;
  };

  it('lists each action with its method, the case’s path and the JSON Schema of its body', async () => {
    const id = await caseAt(sql.api, 'consented');
    const actions = await offeredTo(parties.sendingCaseworker, id);
    expect(actions.map((action) => action.command)).toEqual([
      'RecordConsent',
      'WithdrawConsent',
      'SubmitRelocation',
      'AbortRelocation',
      'AddHouseholdMember',
    ]);
    expect(actions[0]).toMatchObject({
      method: 'POST',
      path: `/v1/relocations/${id}/consent`,
      inputSchema: { type: 'object', required: ['parties', 'consentDate', 'documentReference'] },
    });
    expect(await offeredTo(parties.police, id)).toEqual([]);
    expect(await offeredTo(parties.auditor, id)).toEqual([]);
    const matching = await caseAt(sql.api, 'matching');
    expect((await offeredTo(parties.coordinator, matching)).map((action) => action.command)).toEqual([
      'ProposeReceivingMunicipality',
      'SuspendCase',
      'AbortRelocation',
      // Matching takes deadline commands since a transfer's statutory deadlines run in every state.
      'ExtendDeadline',
    ]);
  });

  it('an offered action with a valid body is never refused for access or state; one not offered always is', async () => {
    const triple = fc.record({
      stage: fc.constantFrom<Stage>(...stages),
      party: fc.constantFrom(...everyone),
      route: fc.constantFrom(...routes),
    });
    await fc.assert(
      fc.asyncProperty(triple, async ({ stage, party, route }) => {
        const id = await caseAt(sql.api, stage);
        const offered = (await offeredTo(party, id)).find((action) => action.command === route.type);
        const body = await bodyFor(sql.api, route.action as CommandAction, id);
        const response = await sql.api.command(party, route.action, id, body);
        const code = response.statusCode < 300 ? 'OK' : response.json<{ code: string }>().code;
        if (offered === undefined) {
          expect(accessOrStateCodes, `${route.type} as ${party.sub} at ${stage}: ${code}`).toContain(code);
        } else {
          expect(offered.path).toBe(`/v1/relocations/${id}/${route.action}`);
          expect(accessOrStateCodes, `${route.type} as ${party.sub} at ${stage}`).not.toContain(code);
        }
      }),
      { numRuns: 60 },
    );
  });
});
