/**
 * The signed-in person's access token, held in memory and mirrored to sessionStorage (this tab only, gone when it
 * closes) so a reload keeps the session. Never in localStorage, cookies or a URL.
 */
export interface Session {
  readonly token: string;
  readonly expiresAt: number;
  readonly userId: string;
  readonly organisationId: string;
  readonly roles: readonly string[];
  readonly via: 'dev' | 'oidc';
}

const storageKey = 'relocation.console.session';
let current: Session | undefined;
const listeners = new Set<() => void>();

/** The claims the API reads from the token (`sub`, `org`, `roles`, `exp`); for display only, the API decides. */
export function claimsOf(token: string): { sub: string; org: string; roles: string[]; exp: number } {
  const payload = token.split('.')[1] ?? '';
  const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
  const claims = JSON.parse(
    new TextDecoder().decode(Uint8Array.from(json, (c) => c.charCodeAt(0))),
  ) as Record<string, unknown>;
  return {
    sub: String(claims.sub ?? ''),
    org: String(claims.org ?? ''),
    roles: Array.isArray(claims.roles) ? claims.roles.map(String) : [],
    exp: typeof claims.exp === 'number' ? claims.exp : 0,
  };
}

export function sessionFromToken(token: string, via: Session['via'], expiresAt?: number): Session {
  const claims = claimsOf(token);
  return {
    token,
    via,
    expiresAt: expiresAt ?? claims.exp * 1000,
    userId: claims.sub,
    organisationId: claims.org,
    roles: claims.roles,
  };
}

export function currentSession(): Session | undefined {
  if (current === undefined) {
    const stored = sessionStorage.getItem(storageKey);
    if (stored !== null) {
      try {
        current = JSON.parse(stored) as Session;
      } catch {
        sessionStorage.removeItem(storageKey);
      }
    }
  }
  if (current !== undefined && current.expiresAt <= Date.now()) endSession();
  return current;
}

export function startSession(session: Session): void {
  current = session;
  sessionStorage.setItem(storageKey, JSON.stringify(session));
  for (const listener of listeners) listener();
}

export function endSession(): void {
  const had = current !== undefined || sessionStorage.getItem(storageKey) !== null;
  current = undefined;
  sessionStorage.removeItem(storageKey);
  if (had) for (const listener of listeners) listener();
}

export function onSessionChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const tokenOf = (): string | undefined => currentSession()?.token;
