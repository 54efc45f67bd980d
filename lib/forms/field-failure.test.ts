import { describe, expect, it } from 'vitest';
import { OpenStackError } from '@/lib/openstack/errors';
import { FieldFailure, refusedAtField } from './field-failure';

const refusal = (status: number) =>
  new OpenStackError({ code: status, title: 'Conflict', message: 'taken', service: 'identity' });

describe('refusedAtField', () => {
  it("turns the named refusals into the field's error, with the cloud's words", async () => {
    const failed = await refusedAtField('name', [409], () => Promise.reject(refusal(409))).catch(
      (e: unknown) => e,
    );
    expect(failed).toBeInstanceOf(FieldFailure);
    expect(failed).toMatchObject({ field: 'name', message: 'taken' });
  });

  it('lets other failures and successes through', async () => {
    const other = await refusedAtField('name', [409], () => Promise.reject(refusal(403))).catch(
      (e: unknown) => e,
    );
    expect(other).toBeInstanceOf(OpenStackError);
    expect(other).not.toBeInstanceOf(FieldFailure);
    expect(await refusedAtField('name', [409], () => Promise.resolve(7))).toBe(7);
  });
});
