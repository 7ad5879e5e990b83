import { Alert, Button, Card, Heading, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Api } from '../api/api.ts';
import type { ConsoleConfig, DevPerson } from '../api/types.ts';
import { sessionFromToken, startSession } from '../auth/session.ts';
import { LanguagePicker } from '../components/LanguagePicker.tsx';
import { useAsync } from '../useAsync.ts';
import type { UserManager } from 'oidc-client-ts';

interface SignInProps {
  readonly api: Api;
  readonly config: ConsoleConfig;
  readonly userManager: UserManager | undefined;
  readonly signedOutForInactivity: boolean;
}

/**
 * Sign-in: with an OIDC issuer, a button that starts the authorization code flow with PKCE; in development mode
 * (AUTH_MODE=dev) the API's list of sample people, each signing in with one click.
 */
export function SignIn({ api, config, userManager, signedOutForInactivity }: SignInProps) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState(false);
  const people = useAsync(
    async () => (config.auth.mode === 'dev' ? api.devPeople() : []),
    [config.auth.mode],
  );

  const devSignIn = async (person: DevPerson) => {
    setFailure(false);
    try {
      const answer = await api.devSignIn(person.id);
      startSession(sessionFromToken(answer.token, 'dev', Date.parse(answer.expiresAt)));
    } catch {
      setFailure(true);
    }
  };

  return (
    <main id="main" className="sign-in">
      <div className="sign-in__top">
        <Heading level={1} data-size="lg">
          {t('signIn.heading')}
        </Heading>
        <LanguagePicker />
      </div>
      <Paragraph>{t('signIn.intro')}</Paragraph>
      {signedOutForInactivity ? (
        <Alert data-color="info" role="status">
          {t('signIn.inactive')}
        </Alert>
      ) : null}
      {failure ? <Alert data-color="danger">{t('signIn.failed')}</Alert> : null}
      {userManager === undefined ? null : (
        <Button data-testid="oidc-sign-in" onClick={() => void userManager.signinRedirect()}>
          {t('signIn.oidc')}
        </Button>
      )}
      {config.auth.mode === 'dev' ? (
        <section aria-labelledby="dev-people-heading">
          <Heading level={2} data-size="md" id="dev-people-heading">
            {t('signIn.devHeading')}
          </Heading>
          <Paragraph>{t('signIn.devIntro')}</Paragraph>
          {people.data === undefined ? <Spinner aria-label={t('app.loading')} /> : null}
          <ul className="people">
            {(people.data ?? []).map((person) => (
              <li key={person.id}>
                <Card data-color="neutral">
                  <Heading level={3} data-size="xs">
                    {person.displayName}
                  </Heading>
                  <Paragraph data-size="sm">
                    {person.organisationName} · {t(`role.${person.role}`, { defaultValue: person.role })}
                  </Paragraph>
                  <Button
                    variant="secondary"
                    data-size="sm"
                    data-person={person.id}
                    onClick={() => void devSignIn(person)}
                    aria-label={t('signIn.as', { name: person.displayName })}
                  >
                    {t('signIn.signIn')}
                  </Button>
                </Card>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </main>
  );
}
