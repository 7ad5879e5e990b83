import { createHash, randomBytes } from 'node:crypto';
import { createTokenVerifier } from '@relocation/access';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isKnownMunicipality } from '../municipalities.ts';
import { startOidcProvider, type RunningOidcProvider } from '../testing/oidcProvider.ts';
import { bodies } from '../testing/scenario.ts';
import { createTestApi, type TestApi } from '../testing/testApi.ts';

const clientId = 'relocation-console';
const redirectUri = 'http://127.0.0.1:5173/signed-in';
const afterLogout = 'http://127.0.0.1:5173/signed-out';
const resource = 'https://relocation.example.se/api';

/** A browser's cookie jar for the provider's origin, enough for its interaction and session cookies. */
class Cookies {
  private readonly jar = new Map<string, string>();
  take(response: Response): void {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ''] = cookie.split(';');
      const [name = '', value = ''] = pair.split('=');
      if (/expires=Thu, 01 Jan 1970/i.test(cookie) || value === '') this.jar.delete(name);
      else this.jar.set(name, value);
    }
  }
  header(): string {
    return [...this.jar].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

/** A browser step: the request with the jar's cookies, no automatic redirects. */
async function step(cookies: Cookies, url: string, form?: Record<string, string>): Promise<Response> {
  const response = await fetch(url, {
    method: form === undefined ? 'GET' : 'POST',
    redirect: 'manual',
    headers: {
      cookie: cookies.header(),
      ...(form === undefined ? {} : { 'content-type': 'application/x-www-form-urlencoded' }),
    },
    ...(form === undefined ? {} : { body: new URLSearchParams(form).toString() }),
  });
  cookies.take(response);
  return response;
}

const locationOf = (response: Response, base: string): string => {
  const location = response.headers.get('location');
  if (location === null) throw new Error(`no redirect (${response.status}) from ${response.url}`);
  return new URL(location, base).toString();
};

describe('AUTH_MODE=jwks against a real OIDC provider (oidc-provider, authorization code + PKCE)', () => {
  let provider: RunningOidcProvider;
  let api: TestApi;
  /** How far the API's clock is ahead of the real one (to show expiry without waiting). */
  let skewMs = 0;

  beforeAll(async () => {
    provider = await startOidcProvider({
      clientId,
      redirectUris: [redirectUri],
      postLogoutRedirectUris: [afterLogout],
      resource,
      accessTokenSeconds: 300,
      users: [
        { id: 'anna', name: 'Anna Andersson', organisationId: 'municipality:0180', role: 'caseworker' },
        { id: 'kim', name: 'Kim Kvist', organisationId: 'police:stockholm', role: 'police' },
      ],
    });
    api = await createTestApi({
      verifier: createTokenVerifier({
        mode: 'jwks',
        jwksUrl: provider.jwksUrl,
        issuer: provider.issuer,
        audience: resource,
        isKnownMunicipality,
        currentDate: () => new Date(Date.now() + skewMs),
      }),
      clock: () => new Date(),
    });
  });
  afterAll(async () => {
    await api.close();
    await provider.close();
  });

  /** Signs in as `login` the way the console does (PKCE, state, resource indicator); the browser's cookies. */
  async function signIn(
    login: string,
    cookies = new Cookies(),
  ): Promise<{ accessToken: string; idToken: string; cookies: Cookies }> {
    const verifier = randomBytes(32).toString('base64url');
    const challenge = createHash('sha256').update(verifier).digest('base64url');
    const state = randomBytes(16).toString('base64url');
    const authorize = new URL(`${provider.issuer}/auth`);
    authorize.search = new URLSearchParams({
      client_id: clientId,
      redirect_uri: redirectUri,
      response_type: 'code',
      scope: 'openid profile relocation',
      code_challenge: challenge,
      code_challenge_method: 'S256',
      state,
      resource,
    }).toString();

    let url = authorize.toString();
    let code: string | null = null;
    // Follow the provider: its login form (any password), its consent form, then back to the console.
    for (let hops = 0; hops < 12 && code === null; hops += 1) {
      if (url.startsWith(redirectUri)) {
        const back = new URL(url);
        expect(back.searchParams.get('state')).toBe(state);
        expect(back.searchParams.get('error')).toBeNull();
        code = back.searchParams.get('code');
        break;
      }
      let response = await step(cookies, url);
      if (response.status === 200 && url.includes('/interaction/')) {
        const html = await response.text();
        const form: Record<string, string> = html.includes('name="login"')
          ? { prompt: 'login', login, password: 'any' }
          : { prompt: 'consent' };
        response = await step(cookies, url, form);
      }
      url = locationOf(response, provider.issuer);
    }
    if (code === null) throw new Error('no authorization code');

    const token = await fetch(`${provider.issuer}/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code,
        redirect_uri: redirectUri,
        client_id: clientId,
        code_verifier: verifier,
      }).toString(),
    });
    const tokens = (await token.json()) as { access_token?: string; id_token?: string; token_type?: string };
    expect(token.status, JSON.stringify(tokens)).toBe(200);
    return { accessToken: tokens.access_token ?? '', idToken: tokens.id_token ?? '', cookies };
  }

  const initiate = (accessToken: string) =>
    api.app.inject({
      method: 'POST',
      url: '/v1/relocations',
      headers: { authorization: `Bearer ${accessToken}` },
      payload: bodies[''],
    });

  it('signs in with code + PKCE; the JWT access token for the API resource works on the API', async () => {
    const { accessToken } = await signIn('anna');
    const [, payload = ''] = accessToken.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
    expect(claims).toMatchObject({
      iss: provider.issuer,
      aud: resource,
      sub: 'anna',
      org: 'municipality:0180',
      roles: ['caseworker'],
    });
    const created = await initiate(accessToken);
    expect(created.statusCode, created.body).toBe(201);
    const events = await api.events(created.json<{ relocationId: string }>().relocationId);
    expect(events[0]?.metadata).toMatchObject({
      actor: { userId: 'anna', organisationId: 'municipality:0180' },
    });
  });

  it('refuses a token request without the PKCE verifier', async () => {
    const response = await fetch(`${provider.issuer}/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code: 'made-up',
        redirect_uri: redirectUri,
        client_id: clientId,
      }).toString(),
    });
    expect(response.status).toBe(400);
  });

  it('answers 401 once the access token has expired', async () => {
    const { accessToken } = await signIn('kim');
    skewMs = 301_000 + 30_000; // past exp and the verifier's 30 s leeway
    try {
      const response = await initiate(accessToken);
      expect(response.statusCode).toBe(401);
      expect(response.json()).toMatchObject({ code: 'UNAUTHORIZED' });
    } finally {
      skewMs = 0;
    }
  });

  it('logs out (end_session): the provider session ends and a silent sign-in needs a login again', async () => {
    const { idToken, cookies } = await signIn('anna');
    const silent = async () => {
      const url = new URL(`${provider.issuer}/auth`);
      url.search = new URLSearchParams({
        client_id: clientId,
        redirect_uri: redirectUri,
        response_type: 'code',
        scope: 'openid profile relocation',
        code_challenge: createHash('sha256').update('v'.repeat(43)).digest('base64url'),
        code_challenge_method: 'S256',
        prompt: 'none',
        resource,
      }).toString();
      let response = await step(cookies, url.toString());
      // The provider resumes through its own /auth/<uid> before answering the console.
      while (!locationOf(response, provider.issuer).startsWith(redirectUri)) {
        response = await step(cookies, locationOf(response, provider.issuer));
      }
      return new URL(locationOf(response, provider.issuer)).searchParams;
    };
    expect((await silent()).get('code')).not.toBeNull();

    const end = new URL(`${provider.issuer}/session/end`);
    end.search = new URLSearchParams({
      id_token_hint: idToken,
      post_logout_redirect_uri: afterLogout,
      client_id: clientId,
    }).toString();
    const confirm = await step(cookies, end.toString());
    expect(confirm.status).toBe(200);
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(await confirm.text())?.[1] ?? '';
    const done = await step(cookies, `${provider.issuer}/session/end/confirm`, { xsrf, logout: 'yes' });
    expect(locationOf(done, provider.issuer)).toBe(afterLogout);

    expect((await silent()).get('error')).toBe('login_required');
  });
});
