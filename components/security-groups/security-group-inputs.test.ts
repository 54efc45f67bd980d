import { describe, expect, it } from 'vitest';
import { validateForm } from '@/lib/forms/validate';
import { securityGroupInput } from './security-group-inputs';

describe('Create / Edit Security Group input', () => {
  it('takes any name Neutron takes, HTML included (it is shown as text)', () => {
    expect(validateForm(securityGroupInput, { name: ' web ', description: '' })).toMatchObject({
      ok: true,
      data: { name: 'web', description: '' },
    });
    expect(validateForm(securityGroupInput, { name: '<b>x</b>', description: 'a & b' }).ok).toBe(
      true,
    );
  });

  it('says what is wrong at the field', () => {
    expect(validateForm(securityGroupInput, { name: '', description: '' }).errors).toEqual({
      name: 'Name is required.',
    });
    expect(
      validateForm(securityGroupInput, { name: 'n'.repeat(10_000), description: 'd'.repeat(256) })
        .errors,
    ).toEqual({
      name: 'Name must be 255 characters or fewer.',
      description: 'Description must be 255 characters or fewer.',
    });
  });
});
