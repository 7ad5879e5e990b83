import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/** A person the test provider signs in: the token's subject, organisation and role. */
export interface OidcUser {
  readonly id: string;
  readonly name: string;
  readonly organisationId: string;
  readonly role: string;
}

export interface OidcProviderOptions {
  /** The console's client id (a public client: authorization code with PKCE, no secret). */
  readonly clientId: string;
  readonly redirectUris: readonly string[];
  readonly postLogoutRedirectUris: readonly string[];
  /** The API's audience: access tokens for this resource indicator are JWTs with `aud` set to it. */
  readonly resource: string;
  /** The scope the resource grants besides the OIDC ones (default `relocation`). */
  readonly resourceScope?: string;
  readonly users: readonly OidcUser[];
  /** Access token lifetime in seconds (default 300). */
  readonly accessTokenSeconds?: number;
  /** Where to listen (default 127.0.0.1 on a free port). */
  readonly host?: string;
  readonly port?: number;
}

export interface RunningOidcProvider {
  /** The issuer (`iss` of the tokens; discovery at <issuer>/.well-known/openid-configuration). */
  readonly issuer: string;
  readonly jwksUrl: string;
  close(): Promise<void>;
}

/**
 * A real OpenID Connect provider (`oidc-provider`) for tests and local trials of AUTH_MODE=jwks: its development
 * login form signs in any of `users` by id (any password), access tokens for `resource` are ES256 JWTs carrying
 * `org` and `roles` as the API expects, PKCE is required, and RP-initiated logout (end_session) is on. In memory;
 * not for production.
 */
export async function startOidcProvider(options: OidcProviderOptions): Promise<RunningOidcProvider> {
  const users = new Map(options.users.map((user) => [user.id, user]));
  const resourceScope = options.resourceScope ?? 'relocation';
  const ttl = options.accessTokenSeconds ?? 300;
  // The issuer names the port, so the server listens first and hands requests to the provider once it exists.
  const target: { handle?: (request: IncomingMessage, response: ServerResponse) => void } = {};
  const server = createServer((request, response) => {
    if (target.handle === undefined) response.writeHead(503).end();
    else target.handle(request, response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  const issuer = `http://${options.host ?? '127.0.0.1'}:${port}`;

  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const signingKey = { ...privateKey.export({ format: 'jwk' }), kid: randomUUID(), alg: 'ES256', use: 'sig' };

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: options.clientId,
        token_endpoint_auth_method: 'none',
        id_token_signed_response_alg: 'ES256',
        grant_types: ['authorization_code'],
        response_types: ['code'],
        redirect_uris: [...options.redirectUris],
        post_logout_redirect_uris: [...options.postLogoutRedirectUris],
      },
    ],
    jwks: { keys: [signingKey] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    pkce: { required: () => true },
    ttl: {
      AccessToken: ttl,
      IdToken: ttl,
      AuthorizationCode: 60,
      Session: 3600,
      Interaction: 600,
      Grant: 3600,
    },
    claims: { openid: ['sub'], profile: ['name'] },
    async findAccount(_ctx, id) {
      const user = users.get(id);
      if (user === undefined) return undefined;
      return { accountId: id, claims: async () => ({ sub: id, name: user.name }) };
    },
    async extraTokenClaims(_ctx, token) {
      const user = users.get(String((token as { accountId?: unknown }).accountId));
      return user === undefined ? undefined : { org: user.organisationId, roles: [user.role] };
    },
    features: {
      devInteractions: { enabled: true },
      rpInitiatedLogout: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => options.resource,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, indicator) => {
          if (indicator !== options.resource) throw new Error(`unknown resource ${indicator}`);
          return {
            scope: resourceScope,
            audience: options.resource,
            accessTokenTTL: ttl,
            accessTokenFormat: 'jwt',
            jwt: { sign: { alg: 'ES256' } },
          };
        },
      },
    },
  });
  const handle = provider.callback();
  target.handle = (request, response) => {
    void handle(request, response);
  };
  return {
    issuer,
    jwksUrl: `${issuer}/jwks`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error === undefined ? resolve() : reject(error)));
      }),
  };
}
