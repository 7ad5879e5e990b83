import { UserManager, WebStorageStateStore } from 'oidc-client-ts';
import type { ConsoleConfig } from '../api/types.ts';

/**
 * OIDC authorization code with PKCE (oidc-client-ts). Its state and the user live in sessionStorage; the redirect
 * comes back to /signed-in and the code is exchanged there, then the URL is replaced so no code stays in history.
 */
export function userManagerFor(config: ConsoleConfig): UserManager | undefined {
  if (config.oidc === undefined) return undefined;
  const scopes = config.oidc.scopes ?? 'openid';
  const origin = window.location.origin;
  return new UserManager({
    authority: config.oidc.issuer,
    client_id: config.oidc.clientId,
    redirect_uri: `${origin}/signed-in`,
    post_logout_redirect_uri: `${origin}/`,
    response_type: 'code',
    scope: typeof scopes === 'string' ? scopes : scopes.join(' '),
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
    stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
    automaticSilentRenew: false,
    loadUserInfo: false,
  });
}
