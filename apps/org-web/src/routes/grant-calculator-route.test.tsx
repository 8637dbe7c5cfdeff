import { calculateGrant } from '@mobilis/domain/grant/calculate-grant';
import type { MobilityFacts } from '@mobilis/domain/grant/mobility-facts-input';
import { rateCardTemplateForCallYear } from '@mobilis/domain/rate-card/rate-card-templates';
import { resolveRateCard } from '@mobilis/domain/rate-card/resolve-rate-card';
import { createFormatters } from '@mobilis/ui/i18n/use-formatters';
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../test/render-app';
import { coordinator, viewerResult } from '../test/viewer-fixtures';

const signedIn = {
  AppLayoutRouteQuery: viewerResult(coordinator),
  HomeRouteQuery: viewerResult(coordinator),
};

// Intl separates currency with a no-break space; compare with ordinary spaces.
const plain = (text: string | null | undefined) => (text ?? '').replace(/\s/g, ' ');

function change(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

/** A job shadowing in Spain: 1 650 km, 12 days plus 2 travel days, NA rate €117 a day. */
async function enterJobShadowingInSpain(labels = english) {
  await screen.findByRole('heading', { level: 1, name: labels.title });
  change(labels.callYear, '2026');
  change(labels.activityType, 'SM-JOB-SHDW');
  change(labels.hostCountry, 'ES');
  change(labels.distance, '1650');
  change(labels.startDate, '2026-03-02');
  change(labels.endDate, '2026-03-13');
  change(labels.travelDays, '2');
  change(labels.naDailyRate, '117');
}

const english = {
  title: 'Grant calculator',
  callYear: 'Call year',
  activityType: 'Activity type',
  hostCountry: 'Host country',
  distance: 'Distance (km, one way)',
  startDate: 'Start date',
  endDate: 'End date',
  travelDays: 'Travel days',
  naDailyRate: 'National Agency per-day rate (€)',
};

const german = {
  title: 'Zuschussrechner',
  callYear: 'Aufrufjahr',
  activityType: 'Aktivitätsart',
  hostCountry: 'Aufnahmeland',
  distance: 'Entfernung (km, einfache Strecke)',
  startDate: 'Beginn',
  endDate: 'Ende',
  travelDays: 'Reisetage',
  naDailyRate: 'Tagessatz der Nationalen Agentur (€)',
};

const jobShadowingInSpain: MobilityFacts = {
  callYear: 2026,
  activityType: 'SM-JOB-SHDW',
  hostCountry: 'ES',
  officialDistanceKm: 1650,
  startDate: '2026-03-02',
  endDate: '2026-03-13',
  travelDays: 2,
};

function expectedTotalCents(): number {
  const template = rateCardTemplateForCallYear(2026);
  if (!template) throw new Error('no template for 2026');
  const rate = { group1: 11_700, group2: 11_700, group3: 11_700 };
  const card = resolveRateCard(template, { individualSupport: { STAFF: rate, LEARNER: rate, OTHER: rate } });
  return calculateGrant(jobShadowingInSpain, card).totalCents;
}

function lineRow(category: string): HTMLElement {
  const table = screen.getByRole('table', { name: 'Grant lines for this mobility' });
  const row = within(table)
    .getAllByRole('row')
    .find((candidate) => within(candidate).queryByText(category, { selector: 'p' }));
  if (!row) throw new Error(`no ${category} line`);
  return row;
}

describe('grant calculator page', () => {
  it('is linked from the navigation, which marks it as the current page', async () => {
    renderApp({ path: '/calculator', graphql: signedIn });
    expect(await screen.findByRole('heading', { level: 1, name: 'Grant calculator' })).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    const nav = screen.getByRole('navigation', { name: 'Main' });
    const calculator = within(nav).getByRole('link', { name: 'Grant calculator' });
    expect(calculator.getAttribute('href')).toBe('/calculator');
    expect(calculator.getAttribute('aria-current')).toBe('page');
    const home = within(nav).getByRole('link', { name: 'Home' });
    expect(home.getAttribute('href')).toBe('/');
    expect(home.getAttribute('aria-current')).toBeNull();
  });

  it('prices a job shadowing in Spain line by line, as the domain package does', async () => {
    renderApp({ path: '/calculator', graphql: signedIn });
    await enterJobShadowingInSpain();

    const travel = lineRow('Travel');
    expect(plain(travel.textContent)).toContain('€309.00');
    expect(plain(travel.textContent)).toContain(
      'Travel band 500–1,999 km, standard travel: €309.00 per participant (call 2024+ table).',
    );
    expect(within(travel).getByText('Unconfirmed figure')).toBeTruthy();
    const support = lineRow('Individual support');
    expect(plain(support.textContent)).toContain('14 × €117.00');
    expect(plain(support.textContent)).toContain('€1,638.00');
    expect(within(support).queryByText('Unconfirmed figure')).toBeNull();

    const total = createFormatters('en').money(expectedTotalCents());
    expect(plain(total)).toBe('€2,347.00');
    expect(plain(screen.getByRole('status').textContent)).toBe(`Total grant: ${plain(total)}`);
    expect(plain(screen.getByRole('table').querySelector('tfoot')?.textContent)).toContain(plain(total));
    expect(screen.getByText('1,650 km (official)')).toBeTruthy();
  });

  it('updates live: green travel pays the green band amount, and too many travel days are capped', async () => {
    renderApp({ path: '/calculator', graphql: signedIn });
    await enterJobShadowingInSpain();
    fireEvent.click(screen.getByRole('switch', { name: 'Green travel' }));
    expect(plain(lineRow('Travel').textContent)).toContain('green travel: €417.00 per participant');
    change('Travel days', '7');
    expect(
      screen.getByText('7 travel days entered; at most 6 are funded for green travel, so 6 are funded.'),
    ).toBeTruthy();
    // 12 activity days + 6 funded travel days: days 15 to 18 are paid at 70 %.
    expect(
      screen.getByText(
        'Individual support from day 15: 4 days × €81.90, 70 % of the day rate €117.00 (call 2024+ table).',
      ),
    ).toBeTruthy();
  });

  it('shows the translated error and no total while the end date is before the start date', async () => {
    renderApp({ path: '/calculator', graphql: signedIn });
    await enterJobShadowingInSpain();
    expect(screen.getByRole('status').textContent).toContain('€');
    change('End date', '2026-03-01');
    const endDate = screen.getByLabelText('End date');
    expect(endDate.getAttribute('aria-invalid')).toBe('true');
    const error = screen.getByText('The end date cannot be before the start date.');
    expect(endDate.getAttribute('aria-describedby')).toContain(error.id);
    expect(screen.getByRole('status').textContent).toBe('No total yet: complete or correct the form.');
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText('To see the grant, complete or correct: End date.')).toBeTruthy();
  });

  it('suggests a great-circle distance from two places when there is no official one', async () => {
    renderApp({ path: '/calculator', graphql: signedIn });
    await enterJobShadowingInSpain();
    change('Distance (km, one way)', '');
    fireEvent.click(screen.getByRole('button', { name: 'Compute from two places' }));
    // Essen → Valencia.
    change('Origin latitude', '51.4556');
    change('Origin longitude', '7.0116');
    change('Destination latitude', '39.4699');
    change('Destination longitude', '-0.3763');
    expect(screen.getByText(/^Suggested distance: 1,4\d\d km$/)).toBeTruthy();
    expect(screen.getByText(/^1,4\d\d km \(computed suggestion\)$/)).toBeTruthy();
    expect(plain(lineRow('Travel').textContent)).toContain('€309.00');
    change('Origin latitude', '95');
    expect(screen.getByText('The number is too large (at most 90).')).toBeTruthy();
  });

  it('offers course-fee days only for courses and training', async () => {
    renderApp({ path: '/calculator', graphql: signedIn });
    await enterJobShadowingInSpain();
    expect(screen.queryByLabelText('Course-fee days')).toBeNull();
    change('Activity type', 'SM-COUR-TRAIN');
    change('Course-fee days', '5');
    expect(plain(lineRow('Course fees').textContent)).toContain('5 × €80.00');
  });

  it('speaks German: labels, explanations and money', async () => {
    renderApp({ path: '/calculator', graphql: signedIn, lng: 'de' });
    await enterJobShadowingInSpain(german);
    expect(screen.getByLabelText('Aufrufjahr')).toBeTruthy();
    expect(screen.getByRole('switch', { name: 'Umweltfreundliches Reisen' })).toBeTruthy();
    expect(screen.getByRole('option', { name: 'Spanien' })).toBeTruthy();
    expect(screen.getByRole('option', { name: 'Job-Shadowing (Hospitation) (SM-JOB-SHDW)' })).toBeTruthy();
    expect(plain(screen.getByRole('status').textContent)).toBe('Zuschuss insgesamt: 2.347,00 €');
    expect(
      screen.getByText((_, element) =>
        plain(element?.textContent).startsWith('Entfernungsband 500–1.999 km, Reiseart Standard: 309,00 €'),
      ),
    ).toBeTruthy();
    expect(screen.getAllByText('Nicht bestätigter Wert').length).toBeGreaterThan(0);
  });
});
