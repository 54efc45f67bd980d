import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { validateForm } from './validate';

const schema = z.object({
  name: z.string().min(1, { error: 'Name is required.' }).max(5, { error: 'Too long.' }),
  size: z.coerce.number().int().min(1, { error: 'At least 1.' }),
});

describe('validateForm', () => {
  it('returns parsed data when valid', () => {
    const result = validateForm(schema, { name: 'ab', size: '3' });
    expect(result).toEqual({ ok: true, data: { name: 'ab', size: 3 }, errors: {} });
  });

  it('keeps the first message per field', () => {
    const result = validateForm(schema, { name: '', size: '0' });
    expect(result.ok).toBe(false);
    expect(result.errors).toEqual({ name: 'Name is required.', size: 'At least 1.' });
  });

  it('reports a 10,000-character value with the schema message', () => {
    const result = validateForm(schema, { name: 'x'.repeat(10_000), size: '1' });
    expect(result.errors.name).toBe('Too long.');
  });
});
