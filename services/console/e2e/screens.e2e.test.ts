import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, openCase, startConsoleWorld } from './harness.ts';
import type { ConsoleWorld } from './harness.ts';
import { seedCases } from './seed.ts';

/** Presses Tab until the focused element's label or name matches, then returns; fails after 80 presses. */
async function tabTo(page: Page, name: RegExp): Promise<void> {
  for (let i = 0; i < 80; i += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null;
      if (el === null) return '';
      const label = el.labels?.[0]?.textContent ?? '';
      return `${label} ${el.getAttribute('aria-label') ?? ''} ${el.tagName === 'BUTTON' || el.tagName === 'A' ? (el.textContent ?? '') : ''}`;
    });
    if (name.test(focused)) return;
  }
  throw new Error(`Tab never reached ${String(name)}`);
}

/**
 * Picks an option of the focused select with the arrow keys, as a keyboard user does. Typing the option's name
 * would use the browser's type-ahead, which starts over after a pause between keys: on a busy machine it lands on
 * another option.
 */
async function chooseWithKeyboard(page: Page, name: RegExp, option: string): Promise<void> {
  await tabTo(page, name);
  const { current, wanted } = await page.evaluate((text) => {
    const select = document.activeElement as HTMLSelectElement;
    const options = Array.from(
      { length: select.options.length },
      (_, i) => select.options.item(i)?.textContent ?? '',
    );
    return { current: select.selectedIndex, wanted: options.indexOf(text) };
  }, option);
  if (wanted < 0) throw new Error(`no option ${option}`);
  const key = wanted > current ? 'ArrowDown' : 'ArrowUp';
  for (let i = 0; i < Math.abs(wanted - current); i += 1) await page.keyboard.press(key);
  await expect
    .poll(() =>
      page.evaluate(() => (document.activeElement as HTMLSelectElement).selectedOptions[0]?.textContent),
    )
    .toBe(option);
}

describe('every screen of the console', () => {
  let world: ConsoleWorld;
  let cases: { submitted: string; proposed: string };

  beforeAll(async () => {
    world = await startConsoleWorld();
    cases = await seedCases(world.baseUrl);
  });
  afterAll(async () => {
    await world?.stop();
  });

  it('sign-in lists the sample people and passes axe', async () => {
    const context = await world.browser.newContext({ baseURL: world.baseUrl });
    const page = await context.newPage();
    await page.goto('/', { waitUntil: 'domcontentloaded' });
    await page.locator('button[data-person="anna"]').waitFor();
    await expectAccessible(page, 'sign-in');
    expect(await page.evaluate(() => window.localStorage.length)).toBe(0);
    await context.close();
  });

  it('the new-case wizard can be completed with the keyboard alone', async () => {
    const page = await world.personPage('anna');
    await tabTo(page, /Nytt ärende/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: /Steg 1 av 5/ }).waitFor();
    await tabTo(page, /Namn/);
    await page.keyboard.type('Tangent Tora Exempel');
    await tabTo(page, /Personnummer/);
    await page.keyboard.type('199001012385');
    await chooseWithKeyboard(page, /Skyddsnivå/, 'Ingen');
    await tabTo(page, /Nästa/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: /Steg 2 av 5/ }).waitFor();
    await tabTo(page, /Antal vuxna/);
    await page.keyboard.type('2');
    await tabTo(page, /Barnens åldrar/);
    await page.keyboard.type('7');
    await tabTo(page, /Nästa/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: /Steg 3 av 5/ }).waitFor();
    await tabTo(page, /^Bostad/);
    await page.keyboard.press('Space');
    await tabTo(page, /Nästa/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: /Steg 4 av 5/ }).waitFor();
    await chooseWithKeyboard(page, /Brådska/, 'Planerad');
    await tabTo(page, /Nästa/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: /Steg 5 av 5/ }).waitFor();
    await expectAccessible(page, 'wizard, exclusion zones');
    await tabTo(page, /Lägg till/);
    await page.keyboard.press('Enter');
    await chooseWithKeyboard(page, /Typ av område/, 'Län');
    await chooseWithKeyboard(page, /^Län/, 'Skåne län');
    await tabTo(page, /Skapa ärendet/);
    await page.keyboard.press('Enter');
    await page.locator('#case-heading').waitFor();
    await expect.poll(() => page.getByTestId('identity').textContent()).toContain('Tangent Tora Exempel');
    expect(page.url()).not.toContain('Tangent');
    expect(await page.title()).not.toContain('Tangent');
  });

  it('a validation error from the API is shown at its field', async () => {
    const page = await world.personPage('carl');
    await page.goto('/new', { waitUntil: 'domcontentloaded' });
    await page.getByLabel('Namn').fill('Fel Nummer');
    await page.getByLabel('Personnummer').fill('12345');
    await page.getByLabel('Skyddsnivå').selectOption('none');
    for (let step = 0; step < 4; step += 1) await page.getByRole('button', { name: 'Nästa' }).click();
    await page.getByRole('button', { name: 'Skapa ärendet' }).click();
    await page.getByRole('heading', { name: /Steg 1 av 5/ }).waitFor();
    await expect.poll(() => page.getByLabel('Personnummer').getAttribute('aria-invalid')).toBe('true');
  });

  it('the inbox passes axe', async () => {
    const kim = await world.personPage('kim');
    await kim.locator(`[data-case="${cases.submitted}"]`).waitFor();
    await expectAccessible(kim, 'inbox');
  });

  it('the case view and the supervisor screen pass axe', async () => {
    const rut = await world.personPage('rut');
    await openCase(rut, cases.proposed);
    await rut.locator('[data-command="AcceptHandover"] summary').click();
    await expectAccessible(rut, 'case view with an open action form');
    await rut.getByRole('link', { name: 'Handläggare' }).click();
    await rut.locator(`[data-case="${cases.proposed}"]`).waitFor();
    await expectAccessible(rut, 'supervisor');
  });

  it('coordination (charts with tables) passes axe in Swedish and English', async () => {
    const cora = await world.personPage('cora');
    await cora.getByRole('link', { name: 'Samordning' }).click();
    await cora.locator('figure.chart').first().waitFor();
    await cora.locator('figure.chart summary').first().click();
    await expectAccessible(cora, 'coordinator');
    await cora.getByLabel('Språk').selectOption('en');
    await cora.getByRole('heading', { name: 'National coordination' }).waitFor();
    await expectAccessible(cora, 'coordinator (English)');
  });

  it("the provider register: the administrator's only screen, filtered, and the units a reception plan offers", async () => {
    const alex = await world.personPage('alex');
    await alex.getByRole('heading', { name: 'Utförarregistret', level: 1 }).waitFor();
    expect(await alex.getByRole('link', { name: 'Inkorg', exact: true }).count()).toBe(0);
    await alex.getByTestId('providers-table').waitFor();
    await alex.getByLabel('Verksamhet').selectOption('hvb');
    // The sample's two HVB homes: one with a permit, one applied for and allowed to operate meanwhile.
    await expect
      .poll(() =>
        alex
          .locator('[data-testid="providers-table"] tbody tr')
          .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-unit')).sort()),
      )
      .toEqual(['provider-exempelhemmet', 'unit-sundsvall-hvb-ansokt']);
    await expectAccessible(alex, 'provider register');

    const rut = await world.personPage('rut');
    await openCase(rut, cases.proposed);
    await rut.locator('[data-command="AcceptHandover"] summary').click();
    await rut
      .locator('[data-command="AcceptHandover"]')
      .getByLabel('Typ', { exact: true })
      .selectOption('protectedHousing');
    const offered = await rut
      .locator('[data-command="AcceptHandover"]')
      .getByLabel('Utförare')
      .locator('option')
      .allTextContents();
    expect(offered.some((text) => text.startsWith('Fiktiva Skyddet AB'))).toBe(true);
    expect(offered.some((text) => text.includes('får inte bedriva verksamhet i dag'))).toBe(true);
  });

  it('audit passes axe, verify reports intact chains, sign-out clears the session', async () => {
    const ada = await world.personPage('ada');
    await ada.getByRole('heading', { name: 'Granskning', level: 1 }).waitFor();
    await ada.getByTestId('verify').click();
    await expect.poll(() => ada.getByTestId('verify-result').textContent()).toContain('Allt stämmer');
    await expectAccessible(ada, 'audit');
    await ada.getByRole('button', { name: 'Logga ut' }).click();
    await ada.locator('button[data-person="anna"]').waitFor();
    expect(await ada.evaluate(() => window.sessionStorage.getItem('relocation.console.session'))).toBeNull();
    expect(world.problems).toEqual([]);
  });
});
