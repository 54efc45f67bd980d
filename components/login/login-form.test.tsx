// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LoginForm } from './login-form';

afterEach(cleanup);

const clouds = [{ id: 'sandbox', name: 'Sandbox cloud', sandbox: true }];

describe('LoginForm ?error=', () => {
  it.each([
    ['constructor', 'Sign-in failed. Please try again.'],
    ['<b>Call this number</b>', 'Sign-in failed. Please try again.'],
    ['CredentialsSignin', 'Invalid credentials.'],
  ])('shows %s as a known message only', (code, message) => {
    render(<LoginForm clouds={clouds} returnTo="/project" expired={false} initialError={code} />);
    expect(screen.getByRole('alert').textContent).toContain(message);
    expect(screen.getByRole('alert').textContent).not.toContain('<b>');
  });
});
