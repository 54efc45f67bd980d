// Project → Network → Routers: a router with a gateway on the external network,
// an interface on a subnet made for the test, a static route, Neutron's refusal
// to delete a router that still has an interface, then the way down.
import { E2E, expect, PanelPage, test, uniqueName } from './fixtures';
import type { Page } from '@playwright/test';

const ORIGIN = { Origin: E2E.baseUrl };
const PREFIX = 'e2e-routers-';

interface Fixture {
  network: string;
  subnet: string;
  cidr: string;
  third: number;
}

async function makeNetwork(page: Page, name: string): Promise<Fixture> {
  const third = 100 + Math.floor(Math.random() * 150);
  const cidr = `10.231.${third}.0/24`;
  const net = await page.request.post('/api/os/network/v2.0/networks', {
    headers: ORIGIN,
    data: { network: { name } },
  });
  expect(net.status(), await net.text()).toBe(201);
  const network = ((await net.json()) as { network: { id: string } }).network.id;
  const sub = await page.request.post('/api/os/network/v2.0/subnets', {
    headers: ORIGIN,
    data: { subnet: { name: `${name}-subnet`, network_id: network, cidr, ip_version: 4 } },
  });
  expect(sub.status(), await sub.text()).toBe(201);
  const subnet = ((await sub.json()) as { subnet: { id: string } }).subnet.id;
  return { network, subnet, cidr, third };
}

/** Whatever a failed test left behind: its routers (interfaces first), then its networks. */
async function cleanUp(page: Page) {
  const get = async <T>(path: string) => (await (await page.request.get(path)).json()) as T;
  const { routers } = await get<{ routers: { id: string; name: string }[] }>(
    '/api/os/network/v2.0/routers',
  );
  for (const router of routers.filter((r) => r.name.startsWith(PREFIX))) {
    const { ports } = await get<{ ports: { id: string; device_owner: string }[] }>(
      `/api/os/network/v2.0/ports?device_id=${router.id}`,
    );
    for (const port of ports.filter((p) => p.device_owner === 'network:router_interface'))
      await page.request.put(`/api/os/network/v2.0/routers/${router.id}/remove_router_interface`, {
        headers: ORIGIN,
        data: { port_id: port.id },
      });
    await page.request.delete(`/api/os/network/v2.0/routers/${router.id}`, { headers: ORIGIN });
  }
  const { networks } = await get<{ networks: { id: string; name: string }[] }>(
    '/api/os/network/v2.0/networks',
  );
  for (const network of networks.filter((n) => n.name.startsWith(PREFIX))) {
    const { ports } = await get<{ ports: { id: string }[] }>(
      `/api/os/network/v2.0/ports?network_id=${network.id}`,
    );
    for (const port of ports)
      await page.request.delete(`/api/os/network/v2.0/ports/${port.id}`, { headers: ORIGIN });
    await page.request.delete(`/api/os/network/v2.0/networks/${network.id}`, { headers: ORIGIN });
  }
}

test.describe('Routers', () => {
  test.afterEach(async ({ page }) => {
    await cleanUp(page);
  });

  test('create with a gateway, add an interface and a static route, take it all down', async ({
    loggedIn: page,
  }) => {
    test.setTimeout(120_000);
    const name = uniqueName('routers');
    const net = await makeNetwork(page, `${name}-net`);
    const routers = new PanelPage(page, '/project/routers', 'Routers');
    await routers.open();

    // Create Router with the external network as its gateway.
    const create = await routers.openAction('Create Router');
    await create.getByLabel('Router Name', { exact: true }).fill(name);
    await expect(create.getByLabel('Enable Admin State', { exact: true })).toBeChecked();
    await create.getByLabel('External Network', { exact: true }).selectOption({ label: 'public' });
    // demo is no admin: Neutron's policy keeps SNAT for admins, so the form does too.
    await expect(create.getByLabel('Enable SNAT', { exact: true })).toHaveCount(0);
    const pane = create.getByRole('region', { name: 'Equivalent commands' });
    await expect(pane.getByLabel('OpenStack CLI', { exact: true })).toContainText(
      'openstack router create --external-gateway ',
    );
    await expect(pane.getByLabel('OpenStack CLI', { exact: true })).toContainText(name);
    await expect(pane.getByLabel('Python (openstacksdk)', { exact: true })).toContainText(
      'external_gateway_info={"network_id": ',
    );
    await expect(pane.getByLabel('Heat template (HOT)', { exact: true })).toContainText(
      'type: OS::Neutron::Router',
    );
    await create.getByRole('button', { name: 'Create Router' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: `Router ${name} was successfully created.` }),
    ).toBeVisible();
    await expect(routers.row(name)).toContainText('public');
    await expect(routers.row(name)).toContainText('UP');

    // Its page: the gateway, then an interface on the test's subnet at a chosen address.
    await routers.row(name).getByRole('link', { name }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    const overview = page.getByRole('region', { name: 'Overview' });
    await expect(overview).toContainText('public');
    await expect(overview).toContainText('Enabled');
    const routerId = page.url().split('/').pop()!;

    await page.getByRole('tab', { name: 'Interfaces', exact: true }).click();
    const interfaces = page.getByRole('table', { name: 'Interfaces' });
    await expect(interfaces).not.toHaveAttribute('aria-busy', 'true');
    await page.getByRole('button', { name: 'Add Interface', exact: true }).click();
    const add = page.getByRole('dialog');
    await add
      .getByLabel('Subnet', { exact: true })
      .selectOption({ label: `${name}-net: ${net.cidr} (${name}-net-subnet)` });
    const ip = add.getByLabel('IP Address (optional)', { exact: true });
    await ip.fill('10.1.1.1');
    await expect(
      add.getByText(`IP Address 10.1.1.1 is not in the subnet's CIDR ${net.cidr}.`),
    ).toBeVisible();
    await expect(ip).toHaveAttribute('aria-invalid', 'true');
    const address = `10.231.${net.third}.254`;
    await ip.fill(address);
    await expect(
      add.getByRole('region', { name: 'Equivalent commands' }).getByLabel('OpenStack CLI', {
        exact: true,
      }),
    ).toContainText(`openstack router add port ${routerId} "$port"`);
    await add.getByRole('button', { name: 'Add Interface' }).click();
    // A port and then the interface: on the devcloud's single-process Neutron, busy with the
    // other shard, add_router_interface alone took 17 s in CI.
    await expect(
      page.getByRole('status').filter({ hasText: `Interface added to router ${name}.` }),
    ).toBeVisible({ timeout: 60_000 });
    const internal = interfaces.getByRole('row').filter({ hasText: 'Internal Interface' });
    await expect(internal).toContainText(address);

    // A static route through an address on that subnet; bad input is refused at the field.
    await page.getByRole('tab', { name: 'Static Routes', exact: true }).click();
    await page.getByRole('button', { name: 'Add Static Route', exact: true }).click();
    const route = page.getByRole('dialog');
    await route.getByLabel('Destination CIDR', { exact: true }).fill('10.0.0.0/33');
    await route.getByLabel('Next Hop', { exact: true }).fill('10.231.1.999');
    await route.getByRole('button', { name: 'Add Static Route' }).click();
    await expect(
      route.getByText('Destination CIDR must be a network in CIDR notation, e.g. 192.168.10.0/24.'),
    ).toBeVisible();
    await expect(route.getByText('Next Hop must be an IP address, e.g. 10.0.0.10.')).toBeVisible();
    await route.getByLabel('Destination CIDR', { exact: true }).fill('192.168.77.0/24');
    const hop = `10.231.${net.third}.10`;
    await route.getByLabel('Next Hop', { exact: true }).fill(hop);
    await expect(
      route.getByRole('region', { name: 'Equivalent commands' }).getByLabel('OpenStack CLI', {
        exact: true,
      }),
    ).toHaveText(
      `openstack router add route --route destination=192.168.77.0/24,gateway=${hop} ${routerId}`,
    );
    await route.getByRole('button', { name: 'Add Static Route' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Static route added' })).toBeVisible();
    const routes = page.getByRole('table', { name: 'Static Routes' });
    const routeRow = routes.getByRole('row').filter({ hasText: '192.168.77.0/24' });
    await expect(routeRow).toContainText(hop);
    await routeRow.getByRole('button', { name: 'Delete Static Route' }).click();
    await page
      .getByRole('alertdialog')
      .getByRole('button', { name: 'Delete Static Route' })
      .click();
    await expect(routeRow).toHaveCount(0);
    await expect(routes).toContainText('No static routes to display.');

    // Neutron refuses to delete a router that still has an interface, in its own words.
    await routers.open();
    await routers.rowAction(name, 'Delete Router');
    const confirm = page.getByRole('alertdialog');
    await confirm.getByRole('button', { name: 'Delete Router' }).click();
    await expect(confirm.getByRole('alert')).toContainText(`Unable to delete Router: ${name}.`);
    await expect(confirm.getByRole('alert')).toContainText(`Router ${routerId}`);
    await expect(confirm.getByRole('alert')).toContainText('still');
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect(routers.row(name)).toHaveCount(1);

    // The right order: remove the interface, clear the gateway, delete.
    await page.goto(`/project/routers/${routerId}`);
    await page.getByRole('tab', { name: 'Interfaces', exact: true }).click();
    await expect(internal).toBeVisible();
    await internal.getByRole('button', { name: 'Remove Interface' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Remove Interface' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Removed Interface' })).toBeVisible();
    await expect(internal).toHaveCount(0);

    await page.getByRole('button', { name: `More actions for ${name}` }).click();
    await page.getByRole('menuitem', { name: 'Clear Gateway', exact: true }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Clear Gateway' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: `Cleared Gateway: ${name}` }),
    ).toBeVisible();
    await page.getByRole('tab', { name: 'Overview', exact: true }).click();
    await expect(overview).toContainText('None (no gateway)');

    await page.getByRole('button', { name: 'Set Gateway', exact: true }).waitFor();
    await page.getByRole('button', { name: `More actions for ${name}` }).click();
    await page.getByRole('menuitem', { name: 'Delete Router', exact: true }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete Router' }).click();
    await expect(page).toHaveURL(/\/project\/routers$/);
    await expect(routers.row(name)).toHaveCount(0);
  });

  test('Edit Router and Set Gateway from the list; names are text', async ({ loggedIn: page }) => {
    const name = uniqueName('routers');
    const response = await page.request.post('/api/os/network/v2.0/routers', {
      headers: ORIGIN,
      data: { router: { name } },
    });
    expect(response.status(), await response.text()).toBe(201);
    const routers = new PanelPage(page, '/project/routers', 'Routers');
    await routers.open();
    await expect(routers.row(name).getByRole('cell').nth(3)).toHaveText('-');

    const edit = await routers.rowAction(name, 'Edit Router');
    await edit.getByLabel('Name', { exact: true }).fill('r'.repeat(300));
    await expect(edit.getByText('Name must be 255 characters or fewer.')).toBeVisible();
    const html = `${name}-<b>bold</b>`;
    await edit.getByLabel('Name', { exact: true }).fill(html);
    await edit.getByLabel('Enable Admin State', { exact: true }).uncheck();
    await edit.getByRole('button', { name: 'Save Changes' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: `Router ${html} was successfully updated.` }),
    ).toBeVisible();
    await expect(routers.row(html)).toContainText('DOWN');

    const gateway = await routers.rowAction(html, 'Set Gateway');
    await gateway.getByLabel('External Network', { exact: true }).selectOption({ label: 'public' });
    await expect(gateway.getByLabel('Enable SNAT', { exact: true })).toHaveCount(0);
    await gateway.getByRole('button', { name: 'Submit' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Gateway interface is added' }),
    ).toBeVisible();
    await expect(routers.row(html)).toContainText('public');
  });
});
