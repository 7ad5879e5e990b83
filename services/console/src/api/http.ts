import { ApiError } from './apiError.ts';

export type TokenSource = () => string | undefined;

export interface RequestOptions {
  readonly method?: 'GET' | 'POST';
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
  readonly signal?: AbortSignal;
}

export interface ApiAnswer<T> {
  readonly status: number;
  readonly body: T;
  readonly etag: string | null;
}

/**
 * One request to the API on the same origin, the bearer token in the Authorization header (never in the URL).
 * Throws ApiError for any non-2xx answer; `onUnauthorized` runs on a 401 so the session can end.
 */
export function createHttp(token: TokenSource, onUnauthorized: () => void) {
  return async function request<T>(path: string, options: RequestOptions = {}): Promise<ApiAnswer<T>> {
    const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
    const bearer = token();
    if (bearer !== undefined) headers.authorization = `Bearer ${bearer}`;
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(path, {
      method: options.method ?? 'GET',
      headers,
      cache: 'no-store',
      credentials: 'omit',
      ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
      ...(options.signal === undefined ? {} : { signal: options.signal }),
    });
    const text = await response.text();
    const body: unknown = text === '' ? null : JSON.parse(text);
    if (!response.ok) {
      if (response.status === 401) onUnauthorized();
      const error = (body ?? {}) as { code?: string; message?: string; details?: unknown };
      throw new ApiError(
        response.status,
        error.code ?? `HTTP_${response.status}`,
        error.message ?? response.statusText,
        error.details ?? null,
      );
    }
    return { status: response.status, body: body as T, etag: response.headers.get('etag') };
  };
}

export type Http = ReturnType<typeof createHttp>;
