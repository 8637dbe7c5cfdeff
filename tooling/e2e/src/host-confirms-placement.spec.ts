import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser';
import { waitForMail } from './mail-sink';
import { selectOptionContaining, signIn } from './sign-in-helpers';

// Issue #5's journey across the organisations and host apps, with e-mail delivered over SMTP.
describe('a host institution confirms a placement and the stay', () => {
  let browser: Browser;
  const baseUrl = inject('baseUrl');
  const mailDir = inject('mailDir');
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('invitation → acceptance with a mentor → CONFIRMED; arrival and an earlier departure → recalculated grant', async () => {
    const coordinator = await browser.newContext({ locale: 'en-GB' });
    const host = await browser.newContext({ locale: 'en-GB', viewport: { width: 390, height: 844 } });
    const org = await coordinator.newPage();
    const hostPage = await host.newPage();
    try {
      // The coordinator proposes a placement at the Valencia workshop…
      await signIn(org, baseUrl, 'org', 'coordinator@rhein-ruhr.example');
      const nav = org.getByRole('navigation', { name: 'Main' });
      await nav.getByRole('link', { name: 'Mobilities' }).click();
      await org.getByRole('button', { name: 'New mobility' }).click();
      await org.getByRole('heading', { level: 1, name: 'New mobility' }).waitFor();
      await selectOptionContaining(org.getByLabel('Project'), '2026-1-DE02-KA122-VET-000123456');
      await org.getByLabel('Participant').click();
      await org.getByRole('option', { name: /Søren Ødegård/ }).click();
      await selectOptionContaining(org.getByLabel('Host institution'), 'Talleres Mecánicos Valencia');
      await selectOptionContaining(org.getByLabel('Activity type'), 'LM-SHORT-VET');
      await org.getByLabel('Start date').fill('2027-05-03');
      await org.getByLabel('End date').fill('2027-05-28');
      await org.getByLabel('Travel days').fill('2');
      await org
        .getByText(/^Total grant: €/)
        .first()
        .waitFor();
      await org.getByRole('button', { name: 'Save mobility' }).click();
      await org
        .getByRole('region', { name: 'What you can do' })
        .getByRole('button', { name: 'Propose placement' })
        .click();
      await org.getByText('Proposed', { exact: true }).first().waitFor();
      const mobilityUrl = org.url();

      // …and invites a new contact person there.
      await nav.getByRole('link', { name: 'Host institutions' }).click();
      const card = org.getByRole('article').filter({ hasText: 'Talleres Mecánicos Valencia' });
      await card.getByRole('button', { name: 'Invite a contact' }).click();
      await org.getByLabel("Contact's name").fill('Lucía Fernández');
      await org.getByLabel("Contact's e-mail").fill('lucia@talleres-valencia.example');
      await org.getByRole('button', { name: 'Send invitation' }).click();
      await org.getByText(/^Invitation sent to lucia@talleres-valencia\.example/).waitFor();

      // The host opens the link from the delivered e-mail on a phone and accepts the invitation.
      const link = await waitForMail(
        mailDir,
        'lucia@talleres-valencia.example',
        /(https?:\/\/\S+\/host\/invitation\?token=[\w-]+)/,
      );
      await hostPage.goto(link.replace(/^https?:\/\/[^/]+/, baseUrl));
      await hostPage.getByRole('heading', { name: 'Accept your invitation' }).waitFor();
      await hostPage.getByLabel('Your name').fill('Lucía Fernández Ruiz');
      await hostPage.getByRole('button', { name: 'Accept invitation' }).click();
      await hostPage.getByRole('heading', { level: 1, name: /Welcome, Lucía Fernández Ruiz/ }).waitFor();

      // She accepts the placement with a mentor.
      const toDecide = hostPage
        .getByRole('region', { name: 'To decide' })
        .or(
          hostPage.locator('section').filter({ has: hostPage.getByRole('heading', { name: 'To decide' }) }),
        );
      await toDecide.getByRole('link', { name: 'Søren Ødegård' }).first().click();
      await hostPage.getByLabel("Mentor's name").fill('José Ángel Martínez Peña');
      await hostPage.getByLabel("Mentor's e-mail").fill('mentor@talleres-valencia.example');
      await hostPage.getByRole('button', { name: 'Accept placement' }).click();
      await hostPage
        .getByText(/^You accepted the placement\./)
        .first()
        .waitFor();

      // The coordinator sees CONFIRMED and the mentor.
      await org.goto(mobilityUrl);
      await org.getByText('Confirmed', { exact: true }).first().waitFor();
      await org.getByText('José Ángel Martínez Peña').first().waitFor();

      // Later: the host confirms the arrival and an earlier departure of a placement whose
      // learning agreement is signed (demo data: Noah Krüger, 30 Nov – 23 Dec 2026).
      await hostPage.getByRole('link', { name: 'Inbox', exact: true }).click();
      await hostPage.getByRole('link', { name: 'Noah Krüger' }).first().click();
      await hostPage.getByRole('button', { name: 'Confirm arrival' }).click();
      await hostPage
        .getByText(/^Arrival confirmed\./)
        .first()
        .waitFor();
      await hostPage.getByLabel('Actual end date').fill('2026-12-18');
      await hostPage.getByLabel('Days of attendance').fill('19');
      await hostPage.getByRole('button', { name: 'Confirm departure' }).click();
      await hostPage
        .getByText(/^Departure confirmed\./)
        .first()
        .waitFor();

      // The coordinator sees the grant recalculated from the actual dates, with the difference.
      await nav.getByRole('link', { name: 'Mobilities' }).click();
      await org.getByLabel('Participant name').fill('Krüger');
      const table = org.getByRole('table', { name: 'Mobilities' });
      await table
        .getByRole('row')
        .filter({ hasText: 'Noah Krüger' })
        .filter({ hasText: 'Completed' })
        .getByRole('link')
        .first()
        .click();
      await org.getByRole('heading', { level: 1, name: /Noah Krüger/ }).waitFor();
      await org
        .getByText(/Grant €[\d,.]+ → €[\d,.]+ \([−-]€[\d,.]+\)/)
        .first()
        .waitFor();
      expect(await org.getByText('Completed', { exact: true }).count()).toBeGreaterThan(0);
    } finally {
      await coordinator.close();
      await host.close();
    }
  });
});
