import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { budgetLine, project, projectBudget } from '../test/org-data-fixtures';
import { renderApp } from '../test/render-app';
import { coordinator, viewerResult } from '../test/viewer-fixtures';

const signedIn = {
  AppLayoutRouteQuery: viewerResult(coordinator),
  HomeRouteQuery: viewerResult(coordinator),
};

describe('home page', () => {
  it('shows the signed-in person and their organisation in the header', async () => {
    renderApp({ graphql: signedIn });
    const banner = await screen.findByRole('banner');
    expect(within(banner).getByText('Anna Becker')).toBeTruthy();
    expect(within(banner).getByText('Berufskolleg Rhein-Ruhr')).toBeTruthy();
    expect(within(banner).getByRole('button', { name: 'Sign out' })).toBeTruthy();
  });

  it('welcomes the person and lists their memberships with country and role', async () => {
    renderApp({ graphql: signedIn });
    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome, Anna Becker' })).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    const card = screen.getByRole('article');
    expect(within(card).getByRole('heading', { name: 'Berufskolleg Rhein-Ruhr' })).toBeTruthy();
    expect(within(card).getByText('Germany')).toBeTruthy();
    expect(within(card).getByText('Administrator')).toBeTruthy();
    expect(within(card).getByText('Current')).toBeTruthy();
  });

  it('speaks German, country names included', async () => {
    renderApp({ graphql: signedIn, lng: 'de' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Willkommen, Anna Becker' })).toBeTruthy();
    const card = screen.getByRole('article');
    expect(within(card).getByText('Deutschland')).toBeTruthy();
    expect(within(card).getByText('Administration')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Abmelden' })).toBeTruthy();
  });
});

describe('dashboard on the home page', () => {
  const statusCount = (status: string, count: number) => ({ __typename: 'StatusCount', status, count });
  const dashboard = {
    AppLayoutRouteQuery: viewerResult(coordinator),
    HomeRouteQuery: {
      data: {
        ...viewerResult(coordinator).data,
        node: {
          __typename: 'Organisation',
          id: 'org-rhein-ruhr',
          mobilityStatusCounts: [
            statusCount('DRAFT', 3),
            statusCount('PROPOSED', 1),
            statusCount('ONGOING', 2),
            statusCount('CANCELLED', 0),
          ],
          projects: [
            { ...project, budget: projectBudget },
            {
              ...project,
              id: 'project-over',
              code: '2025-1-DE02-KA122-VET-000000001',
              title: 'Overspent project',
              budget: [budgetLine('TRAVEL', 10_000, 15_000)],
            },
          ],
        },
      },
    },
  };

  it('counts the mobilities by status, with translated names', async () => {
    const { requests } = renderApp({ graphql: dashboard });
    const section = await screen.findByRole('region', { name: 'Mobilities by status' });
    expect(within(section).getByText('Draft: 3')).toBeTruthy();
    expect(within(section).getByText('Proposed to host: 1')).toBeTruthy();
    expect(within(section).getByText('Ongoing: 2')).toBeTruthy();
    expect(within(section).getByText('Closed: 0')).toBeTruthy();
    expect(within(section).getByText('Mobilities in total: 6')).toBeTruthy();
    const query = requests.find((request) => request.body.operationName === 'HomeRouteQuery');
    expect(query?.body.variables).toEqual({ organisationId: 'org-rhein-ruhr' });
  });

  it('draws planned against awarded per project as a named bar, with the figures as text', async () => {
    renderApp({ graphql: dashboard });
    const section = await screen.findByRole('region', { name: 'Budget by project' });
    // 1 200 € planned of 4 000 € awarded.
    const summary = '€1,200.00 planned of €4,000.00 awarded (30%)';
    expect(within(section).getByRole('img', { name: summary })).toBeTruthy();
    expect(within(section).getByText(summary)).toBeTruthy();
    expect(within(section).getByRole('link', { name: 'Werkstatt Europa 2026' }).getAttribute('href')).toBe(
      '/projects/project-essen-2026',
    );
    const over = within(section).getByRole('img', { name: '€150.00 planned of €100.00 awarded (150%)' });
    expect(over.querySelector('[data-over]')).toBeTruthy();
    expect(within(section).getByText('Over budget')).toBeTruthy();
    const tables = within(section).getAllByRole('table', { name: 'Budget by category', hidden: true });
    expect(tables).toHaveLength(2);
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });

  it('invites to register a project when there is none', async () => {
    renderApp({
      graphql: {
        ...dashboard,
        HomeRouteQuery: {
          data: {
            ...viewerResult(coordinator).data,
            node: {
              __typename: 'Organisation',
              id: 'org-rhein-ruhr',
              mobilityStatusCounts: [],
              projects: [],
            },
          },
        },
      },
    });
    expect(
      await screen.findByText('No mobilities yet. They appear here once you plan them in a project.'),
    ).toBeTruthy();
    expect(screen.getByText('No projects yet')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'New project' }).getAttribute('href')).toBe('/projects/new');
  });
});
