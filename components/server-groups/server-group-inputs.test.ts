import { describe, expect, it } from 'vitest';
import { validateForm } from '@/lib/forms/validate';
import { createServerGroupInput, policyLabel } from './server-group-inputs';

const check = (values: Record<string, string>) =>
  validateForm(createServerGroupInput, {
    name: 'web',
    policy: 'affinity',
    max_server_per_host: '',
    ...values,
  });

describe('Create Server Group input', () => {
  it('sends the rule only with anti-affinity', () => {
    expect(check({ max_server_per_host: '5' })).toMatchObject({
      ok: true,
      data: { name: 'web', policy: 'affinity', max_server_per_host: undefined },
    });
    expect(check({ policy: 'anti-affinity', max_server_per_host: '2' })).toMatchObject({
      ok: true,
      data: { policy: 'anti-affinity', max_server_per_host: 2 },
    });
    expect(check({ policy: 'anti-affinity' })).toMatchObject({
      ok: true,
      data: { max_server_per_host: undefined },
    });
  });

  it('says what is wrong at the field', () => {
    expect(check({ name: '' }).errors).toEqual({ name: 'Name is required.' });
    expect(check({ name: 'x'.repeat(10_000) }).errors).toEqual({
      name: 'Name must be 255 characters or fewer.',
    });
    expect(check({ name: '<script>alert(1)</script>' }).errors.name).toMatch(/^Name may only/);
    expect(check({ policy: 'spread' }).errors).toEqual({ policy: 'Choose a policy.' });
    const anti = (max: string) =>
      check({ policy: 'anti-affinity', max_server_per_host: max }).errors.max_server_per_host;
    expect(anti('0')).toBe('Max Servers per Host must be at least 1.');
    expect(anti('-3')).toBe('Max Servers per Host must be at least 1.');
    expect(anti('1.5')).toBe('Max Servers per Host must be a whole number.');
    expect(anti('9'.repeat(10_000))).toBe('Max Servers per Host must be at most 1,000.');
    // A hidden field is never held against the user.
    expect(check({ policy: 'affinity', max_server_per_host: '-3' }).ok).toBe(true);
  });

  it('names policies as Horizon does', () => {
    expect(policyLabel('soft-anti-affinity')).toBe('Soft Anti Affinity');
    expect(policyLabel(undefined)).toBe('-');
  });
});
