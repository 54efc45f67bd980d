import { describe, expect, it } from 'vitest';
import { knownLoginError, loginErrorFromQuery, UNKNOWN_LOGIN_ERROR } from './login-error';

describe('loginErrorFromQuery', () => {
  it('says known next-auth codes in words', () => {
    expect(loginErrorFromQuery('CredentialsSignin')).toBe('Invalid credentials.');
    expect(loginErrorFromQuery('Configuration')).toBe(
      'The dashboard is misconfigured (see the server log).',
    );
  });

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'])(
    'answers the inherited name %s with the generic message, a string',
    (code) => {
      expect(loginErrorFromQuery(code)).toBe(UNKNOWN_LOGIN_ERROR);
      expect(knownLoginError(code)).toBeUndefined();
    },
  );

  it('never echoes text it does not know', () => {
    expect(loginErrorFromQuery('Your account is locked, call +1 555 0100')).toBe(
      UNKNOWN_LOGIN_ERROR,
    );
  });

  it('shows nothing without a code', () => {
    expect(loginErrorFromQuery(undefined)).toBeNull();
    expect(loginErrorFromQuery('')).toBeNull();
  });
});
