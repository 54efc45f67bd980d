import { issue, json, login, start, type Json } from './helpers';
import type { RunningSandbox } from '../../sandbox/server';

// A sandbox with fast state transitions (bootMs 50) and small helpers to drive Nova.

export const BOOT_MS = 50;

export interface NovaCloud {
  sandbox: RunningSandbox;
  compute: string;
  demo: string;
  admin: string;
  /** Calls Nova as `token` at microversion `version` (default 2.93). */
  nova(
    token: string,
    method: string,
    path: string,
    body?: unknown,
    version?: string,
  ): Promise<Response>;
  /** Same, parsed; fails the test on an unexpected status. */
  ok(token: string, method: string, path: string, body?: unknown, version?: string): Promise<Json>;
  /** An image id by name, from the sandbox's Glance when it has one. */
  imageId(name: string): Promise<string>;
  /** Boots a server and waits until it is ACTIVE. */
  boot(token: string, server?: Json, version?: string): Promise<Json>;
  /** Polls GET /servers/{id} until `predicate` holds. */
  waitFor(token: string, id: string, predicate: (s: Json) => boolean): Promise<Json>;
  waitForStatus(token: string, id: string, status: string): Promise<Json>;
  /** The id of a user's default project (user = password). */
  projectId(user: string): Promise<string>;
}

export async function novaCloud(
  opts: { students?: number; bootMs?: number } = {},
): Promise<NovaCloud> {
  const sandbox = await start({ bootMs: BOOT_MS, ...opts });
  const compute = sandbox.endpoints.RegionOne?.compute ?? '';
  const demo = await login(sandbox.authUrl, 'demo');
  const admin = await login(sandbox.authUrl, 'admin');

  const nova: NovaCloud['nova'] = (token, method, path, body, version = '2.93') =>
    fetch(`${compute}${path}`, {
      method,
      headers: {
        'X-Auth-Token': token,
        'OpenStack-API-Version': `compute ${version}`,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });

  const ok: NovaCloud['ok'] = async (token, method, path, body, version) => {
    const res = await nova(token, method, path, body, version);
    const text = await res.text();
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${text}`);
    return text ? (JSON.parse(text) as Json) : {};
  };

  const imageId: NovaCloud['imageId'] = async (name) => {
    const glance = sandbox.endpoints.RegionOne?.image ?? '';
    const res = await fetch(`${glance}/v2/images?name=${encodeURIComponent(name)}`, {
      headers: { 'X-Auth-Token': demo },
    });
    const found = (await json(res)).images?.[0]?.id as string | undefined;
    if (!found) throw new Error(`no image ${name}`);
    return found;
  };

  const waitFor: NovaCloud['waitFor'] = async (token, id, predicate) => {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const { server } = await ok(token, 'GET', `/servers/${id}`);
      if (predicate(server)) return server as Json;
      if (Date.now() > deadline) throw new Error(`server ${id} stuck in ${server.status}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  };
  const waitForStatus: NovaCloud['waitForStatus'] = (token, id, status) =>
    waitFor(token, id, (s) => s.status === status && s['OS-EXT-STS:task_state'] === null);

  const boot: NovaCloud['boot'] = async (token, server = {}, version = '2.93') => {
    const body = {
      server: {
        name: 'vm',
        imageRef: await imageId('cirros-0.6.2-x86_64-disk'),
        flavorRef: '1',
        networks: 'auto',
        ...server,
      },
    };
    const created = await ok(token, 'POST', '/servers', body, version);
    return waitForStatus(token, created.server.id, 'ACTIVE');
  };

  const projectId: NovaCloud['projectId'] = async (user) =>
    (await json(await issue(sandbox.authUrl, { user, password: user }))).token.project.id as string;

  return {
    sandbox,
    compute,
    demo,
    admin,
    nova,
    ok,
    imageId,
    boot,
    waitFor,
    waitForStatus,
    projectId,
  };
}

export function fault(status: number, message: string): Json {
  const names: Record<number, string> = {
    400: 'badRequest',
    403: 'forbidden',
    404: 'itemNotFound',
    409: 'conflictingRequest',
  };
  return { [names[status] ?? 'computeFault']: { code: status, message } };
}

/** Asserts a Nova fault without pulling in expect (callers use toEqual on this). */
export async function faultOf(res: Response): Promise<{ status: number; body: Json }> {
  return { status: res.status, body: await json(res) };
}
