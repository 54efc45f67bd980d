// /project lands on the first panel this cloud can serve. A route handler, not a
// page, so the redirect is a real HTTP redirect rather than a client-side one.
import { cookies } from 'next/headers';
import { catalogFor } from '@/lib/catalog-cache';
import { endpointInterface } from '@/lib/config';
import { servicesInRegion } from '@/lib/openstack/catalog';
import { PANEL_LIST } from '@/lib/panels';
import { relativeRedirect } from '@/lib/redirect';
import { loginUrl, sessionState } from '@/lib/session-cookie';

export async function GET() {
  const state = await sessionState(await cookies());
  if (state.status !== 'ok') {
    const reason = state.status === 'expired' ? 'expired' : undefined;
    return relativeRedirect(loginUrl(reason, '/project'));
  }
  const { token } = state;
  let target = '/project/unavailable';
  try {
    const catalog = await catalogFor(token.authUrl, token.token, token.expiresAt);
    const services = servicesInRegion(catalog, token.region, endpointInterface());
    target =
      PANEL_LIST.find((p) => p.dashboard === 'Project' && services.has(p.service))?.path ?? target;
  } catch {
    return relativeRedirect(loginUrl('expired', '/project'));
  }
  return relativeRedirect(target);
}
