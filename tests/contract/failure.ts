// The OpenStackError a call fails with (and a test failure if it succeeds).
import { OpenStackError } from '@/lib/openstack/errors';

export async function failure(promise: Promise<unknown>): Promise<OpenStackError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof OpenStackError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}
