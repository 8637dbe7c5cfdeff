import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { AppShellLayout } from './app-shell-layout';
import { localeStorageKey } from './i18n/supported-locales';
import { renderWithMobilis } from './testing/render-with-mobilis';

const organisations = [
  { id: 'o1', name: 'Berufskolleg Rhein-Ruhr' },
  { id: 'o2', name: 'Volkshochschule Essen' },
];

describe('AppShellLayout', () => {
  it('shows the person and the current organisation as text in the banner', () => {
    renderWithMobilis(
      <AppShellLayout
        appTitle="Mobilis"
        displayName="Anna Becker"
        organisation={organisations[0]}
        onSignOut={() => {}}
      >
        <h1>Home</h1>
      </AppShellLayout>,
    );
    const banner = screen.getByRole('banner');
    expect(within(banner).getByText('Anna Becker')).toBeTruthy();
    expect(within(banner).getByText('Berufskolleg Rhein-Ruhr')).toBeTruthy();
    expect(within(banner).queryByLabelText('Organisation')).toBeNull();
    expect(screen.getByRole('main').textContent).toContain('Home');
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toBeTruthy();
  });

  it('offers a switch when the person has several organisations', () => {
    const onOrganisationChange = vi.fn();
    renderWithMobilis(
      <AppShellLayout
        appTitle="Mobilis"
        displayName="Anna Becker"
        organisation={organisations[0]}
        organisations={organisations}
        onOrganisationChange={onOrganisationChange}
        onSignOut={() => {}}
      >
        <p>page</p>
      </AppShellLayout>,
    );
    fireEvent.change(screen.getByLabelText('Organisation'), { target: { value: 'o2' } });
    expect(onOrganisationChange).toHaveBeenCalledWith('o2');
  });

  it('signs out from the button', () => {
    const onSignOut = vi.fn();
    renderWithMobilis(
      <AppShellLayout appTitle="Mobilis" displayName="Anna Becker" onSignOut={onSignOut}>
        <p>page</p>
      </AppShellLayout>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(onSignOut).toHaveBeenCalledOnce();
  });

  it('switches the language, remembers it and marks the document', async () => {
    renderWithMobilis(
      <AppShellLayout appTitle="Mobilis" displayName="Anna Becker" onSignOut={() => {}}>
        <p>page</p>
      </AppShellLayout>,
    );
    fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'de' } });
    expect(await screen.findByRole('button', { name: 'Abmelden' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('de');
    expect(localStorage.getItem(localeStorageKey)).toBe('de');
  });

  it('renders the app’s navigation as a named landmark, marking the current page', () => {
    const onClick = vi.fn((event: { preventDefault(): void }) => event.preventDefault());
    renderWithMobilis(
      <AppShellLayout
        appTitle="Mobilis"
        displayName="Anna Becker"
        onSignOut={() => {}}
        navigation={{
          label: 'Main',
          links: [
            { label: 'Home', href: '/org/', current: true },
            { label: 'Grant calculator', href: '/org/calculator', onClick },
          ],
        }}
      >
        <p>page</p>
      </AppShellLayout>,
    );
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Home' }).getAttribute('aria-current')).toBe('page');
    const calculator = within(nav).getByRole('link', { name: 'Grant calculator' });
    expect(calculator.getAttribute('href')).toBe('/org/calculator');
    expect(calculator.getAttribute('aria-current')).toBeNull();
    fireEvent.click(calculator);
    expect(onClick).toHaveBeenCalledOnce();
  });

  it('has no navigation when the app gives none', () => {
    renderWithMobilis(
      <AppShellLayout appTitle="Mobilis" displayName="Anna Becker" onSignOut={() => {}}>
        <p>page</p>
      </AppShellLayout>,
    );
    expect(screen.queryByRole('navigation')).toBeNull();
  });
});
