import { describe, expect, it } from 'vitest';
import {
  createApplicationCredentialInput,
  expiryOf,
  parseAccessRules,
} from './application-credential-inputs';

const NOW = Date.parse('2026-12-07T12:00:00Z');
const schema = createApplicationCredentialInput(() => NOW);

function errors(values: Record<string, unknown>): Record<string, string> {
  const result = schema.safeParse({ name: 'ci', ...values });
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('Create Application Credential input', () => {
  it('refuses an expiry in the past at the date field, accepts one ahead', () => {
    expect(errors({ expiration_date: '2026-12-07', expiration_time: '11:59' })).toEqual({
      expiration_date:
        'The expiration must be in the future (Keystone refuses an expiry before now).',
    });
    expect(errors({ expiration_date: '2026-12-07', expiration_time: '12:01' })).toEqual({});
    expect(errors({ expiration_date: '07/12/2026' }).expiration_date).toBe(
      'Use the form YYYY-MM-DD.',
    );
    expect(
      errors({ expiration_time: '25:00', expiration_date: '2027-01-01' }).expiration_time,
    ).toBe('Use the form HH:MM (24 hours).');
  });

  it('needs a name', () => {
    expect(errors({ name: '  ' }).name).toBe('Enter a name.');
  });

  it('builds the expiry in UTC', () => {
    expect(expiryOf('2027-01-02', '')).toBe('2027-01-02T00:00:00');
    expect(expiryOf('2027-01-02', '08:30')).toBe('2027-01-02T08:30:00');
    expect(expiryOf('', '08:30')).toBeUndefined();
  });
});

describe('parseAccessRules', () => {
  it('reads a JSON list and the YAML list form', () => {
    const want = [
      { service: 'compute', method: 'GET', path: '/v2.1/servers' },
      { service: 'image', method: 'GET', path: '/v2/images' },
    ];
    expect(parseAccessRules(JSON.stringify(want))).toEqual(want);
    expect(
      parseAccessRules(
        '- service: compute\n  method: GET\n  path: /v2.1/servers\n- service: image\n  method: GET\n  path: "/v2/images"\n',
      ),
    ).toEqual(want);
    expect(parseAccessRules('  ')).toEqual([]);
  });

  it('says what is wrong', () => {
    expect(parseAccessRules('[{')).toMatch(/^Not valid JSON/);
    expect(parseAccessRules('- service: compute\n  method: FETCH\n  path: /x')).toBe(
      'Rule 1: "method" must be one of POST, GET, HEAD, PATCH, PUT, DELETE.',
    );
    expect(parseAccessRules('[{"service":"compute","method":"GET","path":"x"}]')).toBe(
      'Rule 1: "path" must start with "/".',
    );
  });
});
