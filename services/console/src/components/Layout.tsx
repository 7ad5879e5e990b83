import { Button, Link, Paragraph, SkipLink } from '@digdir/designsystemet-react';
import type { MouseEvent, ReactNode } from 'react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useConsole } from '../consoleContext.ts';
import { organisationName } from '../format.ts';
import { navigate, pathOf } from '../routing/router.ts';
import type { Route } from '../routing/router.ts';
import { LanguagePicker } from './LanguagePicker.tsx';

/** A link inside the console: a real href (so it opens in a new tab too), navigated without a reload. */
export function RouteLink({ to, children, current }: { to: Route; children: ReactNode; current?: boolean }) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    navigate(to);
  };
  return (
    <Link href={pathOf(to)} onClick={onClick} aria-current={current === true ? 'page' : undefined}>
      {children}
    </Link>
  );
}

/** The screens a person's roles open; the API still decides what each returns. */
export function screensFor(roles: readonly string[]): Route['name'][] {
  const screens: Route['name'][] = [];
  const has = (...wanted: string[]) => wanted.some((role) => roles.includes(role));
  if (has('caseworker', 'supervisor', 'police', 'coordinator')) screens.push('inbox');
  if (has('caseworker', 'supervisor')) screens.push('newCase');
  if (has('supervisor')) screens.push('supervisor');
  if (has('coordinator')) screens.push('coordinator');
  if (has('coordinator', 'researcher')) screens.push('statistics');
  if (has('caseworker', 'supervisor', 'coordinator', 'administrator')) screens.push('providers');
  if (has('auditor')) screens.push('audit');
  return screens;
}

/** The page frame: skip link, header with navigation, language and sign-out, and the main region. */
export function Layout({ route, title, children }: { route: Route; title: string; children: ReactNode }) {
  const { t } = useTranslation();
  const { session, reference, signOut } = useConsole();
  useEffect(() => {
    document.title = `${title} – ${t('app.name')}`;
  }, [title, t]);
  return (
    <>
      <SkipLink href="#main">{t('app.skipToContent')}</SkipLink>
      <header className="app-header">
        <div className="app-header__top">
          <Paragraph className="app-name">{t('app.name')}</Paragraph>
          <div className="app-header__tools">
            <Paragraph data-size="sm">
              {t('app.signedInAs', {
                user: session.userId,
                organisation: organisationName(reference, session.organisationId),
                roles: session.roles.map((role) => t(`role.${role}`)).join(', '),
              })}
            </Paragraph>
            <LanguagePicker />
            <Button variant="secondary" data-size="sm" onClick={signOut}>
              {t('app.signOut')}
            </Button>
          </div>
        </div>
        <nav aria-label={t('app.navigation')}>
          <ul className="app-nav">
            {screensFor(session.roles).map((name) => (
              <li key={name}>
                <RouteLink to={{ name } as Route} current={route.name === name}>
                  {t(`screen.${name}`)}
                </RouteLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
