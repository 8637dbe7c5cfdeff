import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser';
import { signIn } from './sign-in-helpers';

// Issue #6's journey across all three apps: the learning agreement of Mia Schröder's confirmed
// placement in València (demo data) is drafted, signed, commented on, revised and signed by
// all three; after the stay she reports and downloads her certificate.
describe('a learning agreement signed by three parties', () => {
  let browser: Browser;
  const baseUrl = inject('baseUrl');
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  async function openMiasMobility(org: Page) {
    await org.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Mobilities' }).click();
    await org.getByLabel('Participant name').fill('Schröder');
    const table = org.getByRole('table', { name: 'Mobilities' });
    await table.getByRole('row').filter({ hasText: 'Mia Schröder' }).getByRole('link').first().click();
    await org.getByRole('heading', { level: 1, name: /Mia Schröder/ }).waitFor();
  }
  const awaiting = (page: Page, party: string) => page.getByText(`Awaiting: ${party}`).first().waitFor();

  async function participantSigns(phone: Page) {
    await phone.getByRole('navigation').getByRole('link', { name: 'My mobilities' }).click();
    await phone
      .getByRole('link', { name: /Talleres Mecánicos Valencia/ })
      .first()
      .click();
    await phone.getByRole('button', { name: 'Sign the learning agreement' }).click();
    await phone.getByRole('dialog').getByRole('button', { name: 'Sign', exact: true }).click();
    await phone.getByRole('button', { name: 'Sign the learning agreement' }).waitFor({ state: 'detached' });
  }

  async function coordinatorSigns(org: Page) {
    await org.reload();
    await awaiting(org, 'Sending organisation');
    await org.getByRole('button', { name: 'Sign for the sending organisation' }).click();
    const dialog = org.getByRole('dialog');
    await dialog.getByLabel('Your position').fill('International coordinator');
    await dialog.getByRole('button', { name: 'Sign', exact: true }).click();
    await awaiting(org, 'Host');
  }

  async function openPlacementAsHost(host: Page) {
    await host.getByRole('link', { name: 'Inbox', exact: true }).click();
    await host.getByRole('link', { name: 'Mia Schröder' }).first().click();
    await host.getByRole('heading', { name: 'Learning agreement' }).waitFor();
  }

  it('drafts, signs, comments, revises, concludes, reports and certifies', async () => {
    const orgContext = await browser.newContext({ locale: 'en-GB' });
    const phoneContext = await browser.newContext({
      locale: 'en-GB',
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    const hostContext = await browser.newContext({ locale: 'en-GB' });
    const org = await orgContext.newPage();
    const phone = await phoneContext.newPage();
    const host = await hostContext.newPage();
    try {
      await signIn(org, baseUrl, 'org', 'coordinator@rhein-ruhr.example');
      await signIn(phone, baseUrl, 'participant', 'mia.schroeder@rhein-ruhr.example');
      await signIn(host, baseUrl, 'host', 'mentor@talleres-valencia.example');

      // 1. The coordinator drafts the agreement from the activity's template.
      await openMiasMobility(org);
      const mobilityUrl = org.url();
      await org
        .getByRole('link', { name: 'Draft the learning agreement' })
        .or(org.getByRole('button', { name: 'Draft the learning agreement' }))
        .first()
        .click();
      await org.getByRole('heading', { level: 1, name: /^Learning agreement of MOB-/ }).waitFor();
      await org.getByRole('button', { name: 'Start from the template' }).click();
      await org.getByRole('button', { name: 'Propose learning agreement' }).click();
      await awaiting(org, 'Participant');

      // 2. The participant signs on her phone; 3. the coordinator signs.
      await participantSigns(phone);
      await org.goto(mobilityUrl);
      await coordinatorSigns(org);

      // 4. The host asks for a change instead of signing.
      await openPlacementAsHost(host);
      await host.getByRole('button', { name: 'Ask for changes' }).click();
      await host.getByLabel('What should change?').fill('Please add a week in our paint shop.');
      await host.getByRole('button', { name: 'Send comment' }).click();
      await host
        .getByText(/^You asked for changes/)
        .first()
        .waitFor();

      // 5. The coordinator revises the proposal with one more outcome.
      await org.reload();
      await org.getByText('Please add a week in our paint shop.').first().waitFor();
      await org
        .getByRole('link', { name: 'Edit the learning agreement' })
        .or(org.getByRole('button', { name: 'Edit the learning agreement' }))
        .first()
        .click();
      await org.getByRole('button', { name: 'Add learning outcome' }).click();
      await org
        .getByLabel('Learning outcome title')
        .last()
        .fill('Prepare and paint body panels in the paint shop');
      await org.getByRole('button', { name: 'Propose learning agreement' }).click();
      await awaiting(org, 'Participant');

      // 6. All three sign the revised proposal; the mobility is AGREED.
      await participantSigns(phone);
      await org.goto(mobilityUrl);
      await coordinatorSigns(org);
      await host.reload();
      await host.getByRole('button', { name: 'Sign the learning agreement' }).click();
      await host.getByRole('dialog').getByLabel('Your position').fill('Workplace mentor');
      await host.getByRole('dialog').getByRole('button', { name: 'Sign', exact: true }).click();
      await host.getByRole('button', { name: 'Sign the learning agreement' }).waitFor({ state: 'detached' });
      await org.reload();
      await org.getByText('Agreed', { exact: true }).first().waitFor();

      // 7. After the stay (the host confirms arrival and departure) Mia reports and downloads her certificate.
      await host.reload();
      await host.getByRole('button', { name: 'Confirm arrival' }).click();
      await host
        .getByText(/^Arrival confirmed\./)
        .first()
        .waitFor();
      await host.getByLabel('Days of attendance').fill('20');
      await host.getByRole('button', { name: 'Confirm departure' }).click();
      await host
        .getByText(/^Departure confirmed\./)
        .first()
        .waitFor();

      await phone.reload();
      await phone.getByRole('radio', { name: '5 – Very satisfied' }).check();
      await phone
        .getByLabel('Will what you learned abroad be recognised at home?')
        .selectOption({ index: 1 });
      await phone.getByRole('button', { name: 'Submit report' }).click();
      const certificate = phone.getByRole('link', { name: 'Download your certificate (PDF)' });
      await certificate.waitFor();
      const response = await phone.request.get(
        new URL((await certificate.getAttribute('href')) ?? '', baseUrl).toString(),
      );
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('application/pdf');
      expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
    } finally {
      await orgContext.close();
      await phoneContext.close();
      await hostContext.close();
    }
  });
});
