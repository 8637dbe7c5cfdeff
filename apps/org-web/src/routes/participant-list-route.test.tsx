import type { RecordedGraphQLRequest } from '@mobilis/web-client/testing/mock-graphql-fetch';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { participantPage } from '../test/org-data-fixtures';
import { renderApp } from '../test/render-app';
import { coordinator, twoOrganisationsCoordinator, viewerResult } from '../test/viewer-fixtures';

type Viewer = typeof coordinator;

const listResult = (page: ReturnType<typeof participantPage>, viewer: Viewer = coordinator) => ({
  data: {
    __typename: 'Query',
    viewer: viewerResult(viewer).data.viewer,
    node: { __typename: 'Organisation', id: 'org-rhein-ruhr', participants: page },
  },
});

const signedIn = (viewer: Viewer = coordinator) => ({
  AppLayoutRouteQuery: viewerResult(viewer),
  HomeRouteQuery: viewerResult(viewer),
});

const named = (requests: RecordedGraphQLRequest[], operation: string) =>
  requests.filter((request) => request.body.operationName === operation);

const csvFile = (text: string, name = 'participants.csv') => new File([text], name, { type: 'text/csv' });

const GOOD_CSV = [
  'Vorname;Nachname;E-Mail;Kategorie;Klasse',
  'Łukasz;Żółć;lukasz@example.org;Lernende;KFZ 2b',
  'Søren;Ødegård;soren@example.org;STAFF;',
].join('\n');

const BAD_CSV = [
  'firstName,lastName,email,category',
  'Ana,Silva,not-an-email,LEARNER',
  ',Kowalski,jan@example.org,teacher',
].join('\n');

/** 25 participants and a next page, then 5 more after `cursor-25`. */
function answerByCursor(request: RecordedGraphQLRequest) {
  return request.body.variables?.after === 'cursor-25'
    ? listResult(participantPage(26, 30, false))
    : listResult(participantPage(1, 25, true));
}

/** Participant 7 alone for any search, participants 1–3 without one. */
function answerBySearch(request: RecordedGraphQLRequest) {
  return listResult(
    request.body.variables?.search ? participantPage(7, 7, false) : participantPage(1, 3, false),
  );
}

async function openImport() {
  fireEvent.click(await screen.findByRole('button', { name: 'Import from CSV' }));
  return screen.getByRole('region', { name: 'Import participants from CSV' });
}

function chooseFile(panel: HTMLElement, file: File) {
  fireEvent.change(within(panel).getByLabelText('CSV file'), { target: { files: [file] } });
}

describe('participants list', () => {
  it('shows name, e-mail, translated category, class and the fewer-opportunities flag', async () => {
    renderApp({
      path: '/participants',
      graphql: { ...signedIn(), ParticipantListRouteQuery: listResult(participantPage(1, 2, false)) },
    });
    const table = await screen.findByRole('table', { name: 'Participants of your organisation' });
    const first = within(table).getByRole('row', { name: /Last001, First1/ });
    expect(first.textContent).toContain('person1@example.org');
    expect(first.textContent).toContain('Learner');
    expect(first.textContent).toContain('KFZ 2b');
    expect(first.textContent).toContain('Yes');
    const second = within(table).getByRole('row', { name: /Last002, First2/ });
    expect(second.textContent).toContain('Staff');
    expect(second.textContent).toContain('No');
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });

  it('asks for the next page with the end cursor and appends it', async () => {
    const { requests } = renderApp({
      path: '/participants',
      graphql: {
        ...signedIn(),
        ParticipantListRouteQuery: answerByCursor,
      },
    });
    const table = await screen.findByRole('table', { name: 'Participants of your organisation' });
    expect(within(table).getAllByRole('row')).toHaveLength(26);
    expect(named(requests, 'ParticipantListRouteQuery')[0]?.body.variables).toEqual({
      organisationId: 'org-rhein-ruhr',
      search: null,
      after: null,
    });

    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await screen.findByRole('row', { name: /Last030, First30/ });
    expect(named(requests, 'ParticipantListRouteQuery').at(-1)?.body.variables).toEqual({
      organisationId: 'org-rhein-ruhr',
      search: null,
      after: 'cursor-25',
    });
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(31);
    expect(screen.getByText('30 shown')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });

  it('searches by name or e-mail', async () => {
    const { requests } = renderApp({
      path: '/participants',
      graphql: {
        ...signedIn(),
        ParticipantListRouteQuery: answerBySearch,
      },
    });
    await screen.findByRole('table', { name: 'Participants of your organisation' });
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search' }), { target: { value: ' Last007 ' } });
    expect(await screen.findByRole('table', { name: 'Participants matching “Last007”' })).toBeTruthy();
    // The caption follows the debounced search at once; the request goes out in urql's effect.
    await waitFor(() =>
      expect(named(requests, 'ParticipantListRouteQuery').at(-1)?.body.variables?.search).toBe('Last007'),
    );
  });

  it('invites to add or import participants when there are none', async () => {
    renderApp({
      path: '/participants',
      graphql: { ...signedIn(), ParticipantListRouteQuery: listResult(participantPage(1, 0, false)) },
    });
    expect(await screen.findByRole('heading', { level: 2, name: 'No participants yet' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Add participant' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Import from CSV' })).toBeTruthy();
  });
});

describe('adding a participant', () => {
  it('offers the special-category justification to administrators only', async () => {
    renderApp({
      path: '/participants',
      graphql: { ...signedIn(), ParticipantListRouteQuery: listResult(participantPage(1, 1, false)) },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Add participant' }));
    fireEvent.click(screen.getByRole('checkbox', { name: /Participant with fewer opportunities/ }));
    expect(screen.getByLabelText('Justification of fewer opportunities', { exact: false })).toBeTruthy();
    expect(screen.getByText(/Special-category data/)).toBeTruthy();
  });

  it('does not offer it to a coordinator, and says why', async () => {
    // Jan Nowak coordinates Kraków, where he is not an administrator.
    localStorage.setItem('mobilis.org-web.organisation', 'org-ced-krakow');
    renderApp({
      path: '/participants',
      graphql: {
        ...signedIn(twoOrganisationsCoordinator),
        ParticipantListRouteQuery: listResult(participantPage(1, 1, false), twoOrganisationsCoordinator),
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Add participant' }));
    fireEvent.click(screen.getByRole('checkbox', { name: /Participant with fewer opportunities/ }));
    expect(screen.queryByLabelText('Justification of fewer opportunities', { exact: false })).toBeNull();
    expect(screen.getByText(/only an administrator of your organisation can record it/)).toBeTruthy();
  });

  it('sends the participant and shows the server’s e-mail error on the field', async () => {
    const { requests } = renderApp({
      path: '/participants',
      graphql: {
        ...signedIn(),
        ParticipantListRouteQuery: listResult(participantPage(1, 1, false)),
        AddParticipantForm_CreateParticipant: {
          data: {
            __typename: 'Mutation',
            createParticipant: {
              __typename: 'ValidationError',
              fieldErrors: [
                { __typename: 'FieldError', path: ['email'], code: 'EMAIL_TAKEN', message: 'taken' },
              ],
            },
          },
        },
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Add participant' }));
    const form = screen.getByRole('form', { name: 'Add participant' });
    fireEvent.change(within(form).getByLabelText('First name', { exact: false }), {
      target: { value: 'Lena' },
    });
    fireEvent.change(within(form).getByLabelText('Last name', { exact: false }), {
      target: { value: 'Fischer' },
    });
    fireEvent.change(within(form).getByLabelText('E-mail', { exact: false }), {
      target: { value: 'Lena@Example.org' },
    });
    fireEvent.change(within(form).getByLabelText('Category', { exact: false }), {
      target: { value: 'LEARNER' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Save participant' }));
    expect(
      await within(form).findByText('A participant with this e-mail address already exists.'),
    ).toBeTruthy();
    expect(named(requests, 'AddParticipantForm_CreateParticipant')[0]?.body.variables).toEqual({
      input: {
        organisationId: 'org-rhein-ruhr',
        firstName: 'Lena',
        lastName: 'Fischer',
        email: 'lena@example.org',
        dateOfBirth: null,
        category: 'LEARNER',
        unit: null,
        fewerOpportunities: false,
        fewerOpportunitiesJustification: null,
      },
    });
  });
});

describe('CSV import', () => {
  const graphql = (importResult?: unknown) => ({
    ...signedIn(),
    ParticipantListRouteQuery: listResult(participantPage(1, 2, false)),
    ...(importResult ? { ImportParticipantsForm_ImportParticipants: { data: importResult } } : {}),
  });

  it('reports a bad file’s problems by row and column, and sends nothing', async () => {
    const { requests } = renderApp({ path: '/participants', graphql: graphql() });
    const panel = await openImport();
    chooseFile(panel, csvFile(BAD_CSV));
    const report = await within(panel).findByRole('table', { name: 'Problems in the file' });
    const rows = within(report)
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.textContent);
    expect(rows).toEqual([
      '2emailEnter a valid e-mail address.',
      '3firstNameFill in this field.',
      '3categoryChoose staff or learner.',
    ]);
    expect(within(panel).getByText('Separator: comma (,)')).toBeTruthy();
    expect(within(panel).getByText('Participant rows: 2')).toBeTruthy();
    fireEvent.click(within(panel).getByRole('button', { name: 'Import' }));
    expect(await within(panel).findByRole('alert')).toBeTruthy();
    expect(named(requests, 'ImportParticipantsForm_ImportParticipants')).toHaveLength(0);
  });

  it('imports a good file, says how many, and refreshes the list', async () => {
    const { requests } = renderApp({
      path: '/participants',
      graphql: graphql({
        __typename: 'Mutation',
        importParticipants: { __typename: 'ImportParticipantsPayload', importedCount: 2 },
      }),
    });
    const panel = await openImport();
    chooseFile(panel, csvFile(GOOD_CSV));
    expect(await within(panel).findByText('Separator: semicolon (;)')).toBeTruthy();
    expect(within(panel).getByText('Participant rows: 2')).toBeTruthy();
    expect(within(panel).getByText('No problems found: the file is ready to import.')).toBeTruthy();
    const listQueries = named(requests, 'ParticipantListRouteQuery').length;

    fireEvent.click(within(panel).getByRole('button', { name: 'Import' }));
    expect((await within(panel).findByRole('status')).textContent).toBe('2 participants imported.');
    expect(named(requests, 'ImportParticipantsForm_ImportParticipants')[0]?.body.variables).toEqual({
      input: { organisationId: 'org-rhein-ruhr', csv: GOOD_CSV },
    });
    await waitFor(() =>
      expect(named(requests, 'ParticipantListRouteQuery').length).toBeGreaterThan(listQueries),
    );
  });

  it('shows the server’s row errors the same way when it rejects the file', async () => {
    renderApp({
      path: '/participants',
      graphql: graphql({
        __typename: 'Mutation',
        importParticipants: {
          __typename: 'CsvImportError',
          rowErrors: [
            { __typename: 'CsvRowError', row: 3, column: 'email', code: 'EMAIL_TAKEN', message: 'taken' },
          ],
        },
      }),
    });
    const panel = await openImport();
    chooseFile(panel, csvFile(GOOD_CSV));
    await within(panel).findByText('Separator: semicolon (;)');
    fireEvent.click(within(panel).getByRole('button', { name: 'Import' }));
    expect((await within(panel).findByRole('alert')).textContent).toContain('nothing was imported');
    const report = within(panel).getByRole('table', { name: 'Problems in the file' });
    expect(within(report).getAllByRole('row')[1]?.textContent).toBe(
      '3emailA participant with this e-mail address already exists.',
    );
  });

  it('documents the columns and offers a template', async () => {
    renderApp({ path: '/participants', graphql: graphql() });
    const panel = await openImport();
    expect(within(panel).getByText(/Required columns: firstName \(Vorname\)/)).toBeTruthy();
    const template = within(panel).getByRole('link', { name: 'Download a template (CSV)' });
    expect(template.getAttribute('download')).toBe('participants-template.csv');
    const text = decodeURIComponent(template.getAttribute('href')?.split(',')[1] ?? '');
    expect(text).toContain('firstName;lastName;email;category;dateOfBirth;unit;fewerOpportunities');
  });
});
