import { createPgliteDriver } from '@relocation/postgres';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandPathOf, commandRouteTable } from '../routes/commands/commandRouteTable.ts';
import { createSqlTestApi, type SqlTestApi } from '../testing/commandFlow.ts';
import { parties, type Party } from '../testing/parties.ts';
import { caseAt } from '../testing/scenario.ts';

/** Values attackers and careless clients send: injection, unicode, prototype keys, huge and odd strings. */
const nastyString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  fc.string({ unit: 'binary', maxLength: 50 }),
  fc.constantFrom(
    "'; DROP TABLE relocations; --",
    '" OR 1=1 --',
    '$1::text); SELECT pg_sleep(10); --',
    '{"$gt": ""}',
    '<script>alert(1)</script>',
    '../../etc/passwd',
    '\u0000',
    '\uD800',
    '🇸🇪👨‍👩‍👧',
    '199001012385',
    'municipality:0180',
    'NaN',
  ),
  fc.integer({ min: 1, max: 3 }).map((n) => 'x'.repeat(n * 100_000)),
);
const prototypeKeys = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty');
const nastyJson: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    nastyString,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(fc.oneof(fc.string(), prototypeKeys), tie('value'), { maxKeys: 5 }),
  ),
})).value;
/** Bodies as raw text, so that broken JSON and prototype-pollution keys reach the server untouched. */
const rawBody = fc.oneof(
  nastyJson.map((value) => JSON.stringify(value) ?? 'null'),
  fc.constantFrom(
    '{"__proto__": {"isAdmin": true}}',
    '{"constructor": {"prototype": {"x": 1}}}',
    '{',
    '[]',
    '',
    'null',
  ),
  nastyString,
);
const randomId = fc.oneof(
  fc.uuid(),
  nastyString.filter((s) => s.length < 2000),
);
const queryString = fc
  .dictionary(
    fc.oneof(
      fc.string(),
      fc.constantFrom(
        'limit',
        'cursor',
        'state',
        'stalled',
        'minPosition',
        'userId',
        'from',
        'to',
        'afterSeq',
        'relocationId',
      ),
    ),
    nastyString.filter((s) => s.length < 2000),
    { maxKeys: 4 },
  )
  .map((params) => new URLSearchParams(params).toString());

const numRuns = 50;

/** A path segment for any string; a lone surrogate (not encodable) goes as the raw UTF-8 bytes of one. */
const segment = (value: string): string => {
  try {
    return encodeURIComponent(value);
  } catch {
    return '%ED%A0%80';
  }
};

describe('fuzzing every endpoint: 4xx in the error shape, never 5xx, nothing appended', () => {
  let sql: SqlTestApi;
  let caseId: string;
  const tokens = new Map<Party, string>();
  beforeAll(async () => {
    sql = await createSqlTestApi(createPgliteDriver({ dataDir: 'memory://' }), {
      bodyLimitBytes: 262_144,
      rateLimit: { max: 1_000_000, windowMs: 60_000 },
      // `?minPosition=` beyond what the read models hold answers 503 READ_MODEL_BEHIND after this wait.
      readWaitMs: 30,
    });
    caseId = await caseAt(sql.api, 'draft');
    for (const party of [
      parties.sendingCaseworker,
      parties.sendingSupervisor,
      parties.auditor,
      parties.police,
    ]) {
      tokens.set(party, await sql.api.tokenFor(party));
    }
  });
  afterAll(() => sql.close());

  const eventCount = async () => (await sql.store.readAll({ batchSize: 100_000 })).events.length;
  const party = fc.constantFrom(
    parties.sendingCaseworker,
    parties.sendingSupervisor,
    parties.auditor,
    parties.police,
  );

  /**
   * The one 5xx a request can earn by design is read-your-writes' 503 READ_MODEL_BEHIND (with Retry-After) for a
   * `minPosition` the read models have not reached: a "not yet", not a failure. Anything else must be < 500.
   */
  const expectClientError = (
    response: { statusCode: number; body: string; headers: Record<string, unknown>; json: () => unknown },
    label: string,
  ) => {
    const behind =
      response.statusCode === 503 &&
      (response.json() as { code?: unknown }).code === 'READ_MODEL_BEHIND' &&
      response.headers['retry-after'] === '1';
    if (!behind) expect(response.statusCode, `${label}: ${response.body.slice(0, 300)}`).toBeLessThan(500);
    if (response.statusCode >= 400) {
      const body = response.json() as Record<string, unknown>;
      expect(Object.keys(body).sort(), label).toEqual(expect.arrayContaining(['code', 'message']));
      expect(typeof body.code).toBe('string');
      expect(typeof body.message).toBe('string');
      for (const key of Object.keys(body)) expect(['code', 'message', 'details']).toContain(key);
    }
  };

  it.each(commandRouteTable.map((route) => [route.action || '(initiate)', route] as const))(
    'POST %s',
    async (_name, route) => {
      const before = await eventCount();
      await fc.assert(
        fc.asyncProperty(party, rawBody, fc.oneof(fc.constant(caseId), randomId), async (who, body, id) => {
          const url = commandPathOf(route).replace(':id', segment(id));
          const response = await sql.api.app.inject({
            method: 'POST',
            url,
            headers: { authorization: `Bearer ${tokens.get(who)}`, 'content-type': 'application/json' },
            payload: body,
          });
          expectClientError(response, `${route.type} as ${who.sub}`);
          expect(response.statusCode).toBeGreaterThanOrEqual(400);
        }),
        { numRuns },
      );
      expect(await eventCount()).toBe(before);
    },
  );

  const queryPaths = [
    (id: string) => `/v1/relocations/${segment(id)}`,
    (id: string) => `/v1/relocations/${segment(id)}/history`,
    () => '/v1/relocations',
    () => '/v1/municipalities',
    () => '/v1/audit/access-log',
    () => '/v1/audit/verify',
    () => '/v1/dashboard/stalled',
  ];

  it.each(queryPaths.map((path) => [path('{id}'), path] as const))('GET %s', async (_name, path) => {
    const before = await eventCount();
    await fc.assert(
      fc.asyncProperty(
        party,
        fc.oneof(fc.constant(caseId), randomId),
        queryString,
        async (who, id, query) => {
          const response = await sql.api.app.inject({
            method: 'GET',
            url: `${path(id)}?${query}`,
            headers: { authorization: `Bearer ${tokens.get(who)}` },
          });
          expectClientError(response, `${path(id)}?${query.slice(0, 100)} as ${who.sub}`);
        },
      ),
      { numRuns },
    );
    expect(await eventCount()).toBe(before);
  });
});
