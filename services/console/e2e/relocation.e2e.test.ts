import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, openCase, runAction, startConsoleWorld } from './harness.ts';
import type { ConsoleWorld } from './harness.ts';

const person = { name: 'Konsol Kerstin Exempelsdotter', pnr: '199001012385' };
const address = 'Skyddsvägen 7, 903 27 Umeå';
const isoDate = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/**
 * A whole relocation through the console alone, five people in five browser contexts (and Uppsala's supervisor
 * for the declined proposal), against the real engine on PGlite: no request is made outside the browser.
 */
describe('a relocation through the console', () => {
  let world: ConsoleWorld;
  let anna: Page; // sending caseworker, Stockholm
  let kim: Page; // police, region Stockholm
  let cora: Page; // national coordinator
  let rut: Page; // receiving supervisor, Umeå
  let ada: Page; // auditor
  let dag: Page; // supervisor in Uppsala, which declines
  let relocationId = '';

  beforeAll(async () => {
    world = await startConsoleWorld();
    anna = await world.personPage('anna');
    kim = await world.personPage('kim');
    cora = await world.personPage('cora');
    rut = await world.personPage('rut');
    ada = await world.personPage('ada');
    dag = await world.personPage('dag');
  });
  afterAll(async () => {
    await world?.stop();
  });

  it('the sending caseworker creates the case with the wizard', async () => {
    await expectAccessible(anna, 'inbox');
    await anna.getByRole('link', { name: 'Nytt ärende' }).click();
    await anna.getByLabel('Namn').fill(person.name);
    await anna.getByLabel('Personnummer').fill(person.pnr);
    await anna.getByLabel('Skyddsnivå').selectOption('none');
    await expectAccessible(anna, 'new case wizard');
    await anna.getByRole('button', { name: 'Nästa' }).click();
    await anna.getByLabel('Antal vuxna').fill('1');
    await anna.getByLabel('Barnens åldrar').fill('4, 9');
    await anna.getByRole('button', { name: 'Nästa' }).click();
    await anna.getByLabel('Bostad', { exact: true }).check();
    await anna.getByLabel('Skola').check();
    await anna.getByRole('button', { name: 'Nästa' }).click();
    await anna.getByLabel('Brådska').selectOption('acute');
    await anna.getByRole('button', { name: 'Nästa' }).click();
    await anna.getByRole('button', { name: /Lägg till/ }).click();
    await anna.getByLabel('Typ av område').selectOption('county');
    await anna.getByLabel('Län', { exact: true }).selectOption({ label: 'Skåne län' });
    await anna.getByRole('button', { name: 'Skapa ärendet' }).click();
    await anna.locator('#case-heading').waitFor();
    relocationId = new URL(anna.url()).pathname.split('/').pop() ?? '';
    expect(relocationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await anna.title()).not.toContain(person.name);
    await expect.poll(() => anna.getByTestId('identity').textContent()).toContain(person.name);
    await expectAccessible(anna, 'case view');

    await runAction(anna, 'RecordConsent', async (form) => {
      await form.getByLabel('Polisen').check();
      await form.getByLabel('Samordnaren').check();
      await form.getByLabel('Mottagande kommun').check();
      await form.getByLabel('Datum för samtycket').fill(isoDate(0));
      await form.getByLabel('Dokumentreferens').fill('SAMTYCKE-E2E-1');
    });
    await runAction(anna, 'SubmitRelocation');
    await expect.poll(() => anna.getByTestId('case-status').textContent()).toBe('Hotbedömning');
  });

  it('the police find it in their inbox and record the threat assessment', async () => {
    await kim.reload();
    await kim.locator(`[data-case="${relocationId}"] a`).click();
    await kim.locator('#case-heading').waitFor();
    await runAction(kim, 'RecordThreatAssessment', async (form) => {
      await form.getByLabel('Hotnivå').selectOption('high');
      await form.getByLabel('Gäller till').fill(isoDate(180));
      await form.getByLabel('Rekommendation').fill('Flytt norrut.');
      await form.getByLabel('Polisens diarienummer').fill('PM-E2E-0001');
    });
    await expect.poll(() => kim.getByTestId('case-status').textContent()).toBe('Matchning');
  });

  it('the coordinator proposes Uppsala, which declines and loses the case', async () => {
    await openCase(cora, relocationId);
    await cora.locator('[data-command="ProposeReceivingMunicipality"] summary').click();
    const options = await cora
      .locator('[data-command="ProposeReceivingMunicipality"] select option')
      .allTextContents();
    expect(options).toContain('Uppsala');
    expect(options).not.toContain('Stockholm'); // the sending municipality
    expect(options).not.toContain('Malmö'); // in Skåne, an excluded county
    await runAction(cora, 'ProposeReceivingMunicipality', async (form) => {
      await form.getByLabel('Kommun').selectOption({ label: 'Uppsala' });
    });

    // Uppsala's inbox shows the case live (events stream), then Uppsala declines
    await expect
      .poll(async () => dag.locator(`[data-case="${relocationId}"]`).count(), { timeout: 30_000 })
      .toBe(1);
    await dag.locator(`[data-case="${relocationId}"] a`).click();
    await dag.locator('#case-heading').waitFor();
    await expect.poll(() => dag.locator('body').textContent()).not.toContain(person.name);
    await runAction(dag, 'DeclineHandover', async (form) => {
      await form.getByLabel('Skäl').selectOption('noHousing');
      await form.getByLabel('Motivering').fill('Inga lediga bostäder.');
    });
    await dag.getByRole('link', { name: 'Inkorg', exact: true }).click();
    await dag.getByRole('heading', { name: 'Inkorg', exact: true }).waitFor();
    await dag.getByLabel('Bara där vi ska göra nästa steg').uncheck();
    await expect.poll(() => dag.locator(`[data-case="${relocationId}"]`).count()).toBe(0);
    // Its link now answers like any case outside the organisation's reach: no such case.
    await dag.goto(`/cases/${relocationId}`, { waitUntil: 'domcontentloaded' });
    await dag.getByRole('heading', { name: 'Ärendet finns inte' }).waitFor();
  });

  it('the coordinator proposes Umeå, whose supervisor accepts with a reception plan', async () => {
    await openCase(cora, relocationId);
    await cora.locator('[data-command="ProposeReceivingMunicipality"] summary').click();
    const options = await cora
      .locator('[data-command="ProposeReceivingMunicipality"] select option')
      .allTextContents();
    expect(options).not.toContain('Uppsala'); // declined
    await runAction(cora, 'ProposeReceivingMunicipality', async (form) => {
      await form.getByLabel('Kommun').selectOption({ label: 'Umeå' });
    });
    await expectAccessible(cora, 'case view (coordinator)');

    await rut.reload();
    await rut.locator(`[data-case="${relocationId}"] a`).click();
    await rut.locator('#case-heading').waitFor();
    await runAction(rut, 'AcceptHandover', async (form) => {
      await form.getByLabel('Namn').fill('Kim Kontaktsson');
      await form.getByLabel('Telefon').fill('090-123456');
      await form.getByLabel('Typ', { exact: true }).selectOption('protectedHousing');
      await form.getByLabel('Utförare').selectOption('provider-fiktiva-skyddet');
      await form.getByLabel('Planerat flyttdatum').fill(isoDate(14));
      await form.getByLabel('Ny adress').fill(address);
    });
    await expect.poll(() => rut.getByTestId('reception-plan').textContent()).toContain(address);
  });

  it('the sender never sees the address', async () => {
    await openCase(anna, relocationId);
    await expect.poll(() => anna.getByTestId('case-status').textContent()).toBe('Polisens klartecken');
    expect(await anna.locator('body').textContent()).not.toContain(address);
    expect(await anna.locator('body').textContent()).not.toContain('Skyddsvägen');
  });

  it('the police clear the destination; Umeå confirms arrival; Stockholm, still responsible, follows up and closes', async () => {
    await openCase(kim, relocationId);
    await runAction(kim, 'GrantDestinationClearance', async (form) => {
      await form.getByLabel('Motivering').fill('Ingen känd koppling till Umeå.');
    });
    await openCase(rut, relocationId);
    await runAction(rut, 'ConfirmArrival', async (form) => {
      await form.getByLabel('Ankom').fill(isoDate(0));
    });
    // Arrival does not move responsibility (only a transfer, IVO or settling does): Stockholm keeps the case.
    await expect.poll(() => rut.getByTestId('responsibility').textContent()).toContain('Stockholm');
    expect(await rut.locator('[data-command="RecordFollowUp"]').count()).toBe(0);
    await openCase(anna, relocationId);
    await expect.poll(() => anna.getByTestId('responsibility').textContent()).toContain('Umeå');
    for (const month of ['1', '3', '6']) {
      await runAction(anna, 'RecordFollowUp', async (form) => {
        await form.getByLabel('Månad').selectOption(month);
        await form.getByLabel('Anteckningar').fill(`Uppföljning ${month}`);
      });
    }
    await runAction(anna, 'CloseCase', async (form) => {
      await form.getByLabel('Utfall').selectOption('settled');
    });
    await expect.poll(() => anna.getByTestId('case-status').textContent()).toBe('Avslutat');
    await expect.poll(() => anna.getByTestId('timeline').textContent()).toContain('Ärendet avslutades');
    expect(await anna.locator('body').textContent()).not.toContain(address);
  });

  it('the auditor finds the reads in the access log and verifies the chains', async () => {
    await ada.reload();
    await ada.getByLabel('Ärende-id').fill(relocationId);
    await ada.getByRole('button', { name: 'Sök' }).click();
    await expect
      .poll(async () => ada.getByTestId('access-log').locator('tbody tr').count())
      .toBeGreaterThan(5);
    await ada.getByTestId('verify').click();
    await expect.poll(() => ada.getByTestId('verify-result').textContent()).toContain('Allt stämmer');
    await expectAccessible(ada, 'audit');
    expect(world.problems).toEqual([]);
  });
});
