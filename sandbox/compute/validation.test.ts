import { describe, expect, it } from 'vitest';
import { NovaFault } from './faults';
import { createSchemaFor, querySchemaFor } from './keypair-schemas';
import { validateBody, validateQuery } from './validation';

const v = (minor: number) => ({ major: 2, minor });

function bodyError(minor: number, body: unknown): string {
  try {
    validateBody(createSchemaFor(v(minor)), body);
  } catch (err) {
    if (err instanceof NovaFault && err.code === 400) return err.message;
    throw err;
  }
  return 'valid';
}

function queryError(minor: number, query: string, paging = true): string {
  const schema = querySchemaFor(v(minor), paging);
  try {
    if (schema) validateQuery(schema, new URLSearchParams(query));
  } catch (err) {
    if (err instanceof NovaFault) return err.message;
    throw err;
  }
  return 'valid';
}

describe('Nova keypair body validation', () => {
  it('accepts what each microversion allows', () => {
    expect(bodyError(1, { keypair: { name: 'my key-1_x' } })).toBe('valid');
    expect(bodyError(2, { keypair: { name: 'k', type: 'x509' } })).toBe('valid');
    expect(bodyError(10, { keypair: { name: 'k', user_id: 'u' } })).toBe('valid');
    expect(bodyError(92, { keypair: { name: 'me@host.example', public_key: 'x' } })).toBe('valid');
  });

  it('words errors the way Nova does', () => {
    expect(bodyError(1, null)).toBe("None is not of type 'object'");
    expect(bodyError(1, {})).toBe("'keypair' is a required property");
    expect(bodyError(1, { keypair: {} })).toBe(
      "Invalid input for field/attribute keypair. Value: {}. 'name' is a required property",
    );
    expect(bodyError(1, { keypair: { name: '' } })).toBe(
      "Invalid input for field/attribute name. Value: . '' is too short",
    );
    expect(bodyError(1, { keypair: { name: 'a'.repeat(256) } })).toMatch(
      /^Invalid input for field\/attribute name\. Value: a+\. 'a+' is too long$/,
    );
    expect(bodyError(1, { keypair: { name: 5 } })).toBe(
      "Invalid input for field/attribute name. Value: 5. 5 is not of type 'string'",
    );
    expect(bodyError(1, { keypair: { name: ' lead' } })).toBe(
      "An invalid 'name' value was provided. The name must be: printable characters. Can not start or end with whitespace.",
    );
    expect(bodyError(1, { keypair: { name: 'bad/name' } })).toBe(
      "An invalid 'name' value was provided. The name must be: Only expected characters: [_- 0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ]",
    );
    expect(bodyError(92, { keypair: { name: 'a/b', public_key: 'x' } })).toContain(
      '[@._- 0123456789',
    );
    expect(bodyError(2, { keypair: { name: 'k', type: 'rsa' } })).toBe(
      "Invalid input for field/attribute type. Value: rsa. 'rsa' is not one of ['ssh', 'x509']",
    );
  });

  it('refuses fields a microversion does not know', () => {
    expect(bodyError(1, { keypair: { name: 'k', type: 'ssh' } })).toBe(
      "Invalid input for field/attribute keypair. Value: {'name': 'k', 'type': 'ssh'}. Additional properties are not allowed ('type' was unexpected)",
    );
    expect(bodyError(9, { keypair: { name: 'k', user_id: 'u' } })).toContain(
      "('user_id' was unexpected)",
    );
    expect(bodyError(92, { keypair: { name: 'k' } })).toBe(
      "Invalid input for field/attribute keypair. Value: {'name': 'k'}. 'public_key' is a required property",
    );
    expect(bodyError(91, { keypair: { name: 'me@host' } })).toContain(
      'Only expected characters: [_- ',
    );
  });
});

describe('Nova keypair query validation', () => {
  it('checks limit from 2.35 and unknown parameters from 2.75', () => {
    expect(queryError(34, 'limit=abc&foo=1')).toBe('valid');
    expect(queryError(35, 'limit=abc')).toBe(
      "Invalid input for query parameters limit. Value: abc. 'abc' does not match '^[0-9]*$'",
    );
    expect(queryError(35, 'limit=')).toBe(
      "Invalid input for query parameters limit. Value: . '' is too short",
    );
    expect(queryError(74, 'foo=1')).toBe('valid');
    expect(queryError(75, 'foo=1')).toBe(
      "Additional properties are not allowed ('foo' was unexpected)",
    );
    expect(queryError(75, 'limit=1', false)).toBe(
      "Additional properties are not allowed ('limit' was unexpected)",
    );
    expect(queryError(1, 'anything=1')).toBe('valid');
  });
});
