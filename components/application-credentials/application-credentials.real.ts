// Application credentials, run for real against the devcloud: the clouds.yaml and
// openrc the panel offers after Create sign the real `openstack` CLI in, it lists
// servers, and the create equivalents (CLI and openstacksdk) make working credentials.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  appCredCloudsYaml,
  appCredOpenrc,
  appCredOpenrcFileName,
} from '@/lib/access-files/application-credential-files';
import { login } from '@/lib/keystone-login';
import type { Api } from '@/lib/openstack/api';
import { revokeToken } from '@/lib/openstack/identity/keystone';
import { serverApiFor } from '@/lib/server-api';
import type { DashboardToken } from '@/lib/session-token';
import {
  AUTH_URL,
  python,
  shell,
  uniqueName,
  workspace,
  type Workspace,
} from '@/tests/real/clients';
import { createAppCredEquivalents } from './application-credentials-equivalents';

let session: DashboardToken;
let api: Api;
let ws: Workspace;
/** Where the downloaded files go: not ws.dir, whose ./clouds.yaml openstacksdk would read first. */
let files: string;
const created: string[] = [];

/** A shell with nothing of OpenStack set and only `files` beside it. */
async function bare(script: string): Promise<string> {
  const env = Object.fromEntries(Object.entries(ws.env).filter(([k]) => !k.startsWith('OS_')));
  return shell({ ...ws, dir: files, env: { ...env, HOME: files } }, script);
}

beforeAll(async () => {
  session = await login(
    { id: 'devcloud', name: 'devcloud', authUrl: AUTH_URL.replace(/\/+$/, '') },
    { username: 'demo', password: 'demo', domain: 'Default' },
  );
  api = await serverApiFor(session, 'public');
  ws = await workspace('demo');
  files = path.join(ws.dir, 'files');
  await mkdir(files);
});

afterAll(async () => {
  if (!session) return;
  await Promise.allSettled(
    created.map((id) => api.identity.deleteApplicationCredential(session.user.id, id)),
  );
  const leftovers = await api.identity.listApplicationCredentials(session.user.id);
  await Promise.allSettled(
    leftovers
      .filter((c) => c.name.startsWith('eq-appcred-'))
      .map((c) => api.identity.deleteApplicationCredential(session.user.id, c.id)),
  );
  await Promise.allSettled([
    revokeToken(session.authUrl, session.token),
    revokeToken(session.authUrl, session.unscopedToken),
  ]);
});

describe('application credential files with the real openstack CLI', () => {
  it('the clouds.yaml and the openrc list servers; after Delete they are refused', async () => {
    const cred = await api.identity.createApplicationCredential(session.user.id, {
      name: uniqueName('appcred'),
    });
    created.push(cred.id);
    const facts = {
      authUrl: session.authUrl,
      region: session.region,
      id: cred.id,
      name: cred.name,
      secret: cred.secret ?? '',
    };
    await writeFile(path.join(files, 'clouds.yaml'), appCredCloudsYaml(facts));
    const rc = appCredOpenrcFileName(cred.name);
    await writeFile(path.join(files, rc), appCredOpenrc(facts));

    const viaYaml = await bare(
      'openstack --os-cloud openstack token issue -f value -c project_id && openstack --os-cloud openstack server list -f value -c ID >/dev/null && echo listed',
    );
    expect(viaYaml.trim().split('\n')).toEqual([session.project.id, 'listed']);
    const viaRc = await bare(
      `mv clouds.yaml clouds.yaml.off && source ./${rc} && openstack server list -f value -c ID >/dev/null && echo listed; mv clouds.yaml.off clouds.yaml`,
    );
    expect(viaRc.trim()).toBe('listed');

    await api.identity.deleteApplicationCredential(session.user.id, cred.id);
    created.splice(created.indexOf(cred.id), 1);
    await expect(
      bare('openstack --os-cloud openstack server list -f value -c ID'),
    ).rejects.toThrow();
  });

  it('the create equivalents make a credential with the chosen role and expiry', async () => {
    const name = uniqueName('appcred');
    const eq = createAppCredEquivalents({
      name,
      description: 'from the CLI equivalent',
      secret: false,
      expiresAt: '2031-01-02T03:04:00',
      roles: ['reader'],
      accessRules: [],
      unrestricted: false,
    });
    await shell(ws, `${eq.cli} -f value -c id`);
    const cli = (await api.identity.listApplicationCredentials(session.user.id)).find(
      (c) => c.name === name,
    );
    expect(cli?.roles.map((r) => r.name)).toEqual(['reader']);
    expect(cli?.expires_at).toBe('2031-01-02T03:04:00.000000');
    if (cli) created.push(cli.id);

    const sdkName = uniqueName('appcred');
    const sdk = createAppCredEquivalents({
      name: sdkName,
      description: '',
      secret: false,
      roles: ['member'],
      accessRules: [{ service: 'compute', method: 'GET', path: '/v2.1/servers' }],
      unrestricted: false,
    });
    await python(ws, sdk.sdk);
    const made = (await api.identity.listApplicationCredentials(session.user.id)).find(
      (c) => c.name === sdkName,
    );
    expect(made?.roles.map((r) => r.name)).toEqual(['member']);
    if (made) created.push(made.id);
  });
});
