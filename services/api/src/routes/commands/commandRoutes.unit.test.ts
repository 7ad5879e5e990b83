import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parties } from '../../testing/parties.ts';
import type { Party } from '../../testing/parties.ts';
import { bodies, bodyFor, caseAt } from '../../testing/scenario.ts';
import type { Stage } from '../../testing/scenario.ts';
import { createTestApi } from '../../testing/testApi.ts';
import type { TestApi } from '../../testing/testApi.ts';
import { commandRouteTable } from './commandRouteTable.ts';

type Action = (typeof commandRouteTable)[number]['action'];

interface RouteCase {
  readonly stage: Stage | 'suspended';
  readonly actor: Party;
  /** A body that fails validation, and one path the 400 must name. */
  readonly invalid: { readonly body: unknown; readonly path: string };
  /** Brings a case to where the same command is refused with 409. */
  readonly conflict?: (api: TestApi) => Promise<string>;
}

const suspended = async (api: TestApi): Promise<string> => {
  const id = await caseAt(api, 'proposed');
  await api.given(id, parties.sendingSupervisor, 'SuspendCase', { reason: 'Inlagd på sjukhus.' });
  return id;
};
const atStage = (stage: Stage) => (api: TestApi) => caseAt(api, stage);
const abortedAt = (stage: Stage) => async (api: TestApi) => {
  const id = await caseAt(api, stage);
  await api.given(id, parties.sendingSupervisor, 'AbortRelocation', { reason: 'Familjen flyttade själv.' });
  return id;
};
const twice = (stage: Stage | 'suspended', action: Action, actor: Party) => async (api: TestApi) => {
  const id = stage === 'suspended' ? await suspended(api) : await caseAt(api, stage);
  const first = await api.command(actor, action, id, await bodyFor(api, action, id));
  expect(first.statusCode).toBe(200);
  return id;
};

/** Where each command succeeds, who issues it, a bad body, and where it conflicts. */
const routeCases: Record<Action, RouteCase> = {
  '': {
    stage: 'draft',
    actor: parties.sendingCaseworker,
    invalid: {
      body: { ...bodies[''], person: { ...bodies[''].person, personalIdentityNumber: '123' } },
      path: 'body.person.personalIdentityNumber',
    },
  },
  consent: {
    stage: 'draft',
    actor: parties.sendingCaseworker,
    invalid: { body: { ...bodies.consent, parties: [] }, path: 'body.parties' },
    conflict: twice('consented', 'withdraw-consent', parties.sendingCaseworker),
  },
  'withdraw-consent': {
    stage: 'consented',
    actor: parties.sendingCaseworker,
    invalid: { body: { withdrawnOn: 'yesterday' }, path: 'body.withdrawnOn' },
    conflict: twice('consented', 'withdraw-consent', parties.sendingCaseworker),
  },
  submit: {
    stage: 'consented',
    actor: parties.sendingCaseworker,
    invalid: { body: { urgent: true }, path: 'body' },
    conflict: atStage('threatAssessment'),
  },
  'threat-assessments': {
    stage: 'threatAssessment',
    actor: parties.police,
    invalid: { body: { ...bodies['threat-assessments'], level: 'extreme' }, path: 'body.level' },
    conflict: atStage('matching'),
  },
  'escalate-threat': {
    stage: 'matching',
    actor: parties.police,
    invalid: {
      body: { ...bodies['escalate-threat'], exclusionZones: 'all of them' },
      path: 'body.exclusionZones',
    },
    conflict: atStage('arrived'),
  },
  propose: {
    stage: 'matching',
    actor: parties.coordinator,
    invalid: { body: { municipalityCode: '24' }, path: 'body.municipalityCode' },
    conflict: atStage('proposed'),
  },
  accept: {
    stage: 'proposed',
    actor: parties.receiving,
    invalid: { body: { ...bodies.accept, plannedMoveDate: '16/3' }, path: 'body.plannedMoveDate' },
    conflict: suspended,
  },
  decline: {
    stage: 'proposed',
    actor: parties.receiving,
    invalid: { body: { ...bodies.decline, reasonCategory: 'noReason' }, path: 'body.reasonCategory' },
    conflict: suspended,
  },
  'clear-destination': {
    stage: 'accepted',
    actor: parties.police,
    invalid: { body: {}, path: 'body.reason' },
    conflict: atStage('cleared'),
  },
  'refuse-destination': {
    stage: 'accepted',
    actor: parties.police,
    invalid: { body: { reason: 42 }, path: 'body.reason' },
    conflict: atStage('cleared'),
  },
  'confirm-arrival': {
    stage: 'cleared',
    actor: parties.receiving,
    invalid: { body: { arrivedOn: '2026-02-30x' }, path: 'body.arrivedOn' },
    conflict: atStage('accepted'),
  },
  // Arrival moves no responsibility: the sending municipality follows up and closes (docs/design.md §3.1).
  'follow-ups': {
    stage: 'arrived',
    actor: parties.sendingCaseworker,
    invalid: { body: { ...bodies['follow-ups'], month: 2 }, path: 'body.month' },
    conflict: twice('arrived', 'follow-ups', parties.sendingCaseworker),
  },
  close: {
    stage: 'arrived',
    actor: parties.sendingCaseworker,
    invalid: { body: { outcome: 'happy' }, path: 'body.outcome' },
    conflict: twice('arrived', 'close', parties.sendingCaseworker),
  },
  suspend: {
    stage: 'matching',
    actor: parties.sendingSupervisor,
    invalid: { body: { reason: '' }, path: 'body.reason' },
    conflict: atStage('draft'),
  },
  resume: {
    stage: 'suspended',
    actor: parties.sendingSupervisor,
    invalid: { body: { reason: 'ok', extra: 1 }, path: 'body' },
    conflict: atStage('matching'),
  },
  abort: {
    stage: 'matching',
    actor: parties.sendingSupervisor,
    invalid: { body: { because: 'x' }, path: 'body.reason' },
    conflict: twice('matching', 'abort', parties.sendingSupervisor),
  },
  'extend-deadline': {
    stage: 'threatAssessment',
    actor: parties.coordinator,
    invalid: { body: { ...bodies['extend-deadline'], deadlineId: 'not-a-uuid' }, path: 'body.deadlineId' },
    conflict: atStage('consented'),
  },
  handlers: {
    stage: 'draft',
    actor: parties.sendingSupervisor,
    invalid: { body: { userId: '' }, path: 'body.userId' },
    conflict: twice('draft', 'handlers', parties.sendingSupervisor),
  },
  'unassign-handler': {
    stage: 'draft',
    actor: parties.sendingSupervisor,
    invalid: { body: { user: 'anna' }, path: 'body.userId' },
    conflict: twice('draft', 'unassign-handler', parties.sendingSupervisor),
  },
  'transfer-requests': {
    stage: 'arrived',
    actor: parties.sendingCaseworker,
    invalid: { body: { ...bodies['transfer-requests'], personView: '' }, path: 'body.personView' },
    conflict: twice('arrived', 'transfer-requests', parties.sendingCaseworker),
  },
  'transfer-agree': {
    stage: 'transferRequested',
    actor: parties.receiving,
    invalid: { body: { effectiveFrom: 'tomorrow' }, path: 'body.effectiveFrom' },
    conflict: atStage('transferRefused'),
  },
  'transfer-refuse': {
    stage: 'transferRequested',
    actor: parties.receiving,
    invalid: { body: {}, path: 'body.reasons' },
    conflict: twice('transferRequested', 'transfer-refuse', parties.receiving),
  },
  'ivo-applications': {
    stage: 'transferRefused',
    actor: parties.sendingCaseworker,
    invalid: { body: { ...bodies['ivo-applications'], reference: '' }, path: 'body.reference' },
    conflict: atStage('transferRequested'),
  },
  'ivo-decisions': {
    stage: 'ivoApplied',
    actor: parties.sendingCaseworker,
    invalid: {
      body: { ...bodies['ivo-decisions'], responsibleMunicipalityCode: 'IVO' },
      path: 'body.responsibleMunicipalityCode',
    },
    conflict: atStage('ivoDecided'),
  },
  'ivo-appeals': {
    stage: 'ivoDecided',
    actor: parties.receiving,
    invalid: { body: { appealedOn: 3 }, path: 'body.appealedOn' },
    conflict: atStage('ivoAppealed'),
  },
  'ivo-decision-final': {
    stage: 'ivoAppealed',
    actor: parties.sendingCaseworker,
    invalid: { body: { responsibleMunicipalityCode: '2480' }, path: 'body.finalOn' },
    conflict: atStage('ivoApplied'),
  },
  'person-settled': {
    stage: 'arrived',
    actor: parties.receiving,
    invalid: { body: { ...bodies['person-settled'], settledOn: 'last week' }, path: 'body.settledOn' },
    conflict: async (api) => {
      const id = await caseAt(api, 'arrived');
      await api.given(id, parties.sendingCaseworker, 'CloseCase', bodies.close);
      return id;
    },
  },
  'direct-placements': {
    stage: 'matching',
    actor: parties.sendingCaseworker,
    invalid: { body: { ...bodies['direct-placements'], unitId: '' }, path: 'body.unitId' },
    conflict: atStage('proposed'),
  },
  'threat-reassessments': {
    stage: 'arrived',
    actor: parties.receivingPolice,
    invalid: { body: { ...bodies['threat-reassessments'], track: 'witness' }, path: 'body.track' },
    conflict: atStage('cleared'),
  },
  'location-compromised': {
    stage: 'arrived',
    actor: parties.police,
    invalid: { body: { ...bodies['location-compromised'], exclusion: 'country' }, path: 'body.exclusion' },
    conflict: atStage('cleared'),
  },
  'direct-placement-acknowledgements': {
    stage: 'placed',
    actor: parties.receivingSupervisor,
    invalid: { body: { note: 'x' }, path: 'body' },
    conflict: twice('placed', 'direct-placement-acknowledgements', parties.receivingSupervisor),
  },
  outcomes: {
    stage: 'arrived',
    actor: parties.sendingCaseworker,
    invalid: { body: { ...bodies.outcomes, month: 3 }, path: 'body.month' },
    conflict: atStage('cleared'),
  },
  'identity-changes': {
    stage: 'officerAssigned',
    actor: parties.police,
    invalid: {
      body: { ...bodies['identity-changes'], personalIdentityNumber: '198001012381' },
      path: 'body.personalIdentityNumber',
    },
    conflict: async (api) => {
      const id = await caseAt(api, 'officerAssigned');
      await api.given(id, parties.sendingCaseworker, 'CloseCase', bodies.close);
      return id;
    },
  },
  // The household (docs/design.md §3.2). A closed or aborted case takes no household command (409).
  'household-members': {
    stage: 'matching',
    actor: parties.sendingCaseworker,
    invalid: { body: { ...bodies['household-members'], role: 'grandparent' }, path: 'body.role' },
    conflict: atStage('family'),
  },
  'remove-household-member': {
    stage: 'family',
    actor: parties.sendingCaseworker,
    invalid: { body: { memberId: 'the child' }, path: 'body.memberId' },
    conflict: abortedAt('family'),
  },
  'child-views': {
    stage: 'family',
    actor: parties.sendingCaseworker,
    invalid: { body: { ...bodies['child-views'], heardOn: 'igår' }, path: 'body.heardOn' },
    conflict: abortedAt('family'),
  },
  'child-impact-assessments': {
    stage: 'family',
    actor: parties.sendingCaseworker,
    invalid: { body: { ...bodies['child-impact-assessments'], health: 42 }, path: 'body.health' },
    conflict: abortedAt('family'),
  },
  'child-placement-applications': {
    stage: 'family',
    actor: parties.sendingCaseworker,
    invalid: {
      body: { ...bodies['child-placement-applications'], courtReference: '' },
      path: 'body.courtReference',
    },
    conflict: atStage('childApplied'),
  },
  'child-placement-decisions': {
    stage: 'childApplied',
    actor: parties.sendingCaseworker,
    invalid: { body: { ...bodies['child-placement-decisions'], outcome: 'maybe' }, path: 'body.outcome' },
    conflict: atStage('family'),
  },
  'school-placements': {
    stage: 'schoolOwed',
    actor: parties.receiving,
    invalid: { body: { ...bodies['school-placements'], startsOn: 'snart' }, path: 'body.startsOn' },
    conflict: twice('schoolOwed', 'school-placements', parties.receiving),
  },
};

const setUpCase = async (api: TestApi, routeCase: RouteCase): Promise<string> =>
  routeCase.stage === 'suspended' ? suspended(api) : caseAt(api, routeCase.stage);

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(() => api.close());

describe.each(commandRouteTable.map((route) => [route.action || '(initiate)', route] as const))(
  'POST %s',
  (_name, route) => {
    const spec = routeCases[route.action];
    const creates = route.action === '';

    it('succeeds for the party it belongs to and answers the new revision, position and state', async () => {
      const id = creates ? undefined : await setUpCase(api, spec);
      const before = id === undefined ? [] : await api.events(id);
      const body = id === undefined ? bodies[''] : await bodyFor(api, route.action, id);
      const response = await api.command(spec.actor, route.action, id, body);
      expect(response.statusCode, response.body).toBe(creates ? 201 : 200);
      const json = response.json<{
        relocationId: string;
        revision: number;
        position: string;
        status: string;
      }>();
      const events = await api.events(json.relocationId);
      expect(events.length).toBeGreaterThan(before.length);
      expect(json.revision).toBe(events.length - 1);
      expect(json.position).toBe(events.at(-1)?.globalPosition.toString());
      expect(json.status).toBe((await api.state(json.relocationId)).status);
      // A compromised location also names the linked case it opened (docs/design.md §3.4).
      const renews = route.type === 'RecordLocationCompromised';
      expect(Object.keys(json).sort()).toEqual([
        'position',
        'relocationId',
        ...(renews ? ['renewedRelocationId'] : []),
        'revision',
        'status',
      ]);
      expect(response.headers.etag).toBe(`"${json.revision}"`);
      // The actor comes from the token.
      expect(events.at(-1)?.metadata).toMatchObject({
        actor: { userId: spec.actor.sub, organisationId: spec.actor.org },
      });
    });

    it('refuses an invalid body with 400 naming the field, and appends nothing', async () => {
      const id = creates ? randomUUID() : await setUpCase(api, spec);
      const before = await api.events(id);
      const response = await api.command(
        spec.actor,
        route.action,
        creates ? undefined : id,
        spec.invalid.body,
      );
      expect(response.statusCode).toBe(400);
      const json = response.json<{ code: string; details: { issues: { path: string }[] } }>();
      expect(json.code).toBe('VALIDATION_FAILED');
      expect(json.details.issues.map((issue) => issue.path)).toContain(spec.invalid.path);
      expect(await api.events(id)).toEqual(before);
    });

    it.runIf(creates)('refuses an organisation without the right with 403, and appends nothing', async () => {
      const response = await api.command(parties.police, route.action, undefined, bodies['']);
      expect(response.statusCode, response.body).toBe(403);
      expect(response.json()).toMatchObject({ code: 'FORBIDDEN_FOR_ROLE' });
    });

    it.skipIf(creates)(
      'answers the auditor exactly as for a missing case (404), and appends nothing (issue 10)',
      async () => {
        const id = await setUpCase(api, spec);
        const before = await api.events(id);
        const body = await bodyFor(api, route.action, id);
        const real = await api.command(parties.auditor, route.action, id, body);
        const missing = await api.command(parties.auditor, route.action, randomUUID(), body);
        expect(real.statusCode, real.body).toBe(404);
        expect(real.body).toBe(missing.body);
        expect(await api.events(id)).toEqual(before);
      },
    );

    it.skipIf(creates)(
      'answers an organisation outside the case exactly as for a missing case (404)',
      async () => {
        const id = await setUpCase(api, spec);
        const before = await api.events(id);
        const body = await bodyFor(api, route.action, id);
        const outside = await api.command(parties.unrelated, route.action, id, body);
        const missing = await api.command(parties.unrelated, route.action, randomUUID(), body);
        expect(outside.statusCode).toBe(404);
        expect(outside.body).toBe(missing.body);
        expect(outside.json()).toEqual({
          code: 'NOT_FOUND',
          message: expect.any(String),
          details: {},
        });
        expect(await api.events(id)).toEqual(before);
      },
    );

    it.skipIf(creates)(
      'answers 409 where the case’s state does not allow it, and appends nothing',
      async () => {
        const id = await (spec.conflict ?? (() => Promise.reject(new Error('no conflict case'))))(api);
        const before = await api.events(id);
        const response = await api.command(
          spec.actor,
          route.action,
          id,
          await bodyFor(api, route.action, id),
        );
        expect(response.statusCode, response.body).toBe(409);
        expect(response.json<{ code: string }>().code).not.toBe('NOT_FOUND');
        expect(await api.events(id)).toEqual(before);
      },
    );

    it.skipIf(creates)(
      'answers 412 when If-Match names another revision, then accepts the current one',
      async () => {
        const id = await setUpCase(api, spec);
        const before = await api.events(id);
        const body = await bodyFor(api, route.action, id);
        const stale = await api.command(spec.actor, route.action, id, body, {
          'if-match': `"${before.length}"`,
        });
        expect(stale.statusCode).toBe(412);
        expect(stale.json()).toMatchObject({
          code: 'PRECONDITION_FAILED',
          details: { currentRevision: before.length - 1 },
        });
        expect(await api.events(id)).toEqual(before);
        const current = await api.command(spec.actor, route.action, id, body, {
          'if-match': `"${before.length - 1}"`,
        });
        expect(current.statusCode, current.body).toBe(200);
      },
    );

    it('answers a retry with the same Idempotency-Key with the first response and appends nothing', async () => {
      const id = creates ? undefined : await setUpCase(api, spec);
      const body = id === undefined ? bodies[''] : await bodyFor(api, route.action, id);
      const key = { 'idempotency-key': randomUUID() };
      const first = await api.command(spec.actor, route.action, id, body, key);
      expect(first.statusCode, first.body).toBe(creates ? 201 : 200);
      const relocationId = first.json<{ relocationId: string }>().relocationId;
      const after = await api.events(relocationId);
      const retry = await api.command(spec.actor, route.action, id, body, key);
      expect(retry.statusCode).toBe(first.statusCode);
      expect(retry.body).toBe(first.body);
      expect(retry.headers['idempotent-replayed']).toBe('true');
      expect(await api.events(relocationId)).toEqual(after);
    });
  },
);
