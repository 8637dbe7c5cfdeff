import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { SignInForm, toSignInFieldErrors } from './sign-in-form';
import { renderWithMobilis } from './testing/render-with-mobilis';

function fill(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

describe('SignInForm', () => {
  it('sends the trimmed e-mail and the password', () => {
    const onSubmit = vi.fn();
    renderWithMobilis(<SignInForm onSubmit={onSubmit} />);
    fill('E-mail', ' coordinator@rhein-ruhr.example ');
    fill('Password', 'mobilis-demo');
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(onSubmit).toHaveBeenCalledWith({
      email: 'coordinator@rhein-ruhr.example',
      password: 'mobilis-demo',
    });
  });

  it('requires both fields and focuses the first one missing', () => {
    const onSubmit = vi.fn();
    renderWithMobilis(<SignInForm onSubmit={onSubmit} />);
    fill('E-mail', 'coordinator@rhein-ruhr.example');
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByText('Enter your password')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText('Password'));
    expect(screen.getByLabelText('Password').getAttribute('aria-invalid')).toBe('true');
  });

  it('uses the validation it is given instead of the built-in checks', () => {
    const onSubmit = vi.fn();
    const validate = vi.fn(() => ({ email: 'Use your work address' }));
    renderWithMobilis(<SignInForm onSubmit={onSubmit} validate={validate} />);
    fill('E-mail', 'someone@example.org');
    fill('Password', 'x');
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(validate).toHaveBeenCalledWith({ email: 'someone@example.org', password: 'x' });
    expect(screen.getByText('Use your work address')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('moves focus to the error alert when sign-in fails', () => {
    const { rerender } = renderWithMobilis(<SignInForm onSubmit={() => {}} />);
    rerender(<SignInForm onSubmit={() => {}} error="E-mail or password is incorrect" />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('E-mail or password is incorrect');
    expect(document.activeElement).toBe(alert);
  });

  it('shows server field errors on their fields', () => {
    renderWithMobilis(<SignInForm onSubmit={() => {}} fieldErrors={{ email: 'Not an e-mail address' }} />);
    expect(screen.getByLabelText('E-mail').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Not an e-mail address')).toBeTruthy();
  });

  it('cannot be sent twice while submitting', () => {
    const onSubmit = vi.fn();
    renderWithMobilis(<SignInForm onSubmit={onSubmit} submitting />);
    expect(screen.getByRole('button', { name: 'Sign in' }).hasAttribute('disabled')).toBe(true);
  });

  it('speaks German when the language is German', () => {
    renderWithMobilis(<SignInForm onSubmit={() => {}} />, { lng: 'de' });
    expect(screen.getByLabelText('E-Mail')).toBeTruthy();
    expect(screen.getByLabelText('Passwort')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Anmelden' })).toBeTruthy();
  });
});

describe('toSignInFieldErrors', () => {
  it('maps input paths to fields and ignores fields the form does not have', () => {
    expect(
      toSignInFieldErrors([
        { path: ['email'], message: 'Invalid e-mail' },
        { path: ['input', 'password'], message: 'Too long' },
        { path: ['email'], message: 'Second message' },
        { path: ['rememberMe'], message: 'Unknown' },
      ]),
    ).toEqual({ email: 'Invalid e-mail', password: 'Too long' });
  });
});
