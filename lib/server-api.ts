// The API client server code uses: straight to the catalog's endpoints for the
// token's region, with the token (never through the browser's proxy).
import { catalogFor } from './catalog-cache';
import { endpointInterface } from './config';
import { createApi, type Api } from './openstack/api';
import { serverTransport } from './openstack/server-transport';
import type { EndpointInterface } from './openstack/catalog';
import type { DashboardToken } from './session-token';

export async function serverApiFor(
  token: Pick<DashboardToken, 'authUrl' | 'token' | 'expiresAt' | 'region'>,
  iface: EndpointInterface = endpointInterface(),
): Promise<Api> {
  const catalog = await catalogFor(token.authUrl, token.token, token.expiresAt);
  return createApi(serverTransport({ token: token.token, catalog, region: token.region, iface }));
}
