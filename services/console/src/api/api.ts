import { createApiClient } from '@relocation/api-client';
import type { paths } from '@relocation/api-client';
import { ApiError } from './apiError.ts';
import type { Http, TokenSource } from './http.ts';
import type { CommandAnswer, JsonSchema } from './types.ts';

type Filters = Record<string, string | undefined>;
/** The list's query parameters as the API documents them. */
export type StalledQuery = NonNullable<paths['/v1/dashboard/stalled']['get']['parameters']['query']>;
export type ListQuery = NonNullable<paths['/v1/relocations']['get']['parameters']['query']>;
export type ProviderQuery = NonNullable<paths['/v1/providers']['get']['parameters']['query']>;

/** Drops unset and empty filters, so the API sees an omitted parameter rather than an empty one. */
function defined<T extends Filters>(filters: T): Partial<T> {
  const result: Filters = {};
  for (const [key, value] of Object.entries(filters))
    if (value !== undefined && value !== '') result[key] = value;
  return result as Partial<T>;
}

/** openapi-fetch's answer: the body on 2xx, otherwise the API's `{ code, message, details }` as an ApiError. */
function unwrap<T>(
  answer: { data?: T; error?: unknown; response: Response },
  onUnauthorized: () => void,
): { body: T; etag: string | null } {
  const { response } = answer;
  if (!response.ok || answer.data === undefined) {
    if (response.status === 401) onUnauthorized();
    const error = (answer.error ?? {}) as { code?: string; message?: string; details?: unknown };
    throw new ApiError(
      response.status,
      error.code ?? `HTTP_${response.status}`,
      error.message ?? response.statusText,
      error.details ?? null,
    );
  }
  return { body: answer.data, etag: response.headers.get('etag') };
}

/**
 * Every call the console makes, through the client generated from the API's OpenAPI document (routes, parameters
 * and answers typed by it). The paths carry case ids only, never personal data; the token travels in the
 * Authorization header. Commands go to the path the API offered in `availableActions`, so they use `http`.
 */
export function createApi(http: Http, token: TokenSource, onUnauthorized: () => void) {
  const client = createApiClient({ baseUrl: '' });
  client.use({
    onRequest({ request }) {
      const bearer = token();
      if (bearer !== undefined) request.headers.set('authorization', `Bearer ${bearer}`);
      request.headers.set('accept', 'application/json');
      return new Request(request, { cache: 'no-store', credentials: 'omit' });
    },
  });
  const ok = <T>(answer: { data?: T; error?: unknown; response: Response }) =>
    unwrap(answer, onUnauthorized).body;

  return {
    config: async () => ok(await client.GET('/v1/console/config')),
    devPeople: async () => ok(await client.GET('/v1/dev/people')).people,
    devSignIn: async (personId: string) => ok(await client.POST('/v1/dev/sign-in', { body: { personId } })),
    listCases: async (filters: Pick<ListQuery, 'state' | 'urgency' | 'minPosition'> = {}) =>
      ok(
        await client.GET('/v1/relocations', {
          params: { query: { limit: 100, ...defined(filters) } },
        }),
      ),
    getCase: async (id: string, minPosition?: string) => {
      const answer = unwrap(
        await client.GET('/v1/relocations/{id}', {
          params: { path: { id }, query: defined({ minPosition }) },
        }),
        onUnauthorized,
      );
      return { view: answer.body, etag: answer.etag };
    },
    history: async (id: string, minPosition?: string) =>
      ok(
        await client.GET('/v1/relocations/{id}/history', {
          params: { path: { id }, query: defined({ minPosition }) },
        }),
      ),
    proposable: async (id: string, minPosition?: string) =>
      ok(
        await client.GET('/v1/relocations/{id}/proposable-municipalities', {
          params: { path: { id }, query: defined({ minPosition }) },
        }),
      ).municipalityCodes,
    reference: async () => ok(await client.GET('/v1/municipalities')),
    /** The OpenAPI document itself (the wizard's fields come from the schema of `POST /v1/relocations`). */
    openApi: async () =>
      (
        await http<{
          paths: Record<string, Record<string, { requestBody?: unknown }>>;
          components?: JsonSchema;
        }>('/docs/json')
      ).body,
    command: async (
      path: string,
      body: unknown,
      headers: { ifMatch?: string | undefined; idempotencyKey: string },
    ) =>
      (
        await http<CommandAnswer>(path, {
          method: 'POST',
          body,
          headers: {
            'idempotency-key': headers.idempotencyKey,
            ...(headers.ifMatch === undefined ? {} : { 'if-match': headers.ifMatch }),
          },
        })
      ).body,
    stalled: async (filters: Omit<StalledQuery, 'limit'>) =>
      ok(await client.GET('/v1/dashboard/stalled', { params: { query: defined(filters) } })),
    overview: async () => ok(await client.GET('/v1/dashboard/overview')),
    statistics: async () => ok(await client.GET('/v1/statistics')),
    /** A research export (every table) as a file; the API records it in the access log. */
    exportStatistics: async (format: 'csv' | 'parquet'): Promise<Blob> => {
      const bearer = token();
      const response = await fetch(`/v1/statistics/export?format=${format}&table=all`, {
        headers: bearer === undefined ? {} : { authorization: `Bearer ${bearer}` },
        cache: 'no-store',
        credentials: 'omit',
      });
      if (!response.ok) {
        if (response.status === 401) onUnauthorized();
        throw new ApiError(response.status, `HTTP_${response.status}`, response.statusText, null);
      }
      return response.blob();
    },
    transfers: async () => ok(await client.GET('/v1/dashboard/transfers')),
    households: async () => ok(await client.GET('/v1/dashboard/households')),
    accessLog: async (filters: {
      relocationId?: string;
      userId?: string;
      organisationId?: string;
      from?: string;
      to?: string;
    }) => ok(await client.GET('/v1/audit/access-log', { params: { query: defined(filters) } })),
    verify: async () => ok(await client.GET('/v1/audit/verify')),
    providers: async (filters: ProviderQuery = {}) =>
      ok(await client.GET('/v1/providers', { params: { query: defined(filters) } })).units,
  };
}

export type Api = ReturnType<typeof createApi>;
