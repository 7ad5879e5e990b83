import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { startEngine } from '@relocation/api/demo';
import type { RunningEngine } from '@relocation/api/demo';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';

const consoleDir = fileURLToPath(new URL('..', import.meta.url));

/** Debian's chromium (CI installs it with apt-get); CHROMIUM_PATH overrides. No browser is ever downloaded. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((path) => path !== undefined && path !== '' && existsSync(path));
  if (found === undefined) throw new Error('No chromium: apt-get install -y chromium, or set CHROMIUM_PATH');
  return found;
}

/** Builds the console when its dist is missing or stale (the same step as the root `pnpm start`). */
export function ensureConsoleBuilt(): void {
  execFileSync('node', [join(consoleDir, 'scripts', 'ensureBuilt.mjs')], {
    cwd: consoleDir,
    stdio: 'ignore',
  });
}

export interface ConsoleWorld {
  readonly engine: Pick<RunningEngine, 'baseUrl' | 'stop'>;
  readonly browser: Browser;
  readonly baseUrl: string;
  /** A new browser context (its own sessionStorage: one person), signed in through the dev people list. */
  readonly personPage: (personId: string) => Promise<Page>;
  /** Content-Security-Policy violations and page errors seen in any context; a test expects none. */
  readonly problems: string[];
  readonly stop: () => Promise<void>;
}

/** The real engine on PGlite in a temporary directory (AUTH_MODE=dev), serving the built console, and a browser. */
export async function startConsoleWorld(env: Record<string, string> = {}): Promise<ConsoleWorld> {
  ensureConsoleBuilt();
  const dataDir = await mkdtemp(join(tmpdir(), 'relocation-console-e2e-'));
  // CONSOLE_E2E_URL: an engine already running (AUTH_MODE=dev), to iterate on the tests without a start each time
  const reuse = process.env.CONSOLE_E2E_URL;
  const engine: Pick<RunningEngine, 'baseUrl' | 'stop'> =
    reuse === undefined || reuse === ''
      ? await startEngine({ DATA_DIR: dataDir, EVENT_STORE: 'pglite', PROJECTOR: 'inline', ...env }, 180_000)
      : { baseUrl: reuse, stop: async () => 0 };
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-dev-shm-usage'],
  });
  const contexts: BrowserContext[] = [];
  const problems: string[] = [];
  return {
    problems,
    engine,
    browser,
    baseUrl: engine.baseUrl,
    personPage: async (personId) => {
      const context = await browser.newContext({
        baseURL: engine.baseUrl,
        locale: 'sv-SE',
        viewport: { width: 1280, height: 900 },
      });
      contexts.push(context);
      context.setDefaultTimeout(60_000);
      const page = await context.newPage();
      trackProblems(page, problems);
      await signInAs(page, personId);
      return page;
    },
    stop: async () => {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close().catch(() => undefined);
      await engine.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Collects CSP violations and uncaught page errors, which a test then expects to be none. */
export function trackProblems(page: Page, problems: string[]): void {
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content.Security.Policy|Refused to/i.test(message.text())) {
      problems.push(`CSP: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
}

export async function signInAs(page: Page, personId: string): Promise<void> {
  await page.goto('/', { waitUntil: 'domcontentloaded' });
  await page.locator(`button[data-person="${personId}"]`).click();
  await page.getByRole('button', { name: /Logga ut|Sign out/ }).waitFor();
}

/** Goes to a path inside the console without a reload (as a link would). */
export async function openCase(page: Page, relocationId: string): Promise<void> {
  await page.goto(`/cases/${relocationId}`, { waitUntil: 'domcontentloaded' });
  await page.locator('#case-heading').waitFor();
}

/** Opens an action's form on the case page, fills it with `fill` and sends it; waits for the success message. */
export async function runAction(
  page: Page,
  command: string,
  fill: (form: ReturnType<Page['locator']>) => Promise<void> = async () => undefined,
): Promise<void> {
  const details = page.locator(`[data-command="${command}"]`);
  const form = details.locator('form');
  if (!(await form.isVisible())) await details.locator('summary').click();
  // The success message of an earlier command may still be on the page: wait for the one about this command,
  // which names a later position (an earlier version returned on the old message and raced the next command).
  const success = page.getByRole('status').filter({ hasText: /Klart|Done/ });
  const before = (await success.count()) > 0 ? await success.getAttribute('data-position') : null;
  await fill(form);
  await form.locator('button[type="submit"]').click();
  await page
    .locator(
      before === null
        ? '[role="status"][data-position]'
        : `[role="status"][data-position]:not([data-position="${before}"])`,
    )
    .filter({ hasText: /Klart|Done/ })
    .waitFor();
}

/** axe-core with the WCAG 2.1 A and AA rules: no violations allowed. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const violations = result.violations.map(
    (v) =>
      `${v.id} (${v.nodes.length}): ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
  expect(violations, `axe violations on ${screen}`).toEqual([]);
}
