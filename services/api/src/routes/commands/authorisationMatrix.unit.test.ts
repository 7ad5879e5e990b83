import type { Principal } from '@relocation/access';
import {
  commandPermissions,
  handlerRuleAllows,
  initialState,
  isAssignedHandler,
  isResponsibleMunicipality,
  participationOf,
} from '@relocation/domain';
import type { RelocationState } from '@relocation/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorOf } from '../../auth/actorOf.ts';
import { parties } from '../../testing/parties.ts';
import type { Party } from '../../testing/parties.ts';
import { bodyFor, caseAt } from '../../testing/scenario.ts';
import type { Stage } from '../../testing/scenario.ts';
import { createTestApi } from '../../testing/testApi.ts';
import type { TestApi } from '../../testing/testApi.ts';
import { commandRouteTable } from './commandRouteTable.ts';
import type { CommandRoute } from './commandRouteTable.ts';

/**
 * Every command route against every kind of party. The case is at `proposed` (Uppsala 0380 declined, Umeå 2480
 * proposed) or, for the accepted receiving municipality, at `accepted`.
 */
const partyKinds: Record<string, { readonly party: Party; readonly stage: Stage }> = {
  'sending caseworker': { party: parties.sendingCaseworker, stage: 'proposed' },
  'sending supervisor': { party: parties.sendingSupervisor, stage: 'proposed' },
  'unassigned sending caseworker': { party: parties.sendingColleague, stage: 'proposed' },
  'proposed receiving': { party: parties.receiving, stage: 'proposed' },
  'accepted receiving': { party: parties.receiving, stage: 'accepted' },
  'police of the region': { party: parties.police, stage: 'proposed' },
  'police of another region': { party: parties.otherPolice, stage: 'proposed' },
  coordinator: { party: parties.coordinator, stage: 'proposed' },
  auditor: { party: parties.auditor, stage: 'proposed' },
  'unrelated municipality': { party: parties.unrelated, stage: 'proposed' },
  'declined municipality': { party: parties.declining, stage: 'proposed' },
};

type Expected = 403 | 404 | 'allowed';

/** What `commandPermissions` (the domain's data) says about this party and this case. */
function expectedFromPermissions(route: CommandRoute, party: Party, state: RelocationState): Expected {
  const permission = commandPermissions[route.type];
  const principal = { userId: party.sub, organisationId: party.org, roles: party.roles } as Principal;
  const participation = participationOf(state, party.org);
  const actor = actorOf(principal, route.type);
  // Inside a municipality only assigned handlers and supervisors take part (the domain's handler rule). It comes
  // before the participation check, so an unassigned colleague learns nothing, not even that the case exists.
  const caseUser = { organisationId: party.org, userId: party.sub, roles: [actor.role] };
  // The auditor acts on no case: a real case answers like an unknown one (issue 10); creating one is a plain 403.
  const auditorOnCase = participation === 'auditor' && route.type !== 'InitiateRelocation';
  const outside = participation === 'none' || participation === 'declined' || auditorOnCase;
  if (!outside && !handlerRuleAllows(state, caseUser)) return 404;
  if (!permission.participations.includes(participation)) return outside ? 404 : 403;
  if (!permission.roles.includes(actor.role)) return 403;
  // Besides the accepted receiving municipality, only the placing one after a direct placement (ConfirmArrival).
  const placing = state.directPlacement?.placingMunicipalityCode;
  if (
    permission.placingAfterDirectPlacement === true &&
    participation !== 'acceptedReceiving' &&
    party.org !== `municipality:${placing ?? ''}`
  ) {
    return 403;
  }
  // Only a user assigned to the case in their organisation (the police's officer for an identity change).
  if (permission.assignedHandlerOnly === true && !isAssignedHandler(state, party.org, party.sub)) return 403;
  const municipality = party.org.startsWith('municipality:');
  if (permission.responsibleOnly === true && municipality && !isResponsibleMunicipality(state, party.org)) {
    return 403;
  }
  return 'allowed';
}

/** A few cells written out by hand, so the test fails if the data and the API drift together. */
const keyCells: readonly [action: string, kind: string, status: number][] = [
  ['', 'unrelated municipality', 201],
  ['', 'police of the region', 403],
  ['', 'coordinator', 403],
  ['consent', 'sending caseworker', 200],
  ['consent', 'police of the region', 403],
  ['consent', 'unassigned sending caseworker', 404],
  ['abort', 'unassigned sending caseworker', 404],
  ['threat-assessments', 'police of the region', 409],
  ['threat-assessments', 'police of another region', 404],
  ['propose', 'coordinator', 409],
  ['accept', 'proposed receiving', 200],
  ['accept', 'sending caseworker', 403],
  ['accept', 'unassigned sending caseworker', 404],
  ['accept', 'unrelated municipality', 404],
  ['decline', 'declined municipality', 404],
  ['confirm-arrival', 'accepted receiving', 409],
  ['abort', 'sending supervisor', 200],
  ['abort', 'auditor', 404],
  ['abort', 'accepted receiving', 403],
  ['extend-deadline', 'coordinator', 200],
  ['extend-deadline', 'auditor', 404],
  ['confirm-arrival', 'sending caseworker', 403],
  ['direct-placements', 'sending caseworker', 409],
  ['direct-placements', 'coordinator', 403],
  ['direct-placements', 'proposed receiving', 403],
  ['direct-placement-acknowledgements', 'accepted receiving', 409],
  ['direct-placement-acknowledgements', 'sending caseworker', 403],
  // The sending region's police are a party, but reassessment after arrival is the destination's (§3.5).
  ['threat-reassessments', 'police of the region', 409],
  ['threat-reassessments', 'coordinator', 403],
  // After arrival only (§3.4): before it the police are refused by the state, the destination by its role.
  ['location-compromised', 'police of the region', 409],
  ['location-compromised', 'accepted receiving', 403],
  ['location-compromised', 'coordinator', 403],
  ['location-compromised', 'unrelated municipality', 404],
  // Fingerade personuppgifter: the police of the case, but only an officer assigned to it.
  ['identity-changes', 'police of the region', 403],
  ['identity-changes', 'sending caseworker', 403],
  ['identity-changes', 'police of another region', 404],
  // Outcomes after arrival only: the case here is at the proposal.
  ['outcomes', 'sending caseworker', 409],
  ['outcomes', 'police of the region', 403],
  ['outcomes', 'coordinator', 403],
];

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(() => api.close());

type Route = (typeof commandRouteTable)[number];

const statusOf = async (route: Route, kind: string): Promise<{ status: number; expected: Expected }> => {
  const { party, stage } = partyKinds[kind] ?? { party: parties.auditor, stage: 'draft' as const };
  const creates = route.type === 'InitiateRelocation';
  const id = await caseAt(api, stage);
  const state = creates ? initialState() : await api.state(id);
  const expected = expectedFromPermissions(route, party, state);
  const response = await api.command(
    party,
    route.action,
    creates ? undefined : id,
    await bodyFor(api, route.action, id),
  );
  return { status: response.statusCode, expected };
};

describe('authorisation matrix: every command route × every kind of party', () => {
  const cells = commandRouteTable.flatMap((route) =>
    Object.keys(partyKinds).map((kind) => [route.action || '(initiate)', kind, route] as const),
  );

  it.each(cells)('POST %s as %s follows commandPermissions', async (_action, kind, route) => {
    const { status, expected } = await statusOf(route, kind);
    if (expected === 'allowed') {
      // Authorised: the workflow decides (done, or refused for the case's state or a rule), never 401/403/404.
      expect([200, 201, 409, 422]).toContain(status);
    } else {
      expect(status).toBe(expected);
    }
  });

  it.each(keyCells)('POST %s as %s answers %i', async (action, kind, status) => {
    const route = commandRouteTable.find((candidate) => candidate.action === action);
    if (route === undefined) throw new Error(`no route ${action}`);
    expect((await statusOf(route, kind)).status).toBe(status);
  });

  it('covers every party kind the permissions name', () => {
    const named = new Set(
      Object.values(commandPermissions).flatMap((permission) => permission.participations),
    );
    const covered = new Set([
      'none',
      'declined',
      'sending',
      'proposedReceiving',
      'acceptedReceiving',
      'police',
      'coordinator',
      'auditor',
    ]);
    // 'receiving' (after arrival) and 'system' (the deadline monitor) are exercised by the route tests;
    // 'responsible' (a municipality that took over the case) and 'transferCounterparty' (one asked to) by the
    // route tests of the transfer and the domain's decide.transfer tests.
    expect([...named].filter((participation) => !covered.has(participation)).sort()).toEqual([
      'receiving',
      'responsible',
      'system',
      'transferCounterparty',
    ]);
  });
});
