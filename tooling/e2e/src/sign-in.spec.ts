import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser';

const PASSWORD = 'mobilis-demo';

describe('each demo user signs in to their app and sees who and where they are', () => {
  let browser: Browser;
  const baseUrl = inject('baseUrl');
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it.each([
    ['org', 'coordinator@rhein-ruhr.example', 'Sabine Müller-Lüdenscheidt', 'Berufskolleg Rhein-Ruhr'],
    ['org', 'koordynator@ced-krakow.example', 'Małgorzata Wiśniewska-Łęcka', 'Centrum Edukacji Dorosłych'],
    [
      'host',
      'mentor@talleres-valencia.example',
      'José Ángel Martínez Peña',
      'Talleres Mecánicos Valencia S.L.',
    ],
    ['participant', 'lena.fischer@rhein-ruhr.example', 'Lena Fischer', 'Berufskolleg Rhein-Ruhr'],
  ])('/%s/ as %s', async (app, email, displayName, organisationName) => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    try {
      await page.goto(`${baseUrl}/${app}/`);
      // Signed out, the app sends the visitor to its sign-in page.
      await page.getByLabel('E-mail').waitFor();
      await page.getByLabel('E-mail').fill(email);
      await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();

      const header = page.getByRole('banner');
      await header.getByText(displayName).waitFor();
      await header.getByText(organisationName).first().waitFor();
      // The home page has loaded its own query when its heading is there; it has exactly one h1.
      await page.getByRole('heading', { level: 1, name: `Welcome, ${displayName}` }).waitFor();
      expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);

      // The session survives a reload, and signing out ends it.
      await page.reload();
      await page.getByRole('banner').getByText(displayName).waitFor();
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.getByLabel('E-mail').waitFor();
      await page.reload();
      await page.getByLabel('E-mail').waitFor();
    } finally {
      await context.close();
    }
  });

  it('tells the visitor when the e-mail or password is wrong', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${baseUrl}/org/`);
      await page.getByLabel('E-mail').fill('coordinator@rhein-ruhr.example');
      await page.getByLabel('Password', { exact: true }).fill('wrong password');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('alert').waitFor();
      expect(await page.getByRole('alert').textContent()).toMatch(/incorrect/i);
    } finally {
      await page.close();
    }
  });
});
