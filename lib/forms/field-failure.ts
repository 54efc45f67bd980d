// An error a form shows at one field instead of above the form: the cloud refused
// that value (a duplicate name), in the cloud's own words.

import { OpenStackError } from '@/lib/openstack/errors';

export class FieldFailure extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'FieldFailure';
  }
}

/** Runs a cloud call; a refusal with one of `statuses` (409: the name is taken) shows at `field`. */
export async function refusedAtField<T>(
  field: string,
  statuses: readonly number[],
  call: () => Promise<T>,
): Promise<T> {
  try {
    return await call();
  } catch (e) {
    if (e instanceof OpenStackError && statuses.includes(e.status))
      throw new FieldFailure(field, e.message);
    throw e;
  }
}
