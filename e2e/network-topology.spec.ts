// Network Topology: what the project has, seeded through the API, shows as
// nodes a user can find by name, open with a click or Enter, and that follow
// the cloud without a reload (new and deleted resources).
import { expectAccessible } from './axe';
import { E2E, expect, login, test, uniqueName } from './fixtures';
import type { APIRequestContext, Page } from '@playwright/test';

// On the sandbox, a project of its own (no other spec uses the students), so
// the graph holds only what this spec made and the project's seeded network.
const USER = E2E.isSandbox
  ? { user: 'student03', password: 'student03' }
  : { user: 'demo', password: 'demo' };
const LIVE = 30_000; // the page re-reads every 8 s
const SLOW = E2E.isSandbox ? 30_000 : 120_000;
const origin = { Origin: E2E.baseUrl };

/** A node by its kind and name: its accessible name is its text, kind first. */
function node(page: Page, kind: string, name: string) {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return page.getByRole('link', { name: new RegExp(`^${kind} ${escaped}\\s*(,|$)`) });
}

async function json<T>(response: Awaited<ReturnType<APIRequestContext['get']>>): Promise<T> {
  expect(response.ok(), `${response.url()}: ${response.status()} ${await response.text()}`).toBe(
    true,
  );
  return (await response.json()) as T;
}

interface Seeded {
  networkId: string;
  subnetId: string;
  routerId: string;
  serverId: string;
  externalName?: string;
}

async function seed(page: Page, name: string): Promise<Seeded> {
  const api = page.request;
  const { network } = await json<{ network: { id: string } }>(
    await api.post('/api/os/network/v2.0/networks', {
      headers: origin,
      data: { network: { name: `${name}-net` } },
    }),
  );
  const { subnet } = await json<{ subnet: { id: string } }>(
    await api.post('/api/os/network/v2.0/subnets', {
      headers: origin,
      data: {
        subnet: {
          name: `${name}-subnet`,
          network_id: network.id,
          cidr: '10.77.0.0/24',
          ip_version: 4,
        },
      },
    }),
  );
  const { networks: externals } = await json<{ networks: { id: string; name: string }[] }>(
    await api.get('/api/os/network/v2.0/networks?router:external=true'),
  );
  const external = externals[0];
  const { router } = await json<{ router: { id: string } }>(
    await api.post('/api/os/network/v2.0/routers', {
      headers: origin,
      data: {
        router: {
          name: `${name}-router`,
          ...(external ? { external_gateway_info: { network_id: external.id } } : {}),
        },
      },
    }),
  );
  await json(
    await api.put(`/api/os/network/v2.0/routers/${router.id}/add_router_interface`, {
      headers: origin,
      data: { subnet_id: subnet.id },
    }),
  );
  const { flavors } = await json<{ flavors: { id: string; name: string }[] }>(
    await api.get('/api/os/compute/flavors'),
  );
  const { images } = await json<{ images: { id: string }[] }>(
    await api.get('/api/os/image/v2/images?name=cirros-like'),
  );
  const flavor = flavors.find((f) => f.name === 'm1.tiny');
  if (!flavor || !images[0]) throw new Error('the cloud lacks m1.tiny or cirros-like');
  const { server } = await json<{ server: { id: string } }>(
    await api.post('/api/os/compute/servers', {
      headers: origin,
      data: {
        server: {
          name: `${name}-vm`,
          flavorRef: flavor.id,
          imageRef: images[0].id,
          networks: [{ uuid: network.id }],
        },
      },
    }),
  );
  return {
    networkId: network.id,
    subnetId: subnet.id,
    routerId: router.id,
    serverId: server.id,
    externalName: external?.name,
  };
}

/** Takes it down in the order Neutron needs; what is already gone is fine. */
async function teardown(page: Page, seeded: Partial<Seeded>, extraNetworks: string[]) {
  const api = page.request;
  if (seeded.serverId) {
    await api.delete(`/api/os/compute/servers/${seeded.serverId}`, { headers: origin });
    await expect
      .poll(async () => (await api.get(`/api/os/compute/servers/${seeded.serverId}`)).status(), {
        timeout: SLOW,
      })
      .toBe(404);
  }
  if (seeded.routerId) {
    if (seeded.subnetId)
      await api.put(`/api/os/network/v2.0/routers/${seeded.routerId}/remove_router_interface`, {
        headers: origin,
        data: { subnet_id: seeded.subnetId },
      });
    await api.delete(`/api/os/network/v2.0/routers/${seeded.routerId}`, { headers: origin });
  }
  for (const id of [seeded.networkId, ...extraNetworks].filter(Boolean))
    await api.delete(`/api/os/network/v2.0/networks/${id}`, { headers: origin });
}

test.describe.serial('Network Topology', () => {
  const name = uniqueName('topo');
  let page: Page;
  let seeded: Partial<Seeded> = {};
  const extraNetworks: string[] = [];

  test.beforeAll(async ({ browser }) => {
    // A context of its own, not browser.newPage(): axe opens a page beside this one.
    page = await (await browser.newContext()).newPage();
    await login(page, USER);
    seeded = await seed(page, name);
  });

  test.afterAll(async () => {
    await teardown(page, seeded, extraNetworks).catch(() => undefined);
    await page.context().close();
  });

  test('shows the network with its CIDR, the router, the outside and the instance', async () => {
    test.setTimeout(SLOW + 30_000);
    await page.goto('/project/network_topology');
    await expect(page.getByRole('heading', { level: 1, name: 'Network Topology' })).toBeVisible();
    const network = node(page, 'Network', `${name}-net`);
    await expect(network).toBeVisible();
    await expect(network).toContainText('10.77.0.0/24');
    await expect(node(page, 'Router', `${name}-router`)).toBeVisible();
    if (seeded.externalName)
      await expect(node(page, 'External Network', `${seeded.externalName}`)).toBeVisible();
    const instance = node(page, 'Instance', `${name}-vm`);
    await expect(instance).toBeVisible();
    // The state settles to Active by itself (live), with its port's address on the node.
    await expect(instance).toContainText('Active', { timeout: SLOW });
    await expect(instance).toContainText(/10\.77\.0\.\d+/, { timeout: LIVE });
    // The router's interface on the subnet is an edge labelled with its address.
    await expect(
      page.locator('.react-flow__edge-text').filter({ hasText: /^10\.77\.0\.1$/ }),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Launch Instance' })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Legend' })).toContainText('Floating IP');
  });

  test('a click opens the detail page; so does Enter on a focused node', async () => {
    await node(page, 'Router', `${name}-router`).click({ position: { x: 40, y: 12 } });
    await expect(page).toHaveURL(new RegExp(`/project/routers/${seeded.routerId}$`));

    await page.goto('/project/network_topology');
    const network = node(page, 'Network', `${name}-net`);
    await network.focus();
    await expect(network).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/project/networks/${seeded.networkId}$`));
  });

  test('a network made or removed elsewhere appears and goes without a reload', async () => {
    test.setTimeout(LIVE * 2 + 30_000);
    await page.goto('/project/network_topology');
    await expect(node(page, 'Network', `${name}-net`)).toBeVisible();
    let reloaded = false;
    page.once('load', () => {
      reloaded = true;
    });
    const { network } = await json<{ network: { id: string } }>(
      await page.request.post('/api/os/network/v2.0/networks', {
        headers: origin,
        data: { network: { name: `${name}-later` } },
      }),
    );
    extraNetworks.push(network.id);
    const later = node(page, 'Network', `${name}-later`);
    await expect(later).toBeVisible({ timeout: LIVE });
    await page.request.delete(`/api/os/network/v2.0/networks/${network.id}`, { headers: origin });
    await expect(later).toHaveCount(0, { timeout: LIVE });
    expect(reloaded).toBe(false);
  });

  test('the graph is in the page before its scripts run: nodes are links, axe-clean', async () => {
    test.setTimeout(SLOW + 30_000);
    // The server drew what it had when the page was asked for: wait until the instance has its port.
    await expect(node(page, 'Instance', `${name}-vm`)).toContainText(/10\.77\.0\.\d+/, {
      timeout: LIVE,
    });
    const scripts = (url: URL) =>
      url.pathname.startsWith('/_next/static/') && url.pathname.endsWith('.js');
    await page.route(scripts, (route) => route.abort());
    try {
      const network = node(page, 'Network', `${name}-net`);
      // The server draws only what it reads within its budget (2 s); a busy cloud can miss it,
      // and then the page is the browser's to fill, which it cannot here. Ask again.
      await expect(async () => {
        await page.goto('/project/network_topology');
        await expect(network).toBeVisible({ timeout: 1_000 });
      }).toPass({ timeout: SLOW });
      await expect(network).toContainText('10.77.0.0/24');
      await expect(node(page, 'Instance', `${name}-vm`)).toContainText(/10\.77\.0\.\d+/);
      // No React Flow without its scripts: this is the server's drawing.
      await expect(page.locator('.react-flow__node')).toHaveCount(0);
      await expectAccessible(page, 'Network Topology before hydration');
      await node(page, 'Router', `${name}-router`).click({ position: { x: 40, y: 12 } });
      await expect(page).toHaveURL(new RegExp(`/project/routers/${seeded.routerId}$`));
    } finally {
      await page.unroute(scripts);
    }
    // With its scripts, React Flow takes over and the server's drawing goes.
    await page.goto('/project/network_topology');
    await expect(page.locator('.react-flow__node').first()).toBeVisible();
    await expect(page.locator('.topology-static')).toHaveCount(0);
    await expect(node(page, 'Network', `${name}-net`)).toBeVisible();
    await expectAccessible(page, 'Network Topology');
  });

  test('Launch Instance opens the wizard in place', async () => {
    await page.goto('/project/network_topology');
    await page.getByRole('button', { name: 'Launch Instance' }).click();
    const wizard = page.getByRole('dialog', { name: 'Launch Instance' });
    await expect(wizard).toBeVisible();
    await wizard.getByRole('button', { name: 'Cancel' }).click();
    await expect(wizard).toHaveCount(0);
    await expect(page).toHaveURL(/\/project\/network_topology$/);
  });
});
