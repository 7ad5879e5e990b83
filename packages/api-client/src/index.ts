// @relocation/api-client: a typed client for the relocation API, generated from its OpenAPI document.
import createClient from 'openapi-fetch';
import type { ClientOptions } from 'openapi-fetch';
import type { components, paths } from './schema.d.ts';

export type { components, paths } from './schema.d.ts';

/** A component schema of the API by name, e.g. `Schema<'CommandAnswer'>`. */
export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];

/** Every error code the API answers, by HTTP status (the `code` of its `{ code, message, details }` body). */
export type ErrorCode<Status extends 400 | 401 | 403 | 404 | 409 | 412 | 413 | 415 | 422 | 429 | 500 | 503> =
  components['schemas'][`Error${Status}`]['code'];

export type ApiClient = ReturnType<typeof createClient<paths>>;

/**
 * A client for the API at `baseUrl` (same origin in the console: pass ''). Every route, body, answer and error is
 * typed from the OpenAPI document; add the bearer token with `headers` or a middleware (`client.use`).
 */
export function createApiClient(options: ClientOptions = {}): ApiClient {
  return createClient<paths>(options);
}
