import { get, json, login, start, type Json } from './helpers';
import type { RunningSandbox } from '../../sandbox/server';

export interface NeutronFixture {
  sandbox: RunningSandbox;
  /** http://host:port/v2.0 */
  api: string;
  demo: string;
  admin: string;
  demoProject: string;
  adminProject: string;
}

async function projectOf(authUrl: string, token: string): Promise<string> {
  const body = await json(await get(`${authUrl}/auth/tokens`, token, { 'X-Subject-Token': token }));
  return body.token.project.id;
}

export async function neutronFixture(): Promise<NeutronFixture> {
  const sandbox = await start();
  const demo = await login(sandbox.authUrl, 'demo');
  const admin = await login(sandbox.authUrl, 'admin');
  return {
    sandbox,
    api: `${sandbox.endpoints.RegionOne?.network ?? ''}/v2.0`,
    demo,
    admin,
    demoProject: await projectOf(sandbox.authUrl, demo),
    adminProject: await projectOf(sandbox.authUrl, admin),
  };
}

export async function send(
  url: string,
  token: string,
  method: string,
  body?: unknown,
): Promise<Response> {
  return fetch(url, {
    method,
    headers: { 'X-Auth-Token': token, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export function neutronError(type: string, message: string): Json {
  return { NeutronError: { type, message, detail: '' } };
}
