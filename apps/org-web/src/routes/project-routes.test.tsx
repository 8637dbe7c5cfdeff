import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { organisationNode, project } from '../test/org-data-fixtures';
import { renderApp } from '../test/render-app';
import { coordinator, viewerResult } from '../test/viewer-fixtures';

const signedIn = {
  AppLayoutRouteQuery: viewerResult(coordinator),
  HomeRouteQuery: viewerResult(coordinator),
};
const projectResult = (fields: Record<string, unknown> = {}) => ({
  data: { __typename: 'Query', node: { ...project, ...fields } },
});

function change(label: string, value: string, container: HTMLElement = document.body) {
  fireEvent.change(within(container).getByLabelText(label, { exact: false }), { target: { value } });
}

describe('projects list', () => {
  it('lists code, title, action, call year and period, linking to each project', async () => {
    renderApp({
      path: '/projects',
      graphql: { ...signedIn, ProjectListRouteQuery: organisationNode({ projects: [project] }) },
    });
    const table = await screen.findByRole('table', { name: 'Projects of your organisation' });
    const row = within(table).getAllByRole('row')[1];
    if (!row) throw new Error('no project row');
    expect(within(row).getByRole('link', { name: project.code }).getAttribute('href')).toBe(
      '/projects/project-essen-2026',
    );
    expect(row.textContent).toContain('Werkstatt Europa 2026');
    expect(row.textContent).toContain('KA122-VET');
    expect(row.textContent).toContain('Short-term projects — vocational education and training');
    expect(row.textContent).toContain('2026');
    expect(row.textContent).toContain('Jun 1, 2026 – Nov 30, 2027');
  });

  it('offers to register the first project when there is none', async () => {
    renderApp({
      path: '/projects',
      graphql: { ...signedIn, ProjectListRouteQuery: organisationNode({ projects: [] }) },
    });
    expect(await screen.findByRole('heading', { level: 2, name: 'No projects yet' })).toBeTruthy();
    expect(screen.getAllByRole('link', { name: 'New project' }).length).toBeGreaterThan(0);
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });

  it('is in the navigation', async () => {
    renderApp({ graphql: { ...signedIn, ProjectListRouteQuery: organisationNode({ projects: [] }) } });
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    fireEvent.click(within(nav).getByRole('link', { name: 'Projects' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Projects' })).toBeTruthy();
    expect(within(nav).getByRole('link', { name: 'Projects' }).getAttribute('aria-current')).toBe('page');
    expect(within(nav).getByRole('link', { name: 'Participants' })).toBeTruthy();
    expect(within(nav).getByRole('link', { name: 'Host institutions' })).toBeTruthy();
  });
});

describe('new project form', () => {
  async function fillValidProject() {
    await screen.findByRole('heading', { level: 1, name: 'New project' });
    change('Project code', '2026-1-DE02-KA122-VET-000999999');
    change('Title', 'Lernen in Europa');
    change('Start date', '2026-06-01');
    change('End date', '2027-05-31');
    change('Travel', '1234.5');
    change('Organisational support', '400');
  }

  it('checks the form in the browser first and sends nothing while it is invalid', async () => {
    const { requests } = renderApp({ path: '/projects/new', graphql: signedIn });
    await screen.findByRole('heading', { level: 1, name: 'New project' });
    change('Project code', '2026-DE02');
    change('Start date', '2026-06-01');
    change('End date', '2026-05-01');
    fireEvent.click(screen.getByRole('button', { name: 'Create project' }));
    expect(
      await screen.findByText('A project code looks like 2024-1-DE02-KA122-SCH-000123456.'),
    ).toBeTruthy();
    expect(screen.getByText('Fill in this field.')).toBeTruthy();
    // The period is checked once every field is readable.
    change('Project code', '2026-1-DE02-KA122-VET-000999999');
    change('Title', 'Lernen in Europa');
    fireEvent.click(screen.getByRole('button', { name: 'Create project' }));
    const endError = await screen.findByText('The end date cannot be before the start date.');
    expect(screen.getByLabelText('End date', { exact: false }).getAttribute('aria-describedby')).toContain(
      endError.id,
    );
    expect(requests.some((request) => request.body.operationName === 'NewProjectForm_CreateProject')).toBe(
      false,
    );
  });

  it('sends euros as cents and shows the server’s error on the code field', async () => {
    const { requests } = renderApp({
      path: '/projects/new',
      graphql: {
        ...signedIn,
        NewProjectForm_CreateProject: {
          data: {
            __typename: 'Mutation',
            createProject: {
              __typename: 'ValidationError',
              fieldErrors: [
                {
                  __typename: 'FieldError',
                  path: ['code'],
                  code: 'PROJECT_CODE_TAKEN',
                  message: 'A project with this code already exists.',
                },
              ],
            },
          },
        },
      },
    });
    await fillValidProject();
    fireEvent.click(screen.getByRole('button', { name: 'Create project' }));

    const message = await screen.findByText('A project with this code already exists.');
    const code = screen.getByLabelText('Project code', { exact: false });
    expect(code.getAttribute('aria-invalid')).toBe('true');
    expect(code.getAttribute('aria-describedby')).toContain(message.id);
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Please correct the highlighted fields.',
    );
    const sent = requests.find((request) => request.body.operationName === 'NewProjectForm_CreateProject');
    expect(sent?.body.variables).toEqual({
      input: {
        organisationId: 'org-rhein-ruhr',
        code: '2026-1-DE02-KA122-VET-000999999',
        title: 'Lernen in Europa',
        startDate: '2026-06-01',
        endDate: '2027-05-31',
        awarded: [
          { category: 'TRAVEL', amountCents: 123_450 },
          { category: 'ORGANISATIONAL_SUPPORT', amountCents: 40_000 },
        ],
      },
    });
  });

  it('opens the new project when it is created', async () => {
    const { router } = renderApp({
      path: '/projects/new',
      graphql: {
        ...signedIn,
        NewProjectForm_CreateProject: {
          data: {
            __typename: 'Mutation',
            createProject: {
              __typename: 'ProjectPayload',
              project: { __typename: 'Project', id: 'project-essen-2026' },
            },
          },
        },
        ProjectDetailRouteQuery: projectResult(),
      },
    });
    await fillValidProject();
    fireEvent.click(screen.getByRole('button', { name: 'Create project' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Werkstatt Europa 2026' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/projects/project-essen-2026');
  });
});

describe('project page', () => {
  const detail = { ...signedIn, ProjectDetailRouteQuery: projectResult() };

  it('shows the facts, the export link from the origin, and the budget with totals', async () => {
    renderApp({ path: '/projects/project-essen-2026', graphql: detail });
    expect(await screen.findByRole('heading', { level: 1, name: 'Werkstatt Europa 2026' })).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(
      screen.getByText('KA122-VET – Short-term projects — vocational education and training'),
    ).toBeTruthy();
    expect(
      screen.getByRole('link', { name: 'Export mobilities (Beneficiary Module CSV)' }).getAttribute('href'),
    ).toBe('/export/projects/project-essen-2026/mobilities.csv');

    const budget = screen.getByRole('table', { name: 'Budget by category' });
    const travel = within(budget).getByRole('row', { name: /Travel/ });
    expect(travel.textContent).toContain('€1,500.00');
    expect(travel.textContent).toContain('€618.00');
    expect(travel.textContent).toContain('€882.00');
    const totals = budget.querySelector('tfoot');
    expect(totals?.textContent).toContain('€4,000.00');
    expect(totals?.textContent).toContain('€1,200.00');
    expect(totals?.textContent).toContain('€2,800.00');
  });

  it('shows the rate card: unset rates, unconfirmed figures, tapering and the NA’s note', async () => {
    renderApp({ path: '/projects/project-essen-2026', graphql: detail });
    const rates = await screen.findByRole('table', {
      name: 'Per-day rates by participant category and country group',
    });
    const staff = within(rates).getByRole('row', { name: /Staff/ });
    expect(within(staff).getAllByText('Rate not set')).toHaveLength(3);
    expect(staff.textContent).toContain('Range €96.00 – €190.00');
    const travel = screen.getByRole('table', { name: 'Travel bands (one-way distance)' });
    const nearBand = within(travel).getByRole('row', { name: /10–99 km/ });
    expect(within(nearBand).getByText('Unconfirmed figure')).toBeTruthy();
    expect(within(travel).getByRole('row', { name: /8,000 km and more/ }).textContent).toContain(
      'Rate not set',
    );
    expect(screen.getByText('Tapering: from day 15, 70 % of the day rate.')).toBeTruthy();
    expect(screen.getByText('NA DE02 rates letter 2026')).toBeTruthy();
  });
});

describe('rate card editor', () => {
  const staleResult = {
    data: {
      __typename: 'Mutation',
      updateProjectRateCard: {
        __typename: 'StaleVersionError',
        currentVersion: 4,
        message: 'Someone else changed this in the meantime.',
      },
    },
  };

  async function openEditor() {
    fireEvent.click(await screen.findByRole('button', { name: 'Edit National Agency rates' }));
    return screen.getByRole('form', { name: 'National Agency rates' });
  }

  it('sends the per-day rates as cents in the overrides JSON, keeping the other overrides', async () => {
    const { requests } = renderApp({
      path: '/projects/project-essen-2026',
      graphql: {
        ...signedIn,
        ProjectDetailRouteQuery: projectResult(),
        RateCardEditor_UpdateProjectRateCard: staleResult,
      },
    });
    const form = await openEditor();
    const staff = within(form).getByRole('group', { name: 'Staff: per-day rate (€)' });
    const learners = within(form).getByRole('group', { name: 'Learners: per-day rate (€)' });
    expect(within(staff).getByText('Commission range €96.00 – €190.00')).toBeTruthy();
    change('Country group 1', '117.5', staff);
    change('Country group 3', '98', staff);
    change('Country group 2', '40', learners);
    fireEvent.change(within(form).getByLabelText('Note'), {
      target: { value: '  NA DE02 letter of 2 March 2026 ' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Save rates' }));

    await waitFor(() =>
      expect(
        requests.some((request) => request.body.operationName === 'RateCardEditor_UpdateProjectRateCard'),
      ).toBe(true),
    );
    const sent = requests.find(
      (request) => request.body.operationName === 'RateCardEditor_UpdateProjectRateCard',
    );
    const input = sent?.body.variables?.input as {
      projectId: string;
      expectedVersion: number;
      overrides: string;
    };
    expect(input.projectId).toBe('project-essen-2026');
    expect(input.expectedVersion).toBe(3);
    expect(JSON.parse(input.overrides)).toEqual({
      travelDays: { standardMax: 2 },
      individualSupport: { STAFF: { group1: 11_750, group3: 9800 }, LEARNER: { group2: 4000 } },
      note: 'NA DE02 letter of 2 March 2026',
    });
  });

  it('says someone else changed the card, and reloads it on request', async () => {
    const { requests } = renderApp({
      path: '/projects/project-essen-2026',
      graphql: {
        ...signedIn,
        ProjectDetailRouteQuery: projectResult(),
        RateCardEditor_UpdateProjectRateCard: staleResult,
      },
    });
    const form = await openEditor();
    change('Country group 1', '117', within(form).getByRole('group', { name: 'Staff: per-day rate (€)' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Save rates' }));
    const alert = await within(form).findByRole('alert');
    expect(alert.textContent).toContain('Someone else changed this in the meantime.');
    const before = requests.filter(
      (request) => request.body.operationName === 'ProjectDetailRouteQuery',
    ).length;
    fireEvent.click(within(alert).getByRole('button', { name: 'Reload' }));
    await waitFor(() =>
      expect(
        requests.filter((request) => request.body.operationName === 'ProjectDetailRouteQuery').length,
      ).toBe(before + 1),
    );
    // What was typed stays, to be saved again on the fresh version.
    expect(
      (within(form).getAllByLabelText('Country group 1', { exact: false })[0] as HTMLInputElement).value,
    ).toBe('117');
  });

  it('checks the rates with the overrides schema before sending', async () => {
    const { requests } = renderApp({
      path: '/projects/project-essen-2026',
      graphql: { ...signedIn, ProjectDetailRouteQuery: projectResult() },
    });
    const form = await openEditor();
    change(
      'Country group 2',
      '2000000',
      within(form).getByRole('group', { name: 'Staff: per-day rate (€)' }),
    );
    fireEvent.click(within(form).getByRole('button', { name: 'Save rates' }));
    expect(await within(form).findByText('The amount is too large.')).toBeTruthy();
    expect(
      requests.some((request) => request.body.operationName === 'RateCardEditor_UpdateProjectRateCard'),
    ).toBe(false);
  });
});
