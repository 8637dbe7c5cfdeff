import type { RecordedGraphQLRequest } from '@mobilis/web-client/testing/mock-graphql-fetch';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { organisationNode } from '../test/org-data-fixtures';
import { renderApp } from '../test/render-app';
import { coordinator, viewerResult } from '../test/viewer-fixtures';

const item = (key: string, label: string, doneAt: string | null = null) => ({
  __typename: 'PreparationItem',
  key,
  label,
  doneAt,
});

/** The organisation with its latest mobility showing `preparation` (none when `null`). */
const checklistNode = (preparation: ReturnType<typeof item>[] | null) =>
  organisationNode({
    mobilities: {
      __typename: 'OrganisationMobilitiesConnection',
      edges: preparation
        ? [
            {
              __typename: 'OrganisationMobilitiesConnectionEdge',
              node: { __typename: 'Mobility', id: 'mobility-1', preparation },
            },
          ]
        : [],
    },
  });

const ownChecklist = [
  item('LANGUAGE_COURSE', 'Online language course finished', '2026-03-01T10:00:00.000Z'),
  item('INSURANCE', 'Insurance arranged'),
  item('TRAVEL_BOOKED', 'Travel booked'),
];

const graphql = (
  extra: Record<string, unknown> = {},
  preparation: ReturnType<typeof item>[] | null = ownChecklist,
) => ({
  AppLayoutRouteQuery: viewerResult(coordinator),
  HomeRouteQuery: viewerResult(coordinator),
  PreparationChecklistRouteQuery: checklistNode(preparation),
  ...extra,
});

const saved = (items: { key: string; label: string }[]) => ({
  data: {
    __typename: 'Mutation',
    setPreparationChecklist: {
      __typename: 'PreparationChecklistPayload',
      items: items.map(({ key, label }) => item(key, label)),
    },
  },
});

/** What the save test sends (and the API answers): kept keys, and keys made from new labels. */
const savedItems = [
  { key: 'LANGUAGE_COURSE', label: 'Language course finished' },
  { key: 'TRAVEL_BOOKED', label: 'Travel booked' },
  {
    key: 'EUROPAISCHE_KRANKENVERSICHERUNGSKARTE_RE',
    label: 'Europäische Krankenversicherungskarte & Reisepass',
  },
  { key: 'INSURANCE_2', label: 'Insurance' },
];

const named = (requests: RecordedGraphQLRequest[], operation: string) =>
  requests.filter((request) => request.body.operationName === operation);

const labels = () => screen.getAllByRole('textbox').map((input) => (input as HTMLInputElement).value);

const form = () => screen.getByRole('form', { name: 'Preparation checklist' });

describe('preparation checklist', () => {
  it('shows the checklist of the latest mobility, one labelled field per item, from the navigation', async () => {
    const { requests } = renderApp({ path: '/preparation', graphql: graphql() });
    expect(await screen.findByRole('heading', { level: 1, name: 'Preparation checklist' })).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    await screen.findByLabelText(/^Item 1\b/);
    expect(labels()).toEqual(['Online language course finished', 'Insurance arranged', 'Travel booked']);
    expect(screen.getByText('This is the checklist in force for your mobilities.')).toBeTruthy();
    expect(
      screen.getByText(/Ticks your participants already gave stay with the items you keep/),
    ).toBeTruthy();
    expect(named(requests, 'PreparationChecklistRouteQuery')[0]?.body.variables).toEqual({
      organisationId: 'org-rhein-ruhr',
    });
    const nav = screen.getByRole('navigation', { name: 'Main' });
    const link = within(nav).getByRole('link', { name: 'Preparation checklist' });
    expect(link.getAttribute('aria-current')).toBe('page');
    const links = within(nav)
      .getAllByRole('link')
      .map((anchor) => anchor.textContent);
    expect(links.indexOf('Preparation checklist')).toBe(links.indexOf('Host institutions') + 1);
  });

  it('starts from the default list when the organisation has no mobility yet', async () => {
    renderApp({ path: '/preparation', graphql: graphql({}, null) });
    await screen.findByLabelText(/^Item 4\b/);
    expect(labels()).toEqual([
      'Language preparation done',
      'Insurance arranged',
      'Travel booked',
      'Documents ready (ID, health card, agreements)',
    ]);
    expect(screen.getByText(/has no mobility yet, so this is the default list/)).toBeTruthy();
  });

  it('adds, removes and reorders items, and keeps at least one', async () => {
    renderApp({ path: '/preparation', graphql: graphql() });
    await screen.findByLabelText(/^Item 1\b/);
    fireEvent.click(screen.getByRole('button', { name: 'Add item' }));
    expect(labels()).toHaveLength(4);
    const added = screen.getByLabelText(/^Item 4\b/);
    expect(document.activeElement).toBe(added);
    fireEvent.change(added, { target: { value: 'Visa' } });

    expect((screen.getByRole('button', { name: 'Move item 1 up' }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: 'Move item 4 down' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Move item 4 up' }));
    expect(labels()).toEqual([
      'Online language course finished',
      'Insurance arranged',
      'Visa',
      'Travel booked',
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Move item 1 down' }));
    expect(labels()).toEqual([
      'Insurance arranged',
      'Online language course finished',
      'Visa',
      'Travel booked',
    ]);

    fireEvent.click(screen.getByRole('button', { name: 'Remove item 2' }));
    expect(labels()).toEqual(['Insurance arranged', 'Visa', 'Travel booked']);
    fireEvent.click(screen.getByRole('button', { name: 'Remove item 3' }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove item 2' }));
    expect(labels()).toEqual(['Insurance arranged']);
    expect((screen.getByRole('button', { name: 'Remove item 1' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('resets to the default list after confirming', async () => {
    renderApp({ path: '/preparation', graphql: graphql() });
    await screen.findByLabelText(/^Item 1\b/);
    fireEvent.click(screen.getByRole('button', { name: 'Reset to the default list' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reset to the default list?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Keep my list' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(labels()).toHaveLength(3);
    fireEvent.click(screen.getByRole('button', { name: 'Reset to the default list' }));
    fireEvent.click(
      within(await screen.findByRole('dialog', { name: 'Reset to the default list?' })).getByRole('button', {
        name: 'Reset the list',
      }),
    );
    await waitFor(() => expect(labels()).toHaveLength(4));
    expect(labels()[0]).toBe('Language preparation done');
  });

  it('checks for empty labels in the browser and sends nothing', async () => {
    const { requests } = renderApp({ path: '/preparation', graphql: graphql() });
    const second = await screen.findByLabelText(/^Item 2\b/);
    fireEvent.change(second, { target: { value: '   ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save checklist' }));
    expect((await within(form()).findByRole('alert')).textContent).toContain(
      'Please correct the highlighted fields.',
    );
    expect(screen.getByText('Fill in this field.')).toBeTruthy();
    expect(second.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText(/^Item 1\b/).getAttribute('aria-invalid')).not.toBe('true');
    expect(named(requests, 'PreparationChecklistEditor_SetPreparationChecklist')).toHaveLength(0);
  });

  it('saves the labels with the kept keys and keys made from new labels, then reloads', async () => {
    const { requests } = renderApp({
      path: '/preparation',
      graphql: graphql({
        PreparationChecklistEditor_SetPreparationChecklist: saved(savedItems),
      }),
    });
    await screen.findByLabelText(/^Item 1\b/);
    // Reworded: keeps its key, and the ticks given for it.
    fireEvent.change(screen.getByLabelText(/^Item 1\b/), {
      target: { value: ' Language course finished ' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Remove item 2' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add item' }));
    fireEvent.change(screen.getByLabelText(/^Item 3\b/), {
      target: { value: 'Europäische Krankenversicherungskarte & Reisepass' },
    });
    // A new item never takes the key of the removed one.
    fireEvent.click(screen.getByRole('button', { name: 'Add item' }));
    fireEvent.change(screen.getByLabelText(/^Item 4\b/), {
      target: { value: 'Insurance' },
    });
    const before = named(requests, 'PreparationChecklistRouteQuery').length;
    fireEvent.click(screen.getByRole('button', { name: 'Save checklist' }));
    expect(
      await screen.findByText('The checklist is saved. Participants see it on their mobility pages.'),
    ).toBeTruthy();
    expect(named(requests, 'PreparationChecklistEditor_SetPreparationChecklist')[0]?.body.variables).toEqual({
      input: {
        organisationId: 'org-rhein-ruhr',
        items: savedItems,
      },
    });
    await waitFor(() =>
      expect(named(requests, 'PreparationChecklistRouteQuery').length).toBeGreaterThan(before),
    );
    expect(labels()).toEqual([
      'Language course finished',
      'Travel booked',
      'Europäische Krankenversicherungskarte & Reisepass',
      'Insurance',
    ]);
  });

  it('puts the server’s field errors on the rows and lists the others', async () => {
    renderApp({
      path: '/preparation',
      graphql: graphql({
        PreparationChecklistEditor_SetPreparationChecklist: {
          data: {
            __typename: 'Mutation',
            setPreparationChecklist: {
              __typename: 'ValidationError',
              message: 'Invalid input.',
              fieldErrors: [
                {
                  __typename: 'FieldError',
                  path: ['2', 'label'],
                  code: 'TEXT_TOO_LONG',
                  message: 'Too long.',
                },
                { __typename: 'FieldError', path: [], code: 'SOMETHING_NEW', message: 'Server says no.' },
              ],
            },
          },
        },
      }),
    });
    await screen.findByLabelText(/^Item 1\b/);
    fireEvent.click(screen.getByRole('button', { name: 'Save checklist' }));
    const alert = await within(form()).findByRole('alert');
    expect(within(alert).getByText('Server says no.')).toBeTruthy();
    expect(screen.getByText('The text is too long.')).toBeTruthy();
    expect(screen.getByLabelText(/^Item 3\b/).getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByText(/The checklist is saved/)).toBeNull();
  });

  it('says so when the organisation cannot be changed', async () => {
    renderApp({
      path: '/preparation',
      graphql: graphql({
        PreparationChecklistEditor_SetPreparationChecklist: {
          data: {
            __typename: 'Mutation',
            setPreparationChecklist: { __typename: 'NotFoundError', message: 'Not found.' },
          },
        },
      }),
    });
    await screen.findByLabelText(/^Item 1\b/);
    fireEvent.click(screen.getByRole('button', { name: 'Save checklist' }));
    expect((await within(form()).findByRole('alert')).textContent).toContain(
      'This no longer exists, or you may not change it.',
    );
  });

  it('shows a generic problem when the request fails', async () => {
    renderApp({
      path: '/preparation',
      graphql: graphql({
        PreparationChecklistEditor_SetPreparationChecklist: { errors: [{ message: 'Boom' }] },
      }),
    });
    await screen.findByLabelText(/^Item 1\b/);
    fireEvent.click(screen.getByRole('button', { name: 'Save checklist' }));
    expect((await within(form()).findByRole('alert')).textContent).toContain('We could not reach Mobilis.');
    expect(screen.queryByText(/The checklist is saved/)).toBeNull();
  });

  it('speaks German', async () => {
    renderApp({ path: '/preparation', graphql: graphql(), lng: 'de' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Checkliste zur Vorbereitung' }),
    ).toBeTruthy();
    await screen.findByRole('textbox', { name: /^Punkt 1\b/ });
    expect(screen.getByRole('button', { name: 'Punkt 2 nach oben verschieben' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Punkt hinzufügen' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Checkliste speichern' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Auf die Standardliste zurücksetzen' })).toBeTruthy();
    expect(screen.getByText(/Häkchen, die Ihre Teilnehmenden schon gesetzt haben/)).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: /^Punkt 1\b/ }), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Checkliste speichern' }));
    expect(await screen.findByText('Füllen Sie dieses Feld aus.')).toBeTruthy();
  });
});
