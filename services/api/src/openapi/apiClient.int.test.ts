import { randomUUID } from 'node:crypto';
import { createApiClient, type ApiClient, type ErrorCode, type Schema } from '@relocation/api-client';
import { createPgliteDriver } from '@relocation/postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSqlTestApi, type SqlTestApi } from '../testing/commandFlow.ts';
import { bodies } from '../testing/scenario.ts';

/** The generated client (openapi-typescript + openapi-fetch) against the real app: every value typed, no casts. */
describe('@relocation/api-client against buildApp', () => {
  let sql: SqlTestApi;
  let client: ApiClient;
  beforeAll(async () => {
    sql = await createSqlTestApi(createPgliteDriver({ dataDir: 'memory://' }), {
      console: { mode: 'dev' },
      clock: () => new Date(),
    });
    client = createApiClient({ baseUrl: await sql.api.app.listen({ port: 0, host: '127.0.0.1' }) });
  });
  afterAll(() => sql.close());

  const signIn = async (personId: string): Promise<Record<string, string>> => {
    const { data, error } = await client.POST('/v1/dev/sign-in', { body: { personId } });
    if (error !== undefined) throw new Error(error.code);
    return { authorization: `Bearer ${data.token}` };
  };

  it('reads the console configuration', async () => {
    const { data } = await client.GET('/v1/console/config');
    expect(data?.auth.mode).toBe('dev');
    expect(data?.languages).toContain('sv');
  });

  it('starts a case, consents with If-Match and an Idempotency-Key, and reads it with its actions', async () => {
    const anna = await signIn('anna');
    const created = await client.POST('/v1/relocations', { body: bodies[''], headers: anna });
    const answer: Schema<'CommandAnswer'> | undefined = created.data;
    expect(created.response.status).toBe(201);
    expect(answer?.status).toBe('draft');
    const id = answer?.relocationId ?? '';

    const consent = await client.POST('/v1/relocations/{id}/consent', {
      params: {
        path: { id },
        header: { 'if-match': String(answer?.revision), 'idempotency-key': randomUUID() },
      },
      body: bodies.consent,
      headers: anna,
    });
    expect(consent.data?.revision).toBeGreaterThan(answer?.revision ?? 0);

    const read = await client.GET('/v1/relocations/{id}', {
      params: { path: { id }, query: { minPosition: consent.data?.position } },
      headers: anna,
    });
    expect(read.data?.identity?.name).toBe(bodies[''].person.name);
    expect(read.data?.identity?.protectionLevel).toBe(bodies[''].person.protectionLevel);
    const commands = read.data?.availableActions.map((action) => action.command);
    expect(commands).toContain('SubmitRelocation');

    const history = await client.GET('/v1/relocations/{id}/history', {
      params: { path: { id } },
      headers: anna,
    });
    expect(history.data?.entries[0]?.type).toBe('RelocationInitiated');
  });

  it('gives typed errors: the code is one of the documented enum', async () => {
    const ulf = await signIn('ulf');
    const missing = await client.GET('/v1/relocations/{id}', {
      params: { path: { id: randomUUID() } },
      headers: ulf,
    });
    // The error is one of the route's documented bodies: its code is one of their enums.
    const notFound: ErrorCode<400 | 401 | 404 | 429 | 500 | 503> | undefined = missing.error?.code;
    expect(notFound).toBe('NOT_FOUND');

    const stale = await client.POST('/v1/relocations/{id}/submit', {
      params: { path: { id: randomUUID() }, header: { 'if-match': 'not-a-revision' } },
      body: {},
      headers: ulf,
    });
    const invalid:
      ErrorCode<400 | 401 | 403 | 404 | 409 | 412 | 413 | 415 | 422 | 429 | 500 | 503> | undefined =
      stale.error?.code;
    expect(invalid).toBe('VALIDATION_FAILED');
    expect(stale.error?.details.issues?.[0]?.path).toBe('headers.if-match');
  });
});
