'use server';
// The Change Password form's server action: Keystone's answer mapped to the field
// it concerns. On success Keystone has revoked the user's tokens; the form then
// signs the browser out.
import { OpenStackError } from '@/lib/openstack/errors';
import { changeOwnPassword } from '@/lib/openstack/identity/keystone';
import { requireSession } from '@/lib/session';

export type ChangePasswordResult =
  { ok: true } | { ok: false; field: 'original_password' | 'password' | ''; message: string };

export async function changePasswordAction(
  originalPassword: string,
  password: string,
): Promise<ChangePasswordResult> {
  const token = await requireSession();
  try {
    await changeOwnPassword(token.authUrl, token.user.id, originalPassword, password);
    return { ok: true };
  } catch (error) {
    if (!(error instanceof OpenStackError)) throw error;
    if (error.status === 401) {
      return {
        ok: false,
        field: 'original_password',
        message: `Keystone refused the current password: ${error.message}`,
      };
    }
    // 400: the password rules of the cloud (length, pattern, reuse); the text is Keystone's.
    return { ok: false, field: error.status === 400 ? 'password' : '', message: error.message };
  }
}
