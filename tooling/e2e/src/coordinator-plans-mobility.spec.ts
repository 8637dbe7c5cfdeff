import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser';
import { selectOptionContaining, signIn } from './sign-in-helpers';

// Issue #4's journey: import participants from a CSV, plan a mobility for one of them, read its
// grant line by line, propose the placement and find it again through the list's filters.
describe('a coordinator plans a mobility from a CSV import to a proposed placement', () => {
  let browser: Browser;
  const baseUrl = inject('baseUrl');
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('imports, creates, explains, proposes and filters', async () => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    try {
      await signIn(page, baseUrl, 'org', 'coordinator@rhein-ruhr.example');
      const nav = page.getByRole('navigation', { name: 'Main' });

      // 1. CSV import (semicolon file with German headers and names that need Unicode).
      await nav.getByRole('link', { name: 'Participants' }).click();
      await page.getByRole('button', { name: 'Import from CSV' }).click();
      const csv =
        'Vorname;Nachname;E-Mail;Kategorie;Klasse\nŽaneta;Kővári-Dąbrowska;zaneta.kd@rhein-ruhr.example;Lernende;Kfz 1a\nBjörn;Ægirsson;bjorn.ae@rhein-ruhr.example;Lernende;Kfz 1a\n';
      await page
        .getByLabel('CSV file')
        .setInputFiles({ name: 'participants.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
      await page.getByText('Separator: semicolon (;)').waitFor();
      await page.getByRole('button', { name: 'Import', exact: true }).click();
      await page.getByRole('status').filter({ hasText: '2 participants imported.' }).waitFor();

      // 2. A new mobility for one of them, with the grant previewed live.
      await nav.getByRole('link', { name: 'Mobilities' }).click();
      await page.getByRole('button', { name: 'New mobility' }).click();
      await page.getByRole('heading', { level: 1, name: 'New mobility' }).waitFor();
      await selectOptionContaining(page.getByLabel('Project'), '2026-1-DE02-KA122-VET-000123456');
      await page.getByLabel('Participant').click();
      await page.getByRole('option', { name: /Žaneta Kővári-Dąbrowska/ }).click();
      await selectOptionContaining(page.getByLabel('Host institution'), 'Centro di Formazione Professionale');
      await selectOptionContaining(page.getByLabel('Activity type'), 'LM-SHORT-VET');
      await page.getByLabel('Start date').fill('2027-04-12');
      await page.getByLabel('End date').fill('2027-05-07');
      await page.getByLabel('Travel days').fill('2');
      await page
        .getByText(/^Total grant: €/)
        .first()
        .waitFor();
      await page.getByRole('button', { name: 'Save mobility' }).click();

      // 3. The detail page explains every grant line.
      await page.getByRole('heading', { level: 1, name: /Žaneta Kővári-Dąbrowska/ }).waitFor();
      await page.getByRole('heading', { name: 'Grant' }).waitFor();
      const lines = page.getByRole('table', { name: 'Grant lines for this mobility' });
      await lines.getByText(/Travel band 500–1,999 km, standard travel: €309\.00 per participant/).waitFor();
      await lines
        .getByText(/€56\.00|€64\.00/)
        .first()
        .waitFor();
      const reference =
        (await page.getByRole('heading', { level: 1 }).textContent())?.split(':')[0]?.trim() ?? '';
      expect(reference).toMatch(/^MOB-\d{5}$/);

      // 4. Propose the placement to the host.
      await page
        .getByRole('region', { name: 'What you can do' })
        .getByRole('button', { name: 'Propose placement' })
        .click();
      await page.getByText('Proposed', { exact: true }).first().waitFor();

      // 5. Find it again through the list's filters.
      await nav.getByRole('link', { name: 'Mobilities' }).click();
      await page.getByLabel('Participant name').fill('Kővári');
      await page.getByRole('combobox', { name: 'Status' }).click();
      await page.getByRole('option', { name: 'Proposed' }).click();
      await page.keyboard.press('Escape');
      const table = page.getByRole('table', { name: 'Mobilities' });
      await table.getByRole('link', { name: reference }).waitFor();
      await expect.poll(async () => table.getByRole('row').count()).toBe(2); // header + our mobility
      expect(new URL(page.url()).searchParams.getAll('status')).toEqual(['PROPOSED']);
    } finally {
      await context.close();
    }
  });
});
