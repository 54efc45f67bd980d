// Cloud-side helpers for the benchmarks: sign in the way the dashboard does and
// make (or remove) many servers fast, straight against the cloud's APIs.
import { catalogFor } from '@/lib/catalog-cache';
import { login } from '@/lib/keystone-login';
import type { Api } from '@/lib/openstack/api';
import { serverTransport } from '@/lib/openstack/server-transport';
import { serverApiFor } from '@/lib/server-api';
import type { DashboardToken } from '@/lib/session-token';

export interface CloudUser {
  token: DashboardToken;
  api: Api;
}

export async function signIn(
  authUrl: string,
  username: string,
  password: string,
): Promise<CloudUser> {
  const token = await login(
    { id: 'bench', name: 'bench', authUrl },
    { username, password, domain: 'Default' },
  );
  return { token, api: await serverApiFor(token, 'public') };
}

/** Lets the project hold `instances` servers (admin call). */
export async function raiseQuota(
  admin: CloudUser,
  projectId: string,
  instances: number,
): Promise<void> {
  const catalog = await catalogFor(admin.token.authUrl, admin.token.token, admin.token.expiresAt);
  const transport = serverTransport({
    token: admin.token.token,
    catalog,
    region: admin.token.region,
    iface: 'public',
  });
  const response = await transport.send({
    service: 'compute',
    method: 'PUT',
    path: `/os-quota-sets/${projectId}`,
    body: {
      quota_set: { instances, cores: instances * 2, ram: instances * 1024, metadata_items: 128 },
    },
  });
  if (!response.ok)
    throw new Error(`quota update answered ${response.status}: ${await response.text()}`);
}

async function ids(user: CloudUser, name: string): Promise<{ flavor: string; image: string }> {
  const flavors = (await user.api.compute.listFlavors()).items;
  const images = (await user.api.image.listImages({ filters: { name: 'cirros-like' } })).items;
  const flavor = flavors.find((f) => f.name === 'm1.tiny')?.id;
  const image = images[0]?.id;
  if (!flavor || !image) throw new Error(`the cloud lacks m1.tiny or cirros-like (for ${name})`);
  return { flavor, image };
}

/** Creates `count` servers named prefix-N without networks, in batches (multi-create). */
export async function createServers(
  user: CloudUser,
  prefix: string,
  count: number,
  batch = 250,
): Promise<void> {
  const { flavor, image } = await ids(user, prefix);
  for (let made = 0; made < count; made += batch) {
    const n = Math.min(batch, count - made);
    await user.api.compute.createServer({
      server: {
        name: `${prefix}-${made}`,
        flavorRef: flavor,
        imageRef: image,
        networks: 'none',
        min_count: n,
        max_count: n,
      },
    });
  }
}

export async function countServers(
  user: CloudUser,
  prefix: string,
  status?: string,
): Promise<number> {
  let total = 0;
  let marker: string | undefined;
  for (;;) {
    const page = await user.api.compute.listServers({
      limit: 1000,
      marker,
      filters: { name: `^${prefix}-`, ...(status ? { status } : {}) },
    });
    total += page.items.length;
    const last = page.items[page.items.length - 1];
    if (page.items.length < 1000 || !last) return total;
    marker = last.id;
  }
}

export async function waitUntilActive(
  user: CloudUser,
  prefix: string,
  count: number,
  timeoutMs: number,
): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const active = await countServers(user, prefix, 'ACTIVE');
    if (active >= count) return;
    if (Date.now() > until) throw new Error(`only ${active} of ${count} servers became ACTIVE`);
    await new Promise((r) => setTimeout(r, 2000));
  }
}

export async function deleteServers(user: CloudUser, prefix: string): Promise<void> {
  for (;;) {
    const page = await user.api.compute.listServers({
      limit: 1000,
      filters: { name: `^${prefix}-` },
    });
    if (page.items.length === 0) return;
    await Promise.all(
      page.items.map((s) => user.api.compute.deleteServer(s.id).catch(() => undefined)),
    );
    await new Promise((r) => setTimeout(r, 2000));
  }
}
