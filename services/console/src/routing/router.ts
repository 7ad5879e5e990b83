import { useSyncExternalStore } from 'react';

/**
 * The console's routes. Paths carry at most a case id (a random UUID, not personal data); filters and form input
 * stay in memory, never in the URL or the browser history.
 */
export type Route =
  | { readonly name: 'inbox' }
  | { readonly name: 'case'; readonly id: string }
  | { readonly name: 'newCase' }
  | { readonly name: 'coordinator' }
  | { readonly name: 'statistics' }
  | { readonly name: 'supervisor' }
  | { readonly name: 'audit' }
  | { readonly name: 'providers' }
  | { readonly name: 'signedIn' }
  | { readonly name: 'notFound' };

export function parseRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '') return { name: 'inbox' };
  const caseMatch = /^\/cases\/([0-9a-zA-Z-]{1,100})$/.exec(pathname);
  if (caseMatch?.[1] !== undefined) return { name: 'case', id: caseMatch[1] };
  switch (pathname) {
    case '/new':
      return { name: 'newCase' };
    case '/coordinator':
      return { name: 'coordinator' };
    case '/statistics':
      return { name: 'statistics' };
    case '/supervisor':
      return { name: 'supervisor' };
    case '/audit':
      return { name: 'audit' };
    case '/providers':
      return { name: 'providers' };
    case '/signed-in':
      return { name: 'signedIn' };
    default:
      return { name: 'notFound' };
  }
}

export function pathOf(route: Route): string {
  switch (route.name) {
    case 'inbox':
      return '/';
    case 'case':
      return `/cases/${encodeURIComponent(route.id)}`;
    case 'newCase':
      return '/new';
    case 'coordinator':
      return '/coordinator';
    case 'statistics':
      return '/statistics';
    case 'supervisor':
      return '/supervisor';
    case 'audit':
      return '/audit';
    case 'providers':
      return '/providers';
    case 'signedIn':
      return '/signed-in';
    case 'notFound':
      return '/';
    default: {
      const _exhaustive: never = route;
      return _exhaustive;
    }
  }
}

const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
};

export function navigate(route: Route, options: { replace?: boolean } = {}): void {
  const path = pathOf(route);
  if (options.replace === true) window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
  for (const listener of listeners) listener();
  window.scrollTo(0, 0);
}

export function useRoute(): Route {
  const pathname = useSyncExternalStore(subscribe, () => window.location.pathname);
  return parseRoute(pathname);
}
