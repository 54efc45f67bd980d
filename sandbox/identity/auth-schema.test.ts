import { describe, expect, it } from 'vitest';
import { validateIssueTokenAuth } from './auth-schema';
import { KeystoneError } from './errors';

function error(auth: unknown): string {
  try {
    validateIssueTokenAuth(auth);
  } catch (err) {
    if (err instanceof KeystoneError && err.code === 400) return err.message;
    throw err;
  }
  return 'valid';
}

const password = (user: unknown) => ({ identity: { methods: ['password'], password: { user } } });

describe('validateIssueTokenAuth', () => {
  it('lets a missing auth through (Keystone reports it later)', () => {
    expect(error(undefined)).toBe('valid');
    expect(error(password({ name: 'demo', domain: { name: 'Default' }, password: 'x' }))).toBe(
      'valid',
    );
  });

  it("reports jsonschema's first error with Keystone's field path", () => {
    expect(error({})).toBe("'identity' is a required property");
    expect(error({ identity: {} })).toBe(
      "Invalid input for field 'identity': 'methods' is a required property",
    );
    expect(error({ identity: { methods: 'password' } })).toBe(
      "Invalid input for field 'identity/methods': 'password' is not of type 'array'",
    );
    expect(error(password({ name: 1 }))).toBe(
      "Invalid input for field 'identity/password/user/name': 1 is not of type 'string'",
    );
    expect(error({ identity: { methods: ['token'], token: {} } })).toBe(
      "Invalid input for field 'identity/token': 'id' is a required property",
    );
    expect(error({ identity: { methods: [] }, scope: 5 })).toBe(
      "Invalid input for field 'scope': 5 is not of type 'object', 'string'",
    );
  });

  it('needs an id or a name for users, domains and projects', () => {
    expect(error(password({ password: 'x' }))).toBe(
      'Invalid input for field identity/password/user: id or name must be present.',
    );
    expect(error(password({ name: 'demo', domain: {} }))).toBe(
      'Invalid input for field identity/password/user/domain: id or name must be present.',
    );
    expect(error({ identity: { methods: [] }, scope: { project: {} } })).toBe(
      'Invalid input for field scope/project: id or name must be present.',
    );
    expect(
      error({ identity: { methods: [] }, scope: { project: { name: 'p', domain: {} } } }),
    ).toBe('Invalid input for field scope/project/domain: id or name must be present.');
    expect(error({ identity: { methods: [] }, scope: { domain: {} } })).toBe(
      'Invalid input for field scope/domain: id or name must be present.',
    );
  });
});
