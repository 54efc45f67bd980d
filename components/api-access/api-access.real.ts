// API Access, run for real against the devcloud: the openrc and clouds.yaml the
// downloads give demo sign the real `openstack` CLI in, and the equivalents pane
// lists the same endpoints as the table.
import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessFacts, openrcFileName, type AccessFacts } from '@/lib/access-files/access-facts';
import { buildCloudsYaml, CLOUD_NAME } from '@/lib/access-files/clouds-yaml';
import { buildOpenrc } from '@/lib/access-files/openrc';
import { login } from '@/lib/keystone-login';
import { getAuthCatalog, revokeToken } from '@/lib/openstack/identity/keystone';
import type { DashboardToken } from '@/lib/session-token';
import { AUTH_URL, python, shell, workspace, type Workspace } from '@/tests/real/clients';
import { credentialsEquivalents, endpointsEquivalents } from './api-access-equivalents';
import { apiEndpoints } from './api-endpoints';

const run = promisify(execFile);

let session: DashboardToken;
let facts: AccessFacts;
let dir: string;

/** A shell with nothing of OpenStack set and no clouds.yaml in HOME, like a fresh terminal. */
async function bare(script: string, stdin: string, extra: Record<string, string> = {}) {
  const child = run('bash', ['-euo', 'pipefail', '-c', script], {
    cwd: dir,
    // Next's types make NODE_ENV required; the child needs none.
    env: {
      PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
      HOME: dir,
      LANG: 'C.UTF-8',
      ...extra,
    } as unknown as NodeJS.ProcessEnv,
    timeout: 150_000,
  });
  child.child.stdin?.end(stdin);
  return child;
}

beforeAll(async () => {
  // Signed in as the dashboard signs demo in: the facts are the session's.
  session = await login(
    { id: 'devcloud', name: 'devcloud', authUrl: AUTH_URL.replace(/\/+$/, '') },
    { username: 'demo', password: 'demo', domain: 'Default' },
  );
  facts = accessFacts(session);
  dir = await mkdtemp(path.join(tmpdir(), 'api-access-'));
});

afterAll(async () => {
  if (!session) return;
  await Promise.allSettled([
    revokeToken(session.authUrl, session.token),
    revokeToken(session.authUrl, session.unscopedToken),
  ]);
});

describe('API Access files with the real openstack CLI', () => {
  it('the openrc, sourced with the password typed on stdin, signs in to the project', async () => {
    expect(facts.projectName).toBe('demo');
    const text = buildOpenrc(facts);
    // The only password in it is the one typed when it is sourced.
    expect(text.match(/OS_PASSWORD=.*/g)).toEqual(['OS_PASSWORD="$OS_PASSWORD_INPUT"']);
    const file = openrcFileName(facts);
    expect(file).toBe('demo-openrc.sh');
    await writeFile(path.join(dir, file), text);
    const { stdout, stderr } = await bare(
      `source ./${file}
       openstack token issue -f value -c project_id
       openstack server list -f value -c ID >/dev/null
       echo listed`,
      'demo\n',
    );
    expect(stderr).toContain('OpenStack password for user demo in project demo: ');
    expect(stdout.trim().split('\n')).toEqual([facts.projectId, 'listed']);
  });

  it('the openrc with a wrong password is refused by Keystone', async () => {
    const file = openrcFileName(facts);
    await writeFile(path.join(dir, file), buildOpenrc(facts));
    await expect(
      bare(`source ./${file}\nopenstack token issue -f value -c id`, 'not-the-password\n'),
    ).rejects.toThrow(/401|authenticate/i);
  });

  it('clouds.yaml with OS_PASSWORD set signs the CLI in with --os-cloud', async () => {
    const file = path.join(dir, 'clouds.yaml');
    await writeFile(file, buildCloudsYaml(facts));
    const { stdout } = await bare(
      `openstack --os-cloud ${CLOUD_NAME} project show ${facts.projectId} -f value -c name
       openstack --os-cloud ${CLOUD_NAME} token issue -f value -c project_id`,
      '',
      { OS_CLIENT_CONFIG_FILE: file, OS_PASSWORD: 'demo' },
    );
    expect(stdout.trim().split('\n')).toEqual(['demo', facts.projectId]);
  });
});

describe('API Access equivalents with the real clients', () => {
  let ws: Workspace;
  beforeAll(async () => {
    ws = await workspace('demo');
  });

  it("the openstacksdk lines print the table's endpoints", async () => {
    const catalog = await getAuthCatalog(session.authUrl, session.token);
    const table = apiEndpoints(catalog, session.region).map((e) => `${e.type} ${e.url}`);
    expect(table.map((row) => row.split(' ')[0])).toEqual(
      expect.arrayContaining(['compute', 'identity', 'network', 'image']),
    );
    const printed = await python(ws, endpointsEquivalents(session.region).sdk);
    expect(printed.trim().split('\n').sort()).toEqual([...table].sort());
  });

  it('the CLI lines show the project the credentials name', async () => {
    const out = await shell(ws, credentialsEquivalents().cli);
    expect(out).toContain(facts.projectId);
    expect(out).toContain(`public: ${AUTH_URL}`);
  });
});
