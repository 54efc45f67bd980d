import { issue, json, login, post, start } from './helpers';
import type { RunningSandbox } from '../../sandbox/server';

/** Made with ssh-keygen; fingerprint from `ssh-keygen -l -E md5`. */
export const ED25519 =
  'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIK5YkpcBJ47g2kbS84CfK0JaZp7AaUp63i90WispapHw test@ed25519';
export const ED25519_FP = '31:d2:55:85:b8:7e:53:37:98:7c:4e:7d:97:24:80:d9';

export const mv = (version: string) => ({ 'OpenStack-API-Version': `compute ${version}` });

export interface NovaFixture {
  sandbox: RunningSandbox;
  compute: string;
  keypairs: string;
  demo: string;
  admin: string;
  demoUserId: string;
}

export async function novaFixture(): Promise<NovaFixture> {
  const sandbox = await start();
  const compute = sandbox.endpoints.RegionOne?.compute ?? '';
  const issued = await json(await issue(sandbox.authUrl, { user: 'demo', password: 'demo' }));
  return {
    sandbox,
    compute,
    keypairs: `${compute}/os-keypairs`,
    demo: await login(sandbox.authUrl, 'demo'),
    admin: await login(sandbox.authUrl, 'admin'),
    demoUserId: issued.token.user.id,
  };
}

export function createKeypair(
  url: string,
  token: string,
  body: unknown,
  version: string,
): Promise<Response> {
  return post(url, body, { 'X-Auth-Token': token, ...mv(version) });
}

export function deleteKeypair(
  keypairs: string,
  token: string,
  name: string,
  version: string,
  query = '',
): Promise<Response> {
  return fetch(`${keypairs}/${encodeURIComponent(name)}${query}`, {
    method: 'DELETE',
    headers: { 'X-Auth-Token': token, ...mv(version) },
  });
}
