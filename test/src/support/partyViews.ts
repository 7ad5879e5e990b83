import { randomUUID } from 'node:crypto';
import {
  commandBodies,
  commandRouteTable,
  createDemoClient,
  demoAddress,
  demoPartyNames,
  demoPerson,
} from '@relocation/api/demo';
import type { DemoParty, DemoPartyName, DemoResult, Exchange } from '@relocation/api/demo';
import { expect } from 'vitest';

export interface EngineAccess {
  readonly baseUrl: string;
  readonly tokenFor: (party: DemoParty) => Promise<string>;
}

const textOf = (exchange: Exchange): string => JSON.stringify(exchange.body);

/** A valid body for a command route, or {} for a route the API's scenario bodies do not cover yet. */
const bodyOf = (action: string): unknown =>
  Object.hasOwn(commandBodies, action) ? commandBodies[action as keyof typeof commandBodies] : {};

/** Every case endpoint a party can call: detail, history, and each command route with a valid body. */
async function everyCaseEndpoint(
  access: EngineAccess,
  party: DemoPartyName,
  relocationId: string,
): Promise<Exchange[]> {
  const client = createDemoClient(access);
  const answers = [
    await client.request(party, 'GET', `/v1/relocations/${relocationId}`),
    await client.request(party, 'GET', `/v1/relocations/${relocationId}/history`),
  ];
  for (const route of commandRouteTable) {
    if (route.action === '') continue;
    const body = bodyOf(route.action);
    answers.push(
      await client.request(party, 'POST', `/v1/relocations/${relocationId}/${route.action}`, body),
    );
  }
  return answers;
}

/** What a party reads of the case now: detail, history and its case list (after `position`). */
export async function readViews(
  access: EngineAccess,
  party: DemoPartyName,
  relocationId: string,
  position: string,
): Promise<Exchange[]> {
  const client = createDemoClient(access);
  return [
    await client.request(party, 'GET', `/v1/relocations/${relocationId}?minPosition=${position}`),
    await client.request(party, 'GET', `/v1/relocations/${relocationId}/history?minPosition=${position}`),
    await client.request(party, 'GET', `/v1/relocations?minPosition=${position}`),
  ];
}

/**
 * The need-to-know rules, checked on everything the demo's parties were shown plus a fresh read of every view:
 * the sending municipality never sees the new address; the coordinator never sees identity; the municipality
 * that declined loses access; an unrelated municipality gets the same 404 as for a case that does not exist, on
 * every case endpoint.
 */
export async function expectPartyViews(access: EngineAccess, result: DemoResult): Promise<void> {
  const { relocationId, lastPosition } = result;
  const seen = new Map<DemoPartyName, Exchange[]>();
  for (const party of demoPartyNames) {
    const now = await readViews(access, party, relocationId, lastPosition);
    seen.set(party, [...result.exchanges.filter((e) => e.party === party), ...now]);
  }
  /** The requests whose answers to the party contained the text (short, so that a failure reads well). */
  const shown = (party: DemoPartyName, needle: string): string[] =>
    (seen.get(party) ?? [])
      .filter((e) => textOf(e).includes(needle))
      .map((e) => `${e.method} ${e.path.replace(relocationId, ':id')} ${e.status}`);

  // The searches can find what they look for: the address reaches the receiving municipality, the name and the
  // personnummer reach the sending one.
  expect(shown('receiving', demoAddress)).not.toEqual([]);
  expect(shown('sending', demoPerson.name)).not.toEqual([]);
  expect(shown('sending', demoPerson.personalIdentityNumber)).not.toEqual([]);

  // The sending municipality never saw the new address.
  expect(shown('sending', demoAddress)).toEqual([]);

  // The coordinator saw the case under a pseudonym, never the name or the personnummer.
  const coordinatorDetail = seen
    .get('coordinator')
    ?.find((e) => e.path.startsWith(`/v1/relocations/${relocationId}?`));
  expect(coordinatorDetail?.status).toBe(200);
  expect(coordinatorDetail?.body).toMatchObject({ pseudonym: expect.stringMatching(/^P-[0-9a-f]{8}$/) });
  expect(shown('coordinator', demoPerson.name)).toEqual([]);
  expect(shown('coordinator', demoPerson.personalIdentityNumber)).toEqual([]);

  const notFound = await readViews(access, 'unrelated', randomUUID(), lastPosition);
  const [missingDetail, missingHistory] = notFound;

  // Uppsala could see the case while it was proposed; after declining, detail and history are 404 like a case
  // that does not exist, and its list no longer has the case.
  const declining = seen.get('declining') ?? [];
  expect(
    declining.some((e) => e.method === 'GET' && e.status === 200 && textOf(e).includes(relocationId)),
  ).toBe(true);
  const [detail, history, list] = await readViews(access, 'declining', relocationId, lastPosition);
  expect({ status: detail?.status, body: detail?.body }).toEqual({
    status: 404,
    body: missingDetail?.body,
  });
  expect({ status: history?.status, body: history?.body }).toEqual({
    status: 404,
    body: missingHistory?.body,
  });
  expect(list?.status).toBe(200);
  expect(JSON.stringify(list?.body).includes(relocationId)).toBe(false);
  expect(shown('declining', demoPerson.name)).toEqual([]);
  expect(shown('declining', demoAddress)).toEqual([]);

  // Malmö gets, on every case endpoint, exactly what it gets for a random id.
  const onCase = await everyCaseEndpoint(access, 'unrelated', relocationId);
  const onNothing = await everyCaseEndpoint(access, 'unrelated', randomUUID());
  expect(onCase).toHaveLength(commandRouteTable.length + 1);
  onCase.forEach((answer, index) => {
    const route = answer.path.replace(relocationId, ':id');
    const twin = onNothing[index];
    // With a valid body the answer is 404; a body the route refuses is a 400 alike for both ids.
    const action = route.split('/')[4];
    const expected = action === undefined || Object.hasOwn(commandBodies, action) ? 404 : twin?.status;
    expect({ route, status: answer.status }).toEqual({ route, status: expected });
    expect({ route, body: answer.body }).toEqual({ route, body: twin?.body });
  });
  expect(shown('unrelated', demoPerson.name)).toEqual([]);
  expect(shown('unrelated', demoAddress)).toEqual([]);
  const unrelatedList = seen.get('unrelated')?.find((e) => e.path.startsWith('/v1/relocations?'));
  expect(unrelatedList?.status).toBe(200);
  expect(JSON.stringify(unrelatedList?.body).includes(relocationId)).toBe(false);
}
