import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser';

async function signInToOrgApp(page: Page, baseUrl: string) {
  await page.goto(`${baseUrl}/org/`);
  await page.getByLabel('E-mail').fill('coordinator@rhein-ruhr.example');
  await page.getByLabel('Password', { exact: true }).fill('mobilis-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Waits until the text is on the page: the calculator recomputes on every keystroke. */
const shows = (page: Page, text: string) => page.getByText(text, { exact: true }).waitFor();

describe('a coordinator estimates a grant in the browser', () => {
  let browser: Browser;
  const baseUrl = inject('baseUrl');
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('prices a job shadowing in Spain line by line, then with green travel and too many travel days', async () => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    try {
      await signInToOrgApp(page, baseUrl);
      const nav = page.getByRole('navigation', { name: 'Main' });
      await nav.getByRole('link', { name: 'Grant calculator' }).click();
      await page.getByRole('heading', { level: 1, name: 'Grant calculator' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/org/calculator');
      expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);

      await page.getByLabel('Call year').selectOption('2026');
      await page.getByLabel('Activity type').selectOption('SM-JOB-SHDW');
      await page.getByLabel('Host country').selectOption('ES');
      await page.getByLabel('Distance (km, one way)', { exact: true }).fill('1650');
      await page.getByLabel('Start date').fill('2026-03-02');
      await page.getByLabel('End date').fill('2026-03-13');
      await page.getByLabel('Travel days', { exact: true }).fill('2');
      await page.getByLabel('National Agency per-day rate (€)').fill('117');

      // 309 travel (500–1 999 km, call 2024+) + 14 × 117 individual support + 400 organisational support.
      await shows(page, 'Total grant: €2,347.00');
      await shows(
        page,
        'Travel band 500–1,999 km, standard travel: €309.00 per participant (call 2024+ table).',
      );
      const table = page.getByRole('table', { name: 'Grant lines for this mobility' });
      await table.getByText('14 × €117.00').waitFor();

      await page.getByRole('switch', { name: 'Green travel' }).check();
      await shows(
        page,
        'Travel band 500–1,999 km, green travel: €417.00 per participant (call 2024+ table).',
      );

      await page.getByLabel('Travel days', { exact: true }).fill('7');
      await shows(page, '7 travel days entered; at most 6 are funded for green travel, so 6 are funded.');
      // 417 + 14 × 117 + 4 × 81.90 (70 % from day 15) + 400.
      await shows(page, 'Total grant: €2,782.60');
    } finally {
      await context.close();
    }
  });
});
