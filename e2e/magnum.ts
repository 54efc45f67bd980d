// What the Cluster Templates and Clusters specs share: Magnum calls through the
// dashboard's proxy, and a clean-up of what a failed test left behind.
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { E2E } from './env';
import { step } from './launch-wizard';

export const MAGNUM_HEADERS = {
  Origin: E2E.baseUrl,
  'OpenStack-API-Version': 'container-infra 1.10',
};

export { step };

export async function apiTemplate(page: Page, name: string, extra: Record<string, unknown> = {}) {
  const response = await page.request.post('/api/os/container-infra/clustertemplates', {
    headers: MAGNUM_HEADERS,
    data: {
      name,
      coe: 'kubernetes',
      image_id: 'fedora-coreos-fake',
      external_network_id: 'public',
      flavor_id: 'm1.small',
      ...extra,
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { uuid: string }).uuid;
}

export async function apiCluster(page: Page, name: string, template: string, keypair?: string) {
  const response = await page.request.post('/api/os/container-infra/clusters', {
    headers: MAGNUM_HEADERS,
    data: { name, cluster_template_id: template, node_count: 1, ...(keypair ? { keypair } : {}) },
  });
  expect(response.status(), await response.text()).toBe(202);
  return ((await response.json()) as { uuid: string }).uuid;
}

/**
 * Magnum forgets a cluster deleted before its conductor has made the Heat stack, and the
 * stack is left behind holding security groups against the project's quota (the devcloud):
 * before a delete, wait for the stack, or for the create to end.
 */
export async function waitStack(request: APIRequestContext, uuid: string) {
  await expect(async () => {
    const response = await request.get(`/api/os/container-infra/clusters/${uuid}`, {
      headers: MAGNUM_HEADERS,
    });
    if (!response.ok()) return;
    const cluster = (await response.json()) as { stack_id?: string | null; status?: string };
    expect(Boolean(cluster.stack_id) || cluster.status !== 'CREATE_IN_PROGRESS').toBe(true);
  }).toPass({ timeout: 60_000, intervals: [1_000] });
}

async function listed<T>(page: Page, path: string, key: string): Promise<T[]> {
  const response = await page.request.get(`/api/os/container-infra/${path}`, {
    headers: MAGNUM_HEADERS,
  });
  return response.ok() ? (((await response.json()) as Record<string, T[]>)[key] ?? []) : [];
}

/** Deletes the clusters, then the templates, whose names start with `prefix`. */
export async function cleanMagnum(page: Page, prefix: string) {
  const clusters = await listed<{ uuid: string; name: string }>(page, 'clusters', 'clusters');
  const mine = clusters.filter((c) => c.name.startsWith(prefix));
  for (const c of mine) {
    await waitStack(page.request, c.uuid);
    await page.request.delete(`/api/os/container-infra/clusters/${c.uuid}`, {
      headers: MAGNUM_HEADERS,
    });
  }
  await expect(async () => {
    const left = await listed<{ name: string }>(page, 'clusters', 'clusters');
    expect(left.filter((c) => c.name.startsWith(prefix))).toEqual([]);
  }).toPass({ timeout: 150_000, intervals: [1_000, 2_000, 5_000] });
  const templates = await listed<{ uuid: string; name: string | null }>(
    page,
    'clustertemplates',
    'clustertemplates',
  );
  for (const t of templates.filter((t) => t.name?.startsWith(prefix)))
    await page.request.delete(`/api/os/container-infra/clustertemplates/${t.uuid}`, {
      headers: MAGNUM_HEADERS,
    });
}
