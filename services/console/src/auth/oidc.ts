import { UserManager, WebStorageStateStore } from 'oidc-client-ts';
import type { ConsoleConfig } from '../api/types.ts';

/**
 * OIDC authorization code with PKCE (oidc-client-ts). Its state and the user live in sessionStorage; the redirect
 * comes back to /signed-in and the code is exchanged there, then the URL is replaced so no code stays in history.
 */
export function userManagerFor(config: ConsoleConfig): UserManager | undefined {
  if (config.auth.mode !== 'jwks') return undefined;
  const { issuer, clientId, scopes, resource } = config.auth;
  const origin = window.location.origin;
  return new UserManager({
    authority: issuer,
    client_id: clientId,
    redirect_uri: `${origin}/signed-in`,
    post_logout_redirect_uri: `${origin}/`,
    response_type: 'code',
    scope: scopes.join(' '),
    // RFC 8707: the access token is for the API (its audience), asked for at authorization and at the token call
    extraQueryParams: { resource },
    extraTokenParams: { resource },
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
    stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
    automaticSilentRenew: false,
    loadUserInfo: false,
  });
}
