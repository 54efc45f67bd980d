// A student's whole network, by hand, on either cloud: a network with a subnet
// through the wizard, a router to the outside, a security group for SSH and ping,
// an instance on that network in that group, a floating IP on it from the
// instance row, all of it seen in the topology; then taken down, first in the
// wrong order (Neutron refuses, in its words), then in the right one.
import { E2E, expect, PanelPage, test, uniqueName } from './fixtures';
import { waitForSettled } from './servers';
import type { Locator, Page } from '@playwright/test';

const SLOW = E2E.isSandbox ? 30_000 : 120_000;
const ORIGIN = { Origin: E2E.baseUrl };

const status = (page: Page, text: string | RegExp) =>
  page.getByRole('status').filter({ hasText: text }).last();

/** A node of the topology by kind and name (its accessible name starts with both). */
function node(page: Page, kind: string, name: string): Locator {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return page.getByRole('link', { name: new RegExp(`^${kind} ${escaped}\\s*(,|$)`) });
}

async function listed<T>(page: Page, path: string, key: string): Promise<T[]> {
  const response = await page.request.get(`/api/os/network/v2.0/${path}`);
  expect(response.ok(), await response.text()).toBe(true);
  return ((await response.json()) as Record<string, T[]>)[key] ?? [];
}

async function launch(page: Page, server: string, network: string, group: string) {
  const instances = new PanelPage(page, '/project/instances', 'Instances');
  await instances.open();
  await page.getByRole('button', { name: 'Launch Instance', exact: true }).click();
  const wizard = page.getByRole('dialog', { name: 'Launch Instance' });
  const step = (title: string) =>
    wizard
      .getByRole('navigation', { name: 'Steps' })
      .getByRole('button', { name: new RegExp(`^${title}`) })
      .click();
  await wizard.getByLabel('Instance Name', { exact: true }).fill(server);
  await step('Source');
  await wizard.getByRole('radio', { name: 'Select cirros-like', exact: true }).check();
  await step('Flavor');
  await wizard.getByRole('radio', { name: 'Select m1.tiny', exact: true }).check();
  await step('Networks');
  const allocated = wizard.getByRole('region', { name: 'Allocated networks' });
  for (const remove of await allocated.getByRole('button', { name: /^Remove / }).all())
    await remove.click();
  await wizard.getByRole('button', { name: `Add ${network}`, exact: true }).click();
  await expect(allocated).toContainText(network);
  await step('Security Groups');
  const groups = wizard.getByRole('table', { name: 'Security groups' });
  const fallback = groups.getByRole('checkbox', { name: 'Select default', exact: true });
  if (await fallback.isChecked()) await fallback.uncheck();
  await groups.getByRole('checkbox', { name: `Select ${group}`, exact: true }).check();
  const cli = wizard.getByLabel('OpenStack CLI', { exact: true });
  await expect(cli).toContainText(`--security-group ${group}`);
  await wizard.getByRole('button', { name: 'Launch Instance' }).click();
  await expect(wizard).toHaveCount(0);
  await waitForSettled(page, server, 'Active', SLOW);
  return instances;
}

test.describe('A network from scratch, end to end', () => {
  test('build it, see it in the topology, take it down in the right order', async ({
    loggedIn: page,
  }) => {
    test.setTimeout(SLOW * 12);
    const name = uniqueName('journey');
    const third = 1 + Math.floor(Math.random() * 250);
    const cidr = `10.203.${third}.0/24`;
    const [network, subnet, router, group, server] = ['net', 'sub', 'router', 'sg', 'vm'].map(
      (part) => `${name}-${part}`,
    ) as [string, string, string, string, string];

    // 1. The network and its subnet, through the wizard.
    const networks = new PanelPage(page, '/project/networks', 'Networks');
    await networks.open();
    let dialog = await networks.openAction('Create Network');
    await dialog.getByLabel('Network Name', { exact: true }).fill(network);
    await dialog.getByRole('button', { name: 'Next' }).click();
    await dialog.getByLabel('Subnet Name', { exact: true }).fill(subnet);
    await dialog.getByLabel('Network Address', { exact: true }).fill(cidr);
    await dialog.getByRole('button', { name: 'Next' }).click();
    await dialog.getByRole('button', { name: 'Create', exact: true }).click();
    await expect(
      status(page, `Created network "${network}" with subnet "${subnet}".`),
    ).toBeVisible();
    await expect(networks.row(network)).toContainText(`${subnet} ${cidr}`);

    // 2. A router with its gateway on the external network, and an interface on the subnet.
    const routers = new PanelPage(page, '/project/routers', 'Routers');
    await routers.open();
    dialog = await routers.openAction('Create Router');
    await dialog.getByLabel('Router Name', { exact: true }).fill(router);
    await dialog.getByLabel('External Network', { exact: true }).selectOption({ label: 'public' });
    await dialog.getByRole('button', { name: 'Create Router' }).click();
    await expect(routers.row(router)).toContainText('public');
    await routers.row(router).getByRole('link', { name: router }).click();
    await expect(page.getByRole('heading', { level: 1, name: router })).toBeVisible();
    const routerPath = new URL(page.url()).pathname;
    await page.getByRole('tab', { name: 'Interfaces', exact: true }).click();
    await page.getByRole('button', { name: 'Add Interface', exact: true }).click();
    dialog = page.getByRole('dialog');
    await dialog
      .getByLabel('Subnet', { exact: true })
      .selectOption({ label: `${network}: ${cidr} (${subnet})` });
    await expect(dialog.getByLabel('OpenStack CLI', { exact: true })).toContainText(
      'openstack router add subnet',
    );
    await dialog.getByRole('button', { name: 'Add Interface' }).click();
    await expect(status(page, `Interface added to router ${router}.`)).toBeVisible();
    const interfaces = page.getByRole('table', { name: 'Interfaces' });
    await expect(
      interfaces.getByRole('row').filter({ hasText: 'Internal Interface' }),
    ).toContainText(`10.203.${third}.1`);

    // 3. A security group that lets SSH and ping in.
    const groups = new PanelPage(page, '/project/security_groups', 'Security Groups');
    await groups.open();
    dialog = await groups.openAction('Create Security Group');
    await dialog.getByLabel('Name', { exact: true }).fill(group);
    await dialog.getByRole('button', { name: 'Create Security Group' }).click();
    await expect(status(page, `Successfully created security group: ${group}`)).toBeVisible();
    await groups.rowAction(group, 'Manage Rules');
    const rules = page.getByRole('table', { name: 'Security Group Rules' });
    for (const template of ['SSH', 'All ICMP']) {
      await page.getByRole('button', { name: 'Add Rule', exact: true }).click();
      dialog = page.getByRole('dialog', { name: 'Add Rule' });
      await dialog.getByLabel('Rule', { exact: true }).selectOption({ label: template });
      await dialog.getByRole('button', { name: 'Add', exact: true }).click();
      await expect(dialog).toHaveCount(0);
    }
    await expect(rules.getByRole('row').filter({ hasText: 'Ingress' })).toHaveCount(2);
    await expect(rules).toContainText(/TCP\s*22/);

    // 4. An instance on that network, in that group.
    const instances = await launch(page, server, network, group);
    await expect(instances.row(server)).toContainText(`10.203.${third}.`);

    // 5. A floating IP, allocated and associated from the instance's row.
    dialog = await instances.rowAction(server, 'Associate Floating IP', SLOW);
    await dialog
      .getByLabel('IP Address', { exact: true })
      .selectOption({ label: 'Allocate IP from pool public' });
    await dialog.getByRole('button', { name: 'Associate', exact: true }).click();
    await expect(instances.row(server)).toContainText('Floating IPs:', { timeout: SLOW });
    const serverId = (
      (await (await page.request.get(`/api/os/compute/servers?name=^${server}$`)).json()) as {
        servers: { id: string }[];
      }
    ).servers[0]!.id;
    const ports = await listed<{ id: string }>(page, `ports?device_id=${serverId}`, 'ports');
    const [fip] = await listed<{ id: string; floating_ip_address: string }>(
      page,
      `floatingips?port_id=${ports[0]!.id}`,
      'floatingips',
    );
    expect(fip).toBeTruthy();
    await expect(instances.row(server)).toContainText(fip!.floating_ip_address);

    // 6. All of it in the topology.
    await page.goto('/project/network_topology');
    await expect(page.getByRole('heading', { level: 1, name: 'Network Topology' })).toBeVisible();
    await expect(node(page, 'Network', network)).toContainText(cidr);
    await expect(node(page, 'Router', router)).toBeVisible();
    await expect(node(page, 'External Network', 'public')).toBeVisible();
    await expect(node(page, 'Instance', server)).toContainText(fip!.floating_ip_address, {
      timeout: SLOW,
    });

    // 7. The wrong order: Neutron refuses, in its own words, and nothing goes.
    await networks.open();
    dialog = await networks.rowAction(network, 'Delete Network');
    await dialog.getByRole('button', { name: 'Delete Network' }).click();
    await expect(dialog).toContainText('There are one or more ports still in use on the network');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await routers.open();
    dialog = await routers.rowAction(router, 'Delete Router');
    await dialog.getByRole('button', { name: 'Delete Router' }).click();
    await expect(dialog.getByRole('alert')).toContainText(`Unable to delete Router: ${router}.`);
    await expect(dialog.getByRole('alert')).toContainText('still');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(routers.row(router)).toHaveCount(1);

    // 8. The right order: the floating IP, the instance, the interface, the gateway,
    // the router, the network, the group.
    await instances.open();
    dialog = await instances.rowAction(server, 'Disassociate Floating IP', SLOW);
    await dialog.getByLabel('Release Floating IP', { exact: true }).check();
    await dialog.getByRole('button', { name: 'Disassociate', exact: true }).click();
    await expect(instances.row(server)).not.toContainText('Floating IPs:', { timeout: SLOW });
    dialog = await instances.rowAction(server, 'Delete Instance', SLOW);
    await dialog.getByRole('button', { name: 'Delete Instance' }).click();
    await expect(instances.row(server)).toHaveCount(0, { timeout: SLOW });
    // The row goes at once; Nova frees the port (and so the network and the
    // group) only when the instance is really gone.
    const serverGone = async () =>
      (
        (await (await page.request.get(`/api/os/compute/servers?name=^${server}$`)).json()) as {
          servers: unknown[];
        }
      ).servers.length === 0;
    await expect.poll(serverGone, { timeout: SLOW }).toBe(true);

    await page.goto(routerPath);
    await page.getByRole('tab', { name: 'Interfaces', exact: true }).click();
    await interfaces
      .getByRole('row')
      .filter({ hasText: 'Internal Interface' })
      .getByRole('button', { name: 'Remove Interface' })
      .click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Remove Interface' }).click();
    await expect(interfaces.getByRole('row').filter({ hasText: 'Internal Interface' })).toHaveCount(
      0,
      { timeout: SLOW },
    );
    await page.getByRole('button', { name: `More actions for ${router}` }).click();
    await page.getByRole('menuitem', { name: 'Clear Gateway', exact: true }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Clear Gateway' }).click();
    await expect(page.getByRole('button', { name: 'Set Gateway', exact: true })).toBeVisible();
    await page.getByRole('button', { name: `More actions for ${router}` }).click();
    await page.getByRole('menuitem', { name: 'Delete Router', exact: true }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete Router' }).click();
    await expect(page).toHaveURL(/\/project\/routers$/);
    await expect(routers.row(router)).toHaveCount(0);

    await networks.open();
    dialog = await networks.rowAction(network, 'Delete Network');
    await dialog.getByRole('button', { name: 'Delete Network' }).click();
    await expect(networks.row(network)).toHaveCount(0, { timeout: SLOW });

    await groups.open();
    dialog = await groups.rowAction(group, 'Delete Security Group');
    await dialog.getByRole('button', { name: 'Delete Security Group' }).click();
    await expect(groups.row(group)).toHaveCount(0, { timeout: SLOW });

    // Nothing of it is left (a delete the page has answered may still be finishing).
    const gone = async () =>
      [
        ...(await listed(page, `networks?name=${network}`, 'networks')),
        ...(await listed(page, `routers?name=${router}`, 'routers')),
        ...(await listed(page, `security-groups?name=${group}`, 'security_groups')),
        ...(await listed(
          page,
          `floatingips?floating_ip_address=${fip!.floating_ip_address}`,
          'floatingips',
        )),
      ].length;
    await expect.poll(gone, { timeout: SLOW }).toBe(0);
  });

  // Whatever a failed run left behind goes, in the order Neutron accepts.
  test.afterEach(async ({ page }) => {
    const mine = (n: { name: string }) => n.name.startsWith('e2e-journey-');
    const servers = (
      (await (await page.request.get('/api/os/compute/servers?name=^e2e-journey-')).json()) as {
        servers?: { id: string }[];
      }
    ).servers;
    const serversLeft = async () =>
      (
        (await (await page.request.get('/api/os/compute/servers?name=^e2e-journey-')).json()) as {
          servers?: unknown[];
        }
      ).servers?.length ?? 0;
    for (const s of servers ?? []) {
      for (const port of await listed<{ id: string }>(page, `ports?device_id=${s.id}`, 'ports'))
        for (const f of await listed<{ id: string }>(
          page,
          `floatingips?port_id=${port.id}`,
          'floatingips',
        ))
          await page.request.delete(`/api/os/network/v2.0/floatingips/${f.id}`, {
            headers: ORIGIN,
          });
      await page.request.delete(`/api/os/compute/servers/${s.id}`, { headers: ORIGIN });
    }
    await expect.poll(serversLeft, { timeout: SLOW }).toBe(0);
    for (const r of (await listed<{ id: string; name: string }>(page, 'routers', 'routers')).filter(
      mine,
    )) {
      const ports = await listed<{
        id: string;
        device_owner: string;
        fixed_ips: { subnet_id: string }[];
      }>(page, `ports?device_id=${r.id}`, 'ports');
      for (const p of ports.filter((x) => x.device_owner === 'network:router_interface'))
        await page.request.put(`/api/os/network/v2.0/routers/${r.id}/remove_router_interface`, {
          headers: ORIGIN,
          data: { port_id: p.id },
        });
      await page.request.delete(`/api/os/network/v2.0/routers/${r.id}`, { headers: ORIGIN });
    }
    await expect
      .poll(
        async () => {
          for (const n of (
            await listed<{ id: string; name: string }>(page, 'networks', 'networks')
          ).filter(mine))
            await page.request.delete(`/api/os/network/v2.0/networks/${n.id}`, { headers: ORIGIN });
          return (await listed<{ name: string }>(page, 'networks', 'networks')).filter(mine).length;
        },
        { timeout: SLOW },
      )
      .toBe(0);
    for (const g of (
      await listed<{ id: string; name: string }>(page, 'security-groups', 'security_groups')
    ).filter(mine))
      await page.request.delete(`/api/os/network/v2.0/security-groups/${g.id}`, {
        headers: ORIGIN,
      });
  });
});
