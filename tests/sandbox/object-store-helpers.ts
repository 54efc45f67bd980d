import { issue, json } from './helpers';
import type { RunningSandbox } from '../../sandbox/server';

/** A demo (or other) user's token and Swift account URL, as the catalog gives it. */
export async function swiftAccount(
  sandbox: RunningSandbox,
  user = 'demo',
): Promise<{ token: string; url: string; projectId: string; headers: Record<string, string> }> {
  const res = await issue(sandbox.authUrl, { user, password: user });
  const token = res.headers.get('x-subject-token') ?? '';
  const projectId = String((await json(res)).token.project.id);
  const template = sandbox.endpoints.RegionOne?.['object-store'] ?? '';
  return {
    token,
    projectId,
    url: template.replace('$(project_id)s', projectId),
    headers: { 'X-Auth-Token': token },
  };
}

export function swift(
  url: string,
  token: string,
  method = 'GET',
  headers: Record<string, string> = {},
  body?: string | Buffer,
): Promise<Response> {
  const payload = typeof body === 'string' || body === undefined ? body : new Uint8Array(body);
  return fetch(url, { method, headers: { 'X-Auth-Token': token, ...headers }, body: payload });
}

export const NOT_FOUND_PAGE =
  '<html><h1>Not Found</h1><p>The resource could not be found.</p></html>';
