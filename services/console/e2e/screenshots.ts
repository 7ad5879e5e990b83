// `pnpm screenshots`: starts a fresh engine on PGlite, seeds two cases over HTTP, and photographs the main screens
// of the console in Chromium into docs/screenshots/ (the README shows them).
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { openCase, startConsoleWorld } from './harness.ts';
import { seedCases } from './seed.ts';

const outDir = fileURLToPath(new URL('../../../docs/screenshots/', import.meta.url));

async function main(): Promise<void> {
  await mkdir(outDir, { recursive: true });
  const world = await startConsoleWorld();
  try {
    const cases = await seedCases(world.baseUrl);
    const shot = async (page: Page, name: string) => {
      await page.waitForLoadState('networkidle').catch(() => undefined);
      await page.screenshot({ path: `${outDir}${name}.png`, fullPage: false });
      process.stdout.write(`docs/screenshots/${name}.png\n`);
    };

    const context = await world.browser.newContext({
      baseURL: world.baseUrl,
      viewport: { width: 1280, height: 900 },
    });
    const signIn = await context.newPage();
    await signIn.goto('/');
    await signIn.locator('button[data-person="anna"]').waitFor();
    await shot(signIn, 'sign-in');

    const kim = await world.personPage('kim');
    await kim.locator(`[data-case="${cases.submitted}"]`).waitFor();
    await shot(kim, 'inbox');

    const rut = await world.personPage('rut');
    await openCase(rut, cases.proposed);
    await rut.getByTestId('timeline').locator('li').first().waitFor();
    await rut.locator('[data-command="AcceptHandover"] summary').click();
    await shot(rut, 'case');

    const anna = await world.personPage('anna');
    await anna.goto('/new');
    await anna.getByLabel('Namn').fill('Exempel Exempelsson');
    await shot(anna, 'new-case');

    const cora = await world.personPage('cora');
    await cora.getByRole('link', { name: 'Samordning' }).click();
    await cora.locator('figure.chart svg').first().waitFor();
    await cora.locator('figure.chart').first().scrollIntoViewIfNeeded();
    await shot(cora, 'coordinator');

    const ada = await world.personPage('ada');
    await ada.getByTestId('verify').click();
    await ada.getByTestId('verify-result').waitFor();
    await shot(ada, 'audit');

    const alex = await world.personPage('alex');
    await alex.getByTestId('providers-table').waitFor();
    await shot(alex, 'providers');

    const rita = await world.personPage('rita');
    await rita.getByRole('heading', { name: 'Nationell statistik', level: 1 }).waitFor();
    await rita.locator('figure.chart').first().waitFor();
    await shot(rita, 'statistics');
    await context.close();
  } finally {
    await world.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
