import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, startEngine } from '@relocation/api/demo';
import type { RunningEngine } from '@relocation/api/demo';
import { startOidcProvider } from '@relocation/api/testing';
import type { RunningOidcProvider } from '@relocation/api/testing';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, ensureConsoleBuilt, expectAccessible, trackProblems } from './harness.ts';

const resource = 'https://relocation.example.se/api';
const providersFile = fileURLToPath(new URL('../../api/config/providers.sample.json', import.meta.url));
const tokenSeconds = 600;

/**
 * AUTH_MODE=jwks in a real browser: the console signs in against a real OpenID Connect provider (oidc-provider,
 * started here) with the authorization code flow and PKCE, calls the API with the access token, signs out when the
 * token expires (the page's clock moved on), and logs out at the provider (RP-initiated logout).
 */
describe('signing in to the console with OIDC (AUTH_MODE=jwks)', () => {
  let provider: RunningOidcProvider;
  let engine: RunningEngine;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let dir = '';
  const problems: string[] = [];

  beforeAll(async () => {
    ensureConsoleBuilt();
    dir = await mkdtemp(join(tmpdir(), 'relocation-console-oidc-'));
    // The redirect URIs name the console's origin, so the engine's port is chosen before the provider starts.
    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    provider = await startOidcProvider({
      clientId: 'relocation-console',
      redirectUris: [`${origin}/signed-in`],
      postLogoutRedirectUris: [`${origin}/`],
      resource,
      accessTokenSeconds: tokenSeconds,
      users: [
        { id: 'anna', name: 'Anna Andersson', organisationId: 'municipality:0180', role: 'caseworker' },
      ],
    });
    const signingKeyFile = join(dir, 'checkpoint-signing.pem');
    const { privateKey } = generateKeyPairSync('ed25519');
    await writeFile(signingKeyFile, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
    engine = await startEngine(
      {
        PORT: String(port),
        DATA_DIR: join(dir, 'data'),
        EVENT_STORE: 'pglite',
        PROJECTOR: 'inline',
        AUTH_MODE: 'jwks',
        JWKS_URL: provider.jwksUrl,
        AUTH_ISSUER: provider.issuer,
        AUTH_AUDIENCE: resource,
        OIDC_SCOPES: 'openid profile relocation',
        RELOCATION_KEKS: `k1:${randomBytes(32).toString('base64')}`,
        RELOCATION_ACTIVE_KEK: 'k1',
        PROVIDERS_FILE: providersFile,
        CHECKPOINT_SIGNING_KEY_FILE: signingKeyFile,
      },
      180_000,
    );
    browser = await chromium.launch({
      executablePath: chromiumPath(),
      args: ['--no-sandbox', '--disable-dev-shm-usage'],
    });
    context = await browser.newContext({ baseURL: engine.baseUrl, locale: 'sv-SE' });
    context.setDefaultTimeout(60_000);
    page = await context.newPage();
    trackProblems(page, problems);
    // The page's clock runs normally until a test moves it on (token expiry without waiting).
    await page.clock.install();
  });
  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await browser?.close().catch(() => undefined);
    await engine?.stop();
    await provider?.close();
    if (dir !== '') await rm(dir, { recursive: true, force: true });
  });

  /** The provider's development login and consent forms, as a person fills them in. */
  async function signInAtProvider(login: string): Promise<void> {
    await page.locator('input[name="login"]').fill(login);
    await page.locator('input[name="password"]').fill('any password');
    await page.locator('button[type="submit"]').click();
    const consent = page.locator('form button[type="submit"]', { hasText: /continue/i });
    const signedIn = page.getByRole('button', { name: 'Logga ut' });
    await expect.poll(async () => (await consent.isVisible()) || (await signedIn.isVisible())).toBe(true);
    if (await consent.isVisible()) await consent.click();
  }

  it('offers the OIDC sign-in only: no sample people, and the development routes answer 404', async () => {
    await page.goto('/', { waitUntil: 'domcontentloaded' });
    await page.getByTestId('oidc-sign-in').waitFor();
    expect(await page.locator('button[data-person]').count()).toBe(0);
    const people = await page.request.get('/v1/dev/people');
    expect(people.status()).toBe(404);
    await expectAccessible(page, 'sign-in (jwks)');
  });

  it('signs in with code + PKCE at the provider and works with the API’s answers', async () => {
    await page.getByTestId('oidc-sign-in').click();
    await page.waitForURL((url) => url.origin === provider.issuer);
    await signInAtProvider('anna');
    await page.getByRole('button', { name: 'Logga ut' }).waitFor();
    await page.getByRole('heading', { name: 'Inkorg', exact: true }).waitFor();
    // The code was exchanged and dropped: the address bar and the history hold no code or token.
    expect(page.url()).not.toMatch(/code=|state=|token/);
    expect(await page.evaluate(() => window.localStorage.length)).toBe(0);
    // The inbox loaded through the API with the provider's access token (an error would show an alert).
    await expect.poll(() => page.locator('[role="alert"], .ds-alert').count()).toBe(0);
    const stored = await page.evaluate(() => JSON.stringify(Object.entries(window.sessionStorage)));
    expect(stored).toContain('municipality:0180');
    expect(problems).toEqual([]);
  });

  it('signs out when the access token expires', async () => {
    await page.clock.fastForward((tokenSeconds + 60) * 1000);
    await page.getByTestId('oidc-sign-in').waitFor();
    expect(await page.evaluate(() => window.sessionStorage.getItem('relocation.console.session'))).toBeNull();
  });

  it('logs out at the provider: the next sign-in asks for the login again', async () => {
    // Signing in again needs no password: the provider's session is still open.
    await page.getByTestId('oidc-sign-in').click();
    await page.getByRole('button', { name: 'Logga ut' }).waitFor();
    expect(await page.locator('input[name="login"]').count()).toBe(0);

    await page.getByRole('button', { name: 'Logga ut' }).click();
    await page.waitForURL((url) => url.origin === provider.issuer);
    // oidc-provider asks to confirm the logout (its development page), then returns to the console.
    await page.locator('button[name="logout"], button[value="yes"]').first().click();
    await page.waitForURL((url) => url.origin === engine.baseUrl);
    await page.getByTestId('oidc-sign-in').waitFor();

    await page.getByTestId('oidc-sign-in').click();
    await page.waitForURL((url) => url.origin === provider.issuer);
    await page.locator('input[name="login"]').waitFor();
    expect(problems).toEqual([]);
  });
});
