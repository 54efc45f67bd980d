// Keystone's self-service password change, called from the server (api-ref:
// identity v3, "Change password for user"): no token is needed, and Keystone's
// 401 for a wrong original password must reach the form as such, not as an
// expired session (which is what the proxy makes of a 401).
import { recordUpstreamCall } from '@/lib/upstream-metrics';
import { OpenStackError, parseBodyText, toOpenStackError } from '../errors';

export async function changeOwnPassword(
  authUrl: string,
  userId: string,
  originalPassword: string,
  password: string,
): Promise<void> {
  const started = performance.now();
  let response: Response;
  try {
    response = await fetch(
      `${authUrl.replace(/\/+$/, '')}/users/${encodeURIComponent(userId)}/password`,
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ user: { original_password: originalPassword, password } }),
        redirect: 'manual',
        signal: AbortSignal.timeout(15_000),
      },
    );
  } catch {
    throw new OpenStackError({
      code: 503,
      title: 'Service Unavailable',
      message: `Could not reach Keystone at ${authUrl}: try again in a moment.`,
      service: 'identity',
    });
  } finally {
    recordUpstreamCall('identity', performance.now() - started);
  }
  if (!response.ok) {
    const body = parseBodyText(await response.text().catch(() => ''));
    throw toOpenStackError(
      'identity',
      response.status,
      body,
      response.headers.get('x-openstack-request-id') ?? undefined,
    );
  }
}
