import { Alert, Heading, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { lazy, Suspense, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { createApi } from './api/api.ts';
import { createHttp } from './api/http.ts';
import { watchInactivity } from './auth/inactivity.ts';
import { userManagerFor } from './auth/oidc.ts';
import {
  currentSession,
  endSession,
  onSessionChange,
  sessionFromToken,
  startSession,
  tokenOf,
} from './auth/session.ts';
import { Layout, screensFor } from './components/Layout.tsx';
import { ConsoleContext } from './consoleContext.ts';
import type { ConsoleContextValue } from './consoleContext.ts';
import { navigate, useRoute } from './routing/router.ts';
import type { Route } from './routing/router.ts';
import { Audit } from './screens/Audit.tsx';
import { Providers } from './screens/Providers.tsx';
import { CaseScreen } from './screens/CaseScreen.tsx';
import { Inbox } from './screens/Inbox.tsx';
import { NewCase } from './screens/NewCase.tsx';
import { SignIn } from './screens/SignIn.tsx';
import { Supervisor } from './screens/Supervisor.tsx';
import { useAsync } from './useAsync.ts';

// The coordinator's screen carries the charting library: loaded only when opened, so the first load stays small.
const Coordinator = lazy(() => import('./screens/Coordinator.tsx'));
const Statistics = lazy(() => import('./screens/Statistics.tsx'));

const http = createHttp(tokenOf, () => endSession());
const api = createApi(http, tokenOf, () => endSession());

export function App() {
  const { t, i18n } = useTranslation();
  const route = useRoute();
  const session = useSyncExternalStore(onSessionChange, currentSession);
  const config = useAsync(() => api.config(), []);
  const [inactive, setInactive] = useState(false);
  const [callbackError, setCallbackError] = useState(false);
  const userManager = useMemo(
    () => (config.data === undefined ? undefined : userManagerFor(config.data)),
    [config.data],
  );
  const reference = useAsync(
    async () => (session === undefined ? undefined : api.reference()),
    [session?.token],
  );

  useEffect(() => {
    document.documentElement.lang = i18n.language;
  }, [i18n.language]);

  useEffect(() => {
    const language = config.data?.defaultLanguage;
    if (language !== undefined && sessionStorage.getItem('relocation.console.language') === null)
      void i18n.changeLanguage(language);
  }, [config.data, i18n]);

  // The OIDC redirect lands on /signed-in: exchange the code, keep the access token, drop the code from the URL.
  useEffect(() => {
    if (route.name !== 'signedIn' || userManager === undefined) return;
    userManager.signinRedirectCallback().then(
      (user) => {
        startSession(sessionFromToken(user.access_token, 'oidc', (user.expires_at ?? 0) * 1000 || undefined));
        navigate({ name: 'inbox' }, { replace: true });
      },
      () => {
        setCallbackError(true);
        navigate({ name: 'inbox' }, { replace: true });
      },
    );
  }, [route.name, userManager]);

  // Expiry: the session ends when the token does.
  useEffect(() => {
    if (session === undefined) return;
    const timer = setTimeout(() => endSession(), Math.max(0, session.expiresAt - Date.now()));
    return () => clearTimeout(timer);
  }, [session]);

  // Inactivity: sign out after the configured minutes without input.
  useEffect(() => {
    if (session === undefined) return;
    return watchInactivity(config.data?.inactivityMinutes ?? 15, () => {
      setInactive(true);
      signOut();
    });
  }, [session?.token, config.data?.inactivityMinutes]);

  const signOut = () => {
    const via = currentSession()?.via;
    endSession();
    navigate({ name: 'inbox' }, { replace: true });
    if (via === 'oidc' && userManager !== undefined) {
      void userManager.removeUser();
      void userManager.signoutRedirect().catch(() => undefined);
    }
  };

  if (config.error !== undefined) {
    return (
      <main id="main">
        <Alert data-color="danger">{t('error.config')}</Alert>
      </main>
    );
  }
  if (config.data === undefined || route.name === 'signedIn')
    return <Spinner aria-label={t('app.loading')} />;
  if (session === undefined) {
    return (
      <>
        {callbackError ? <Alert data-color="danger">{t('signIn.failed')}</Alert> : null}
        <SignIn api={api} config={config.data} userManager={userManager} signedOutForInactivity={inactive} />
      </>
    );
  }

  const context: ConsoleContextValue = {
    api,
    session,
    config: config.data,
    reference: reference.data,
    signOut,
  };
  const allowed = screensFor(session.roles);
  const shown: Route =
    route.name === 'inbox' && !allowed.includes('inbox') && allowed[0] !== undefined
      ? ({ name: allowed[0] } as Route)
      : route;
  return (
    <ConsoleContext.Provider value={context}>
      <Layout route={shown} title={t(`screen.${shown.name}`)}>
        <Screen route={shown} />
      </Layout>
    </ConsoleContext.Provider>
  );
}

function Screen({ route }: { route: Route }) {
  const { t } = useTranslation();
  switch (route.name) {
    case 'inbox':
      return <Inbox />;
    case 'case':
      return <CaseScreen id={route.id} key={route.id} />;
    case 'newCase':
      return <NewCase />;
    case 'coordinator':
      return (
        <Suspense fallback={<Spinner aria-label={t('app.loading')} />}>
          <Coordinator />
        </Suspense>
      );
    case 'statistics':
      return (
        <Suspense fallback={<Spinner aria-label={t('app.loading')} />}>
          <Statistics />
        </Suspense>
      );
    case 'supervisor':
      return <Supervisor />;
    case 'audit':
      return <Audit />;
    case 'providers':
      return <Providers />;
    case 'signedIn':
    case 'notFound':
      return (
        <section>
          <Heading level={1} data-size="lg">
            {t('screen.notFound')}
          </Heading>
          <Paragraph>{t('app.notFound')}</Paragraph>
        </section>
      );
    default: {
      const _exhaustive: never = route;
      return _exhaustive;
    }
  }
}
