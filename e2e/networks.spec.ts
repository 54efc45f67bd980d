// Project → Network → Networks: the Create Network wizard with its subnet (and
// the field errors Horizon gives), the Subnets and Ports of a network, and
// taking it down in the right order after Neutron refused the wrong one.
import { expectAccessible } from './axe';
import { ADMIN, E2E, expect, login, PanelPage, test, uniqueName } from './fixtures';
import type { Locator, Page } from '@playwright/test';

const ORIGIN = { Origin: E2E.baseUrl };

/** A /24 of 10.0.0.0/8 that no other run of this spec picks at the same time. */
function randomNet(): string {
  const a = 100 + Math.floor(Math.random() * 150);
  const b = Math.floor(Math.random() * 250);
  return `10.${a}.${b}`;
}

async function createNetworkByApi(page: Page, name: string, net: string) {
  const made = await page.request.post('/api/os/network/v2.0/networks', {
    headers: ORIGIN,
    data: { network: { name } },
  });
  expect(made.status(), await made.text()).toBe(201);
  const network = ((await made.json()) as { network: { id: string } }).network;
  const sub = await page.request.post('/api/os/network/v2.0/subnets', {
    headers: ORIGIN,
    data: {
      subnet: { name: `${name}-sub`, network_id: network.id, ip_version: 4, cidr: `${net}.0/24` },
    },
  });
  expect(sub.status(), await sub.text()).toBe(201);
  return network.id;
}

const pane = (dialog: Locator) => dialog.getByRole('region', { name: 'Equivalent commands' });
const cli = (dialog: Locator) => pane(dialog).getByLabel('OpenStack CLI', { exact: true });

test.describe('Networks', () => {
  // Whatever a failed test left behind goes too: ports first, then networks.
  test.afterEach(async ({ page }) => {
    const list = await page.request.get('/api/os/network/v2.0/networks');
    const { networks } = (await list.json()) as { networks: { id: string; name: string }[] };
    for (const network of networks.filter((n) => n.name.startsWith('e2e-networks-'))) {
      const ports = await page.request.get(`/api/os/network/v2.0/ports?network_id=${network.id}`);
      for (const port of ((await ports.json()) as { ports: { id: string; device_owner: string }[] })
        .ports)
        if (!port.device_owner.startsWith('network:'))
          await page.request.delete(`/api/os/network/v2.0/ports/${port.id}`, { headers: ORIGIN });
      await page.request.delete(`/api/os/network/v2.0/networks/${network.id}`, { headers: ORIGIN });
    }
  });

  test('create a network with a subnet through the wizard, with the field errors on the way', async ({
    loggedIn: page,
  }) => {
    const networks = new PanelPage(page, '/project/networks', 'Networks');
    const name = uniqueName('networks');
    const net = randomNet();
    await networks.open();
    const dialog = await networks.openAction('Create Network');
    await expect(dialog.getByRole('heading', { name: 'Create Network' })).toBeVisible();
    const field = (label: string) => dialog.getByLabel(label, { exact: true });
    await field('Network Name').fill(name);
    await expect(field('Create Subnet')).toBeChecked();
    await expect(cli(dialog)).toContainText(`openstack network create -f value -c id ${name}`);

    // Without a subnet the subnet steps do not apply and the pane drops the subnet.
    await field('Create Subnet').uncheck();
    await expect(cli(dialog)).toHaveText(`openstack network create ${name}`);
    const steps = dialog.getByRole('navigation', { name: 'Steps' });
    await expect(steps.getByRole('button', { name: /^Subnet/ }).first()).toBeDisabled();
    await field('Create Subnet').check();

    await dialog.getByRole('button', { name: 'Next' }).click();
    await field('Subnet Name').fill(`${name}-sub`);
    await field('Network Address').fill('10.0.0.0/33');
    await field('Network Address').blur();
    await expect(
      dialog.getByText('Network Address: the prefix length must be a number from 0 to 32.'),
    ).toBeVisible();
    await expect(field('Network Address')).toHaveAttribute('aria-invalid', 'true');
    await field('Network Address').fill(`${net}.0/24`);
    await field('Gateway IP').fill('10.99.99.1');
    await expect(
      dialog.getByText(`Gateway IP 10.99.99.1 is outside the network ${net}.0/24.`),
    ).toBeVisible();
    // The broadcast address passes the form; Neutron refuses it below.
    await field('Gateway IP').fill(`${net}.255`);
    await expect(cli(dialog)).toContainText(`--subnet-range ${net}.0/24`);
    await expect(cli(dialog)).toContainText(`--gateway ${net}.255`);

    await dialog.getByRole('button', { name: 'Next' }).click();
    await field('Allocation Pools').fill(`${net}.10,10.99.99.20`);
    await expect(
      dialog.getByText(`Allocation Pools line 1: 10.99.99.20 is outside the network ${net}.0/24.`),
    ).toBeVisible();
    await field('Allocation Pools').fill(`${net}.10,${net}.100`);
    await field('DNS Name Servers').fill('8.8.8.8');
    await field('Host Routes').fill('192.168.200.0/24');
    await expect(
      dialog.getByText(/^Host Routes line 1: write it as destination CIDR,nexthop/),
    ).toBeVisible();
    await field('Host Routes').fill(`192.168.200.0/24,${net}.254`);
    await expect(cli(dialog)).toContainText(`--allocation-pool start=${net}.10,end=${net}.100`);
    await expect(pane(dialog).getByLabel('Python (openstacksdk)', { exact: true })).toContainText(
      `dns_nameservers=["8.8.8.8"]`,
    );
    await expect(pane(dialog).getByLabel('Heat template (HOT)', { exact: true })).toContainText(
      'type: OS::Neutron::Subnet',
    );

    // Neutron refuses the subnet: the network made for it is deleted again, and we are told.
    await dialog.getByRole('button', { name: 'Create', exact: true }).click();
    await expect(dialog.getByRole('alert')).toContainText('Gateway is not valid on subnet');
    await expect(dialog.getByRole('alert')).toContainText(
      'The network was deleted again, so nothing is left half-made.',
    );
    const left = await page.request.get(`/api/os/network/v2.0/networks?name=${name}`);
    expect(((await left.json()) as { networks: unknown[] }).networks).toEqual([]);

    await dialog.getByRole('button', { name: 'Back' }).click();
    await field('Gateway IP').fill(`${net}.1`);
    await dialog.getByRole('button', { name: 'Create', exact: true }).click();
    await expect(
      page.getByRole('status').filter({
        hasText: `Created network "${name}" with subnet "${name}-sub".`,
      }),
    ).toBeVisible();
    await expect(networks.row(name).getByRole('cell').nth(2)).toHaveText(`${name}-sub ${net}.0/24`);
    await expect(networks.row(name)).toContainText('Active');

    await networks.row(name).getByRole('link', { name }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await page.getByRole('tab', { name: 'Subnets' }).click();
    const subnets = page.getByRole('table', { name: 'Subnets' });
    await expect(subnets.getByRole('row').filter({ hasText: `${name}-sub` })).toContainText(
      `${net}.1`,
    );
    await subnets.getByRole('link', { name: `${name}-sub` }).click();
    const overview = page.getByRole('region', { name: 'Overview' });
    await expect(overview).toContainText(`Start ${net}.10 - End ${net}.100`);
    await expect(overview).toContainText(`Destination: 192.168.200.0/24, Next Hop: ${net}.254`);
    await expect(page.getByRole('link', { name, exact: true }).first()).toBeVisible();
  });

  test('ports: create, edit; Neutron refuses to delete the network under a port; delete in order', async ({
    loggedIn: page,
  }) => {
    const name = uniqueName('networks');
    const net = randomNet();
    const id = await createNetworkByApi(page, name, net);
    const networks = new PanelPage(page, '/project/networks', 'Networks');

    await page.goto(`/project/networks/${id}`);
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await page.getByRole('tab', { name: 'Ports' }).click();
    const ports = page.getByRole('table', { name: 'Ports' });
    await expect(ports).not.toHaveAttribute('aria-busy', 'true');
    await page.getByRole('button', { name: 'Create Port' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create Port' });
    const field = (label: string) => dialog.getByLabel(label, { exact: true });
    await field('Name').fill(`${name}-port`);
    await field('Specify IP address or subnet').selectOption({ label: 'Fixed IP Address' });
    await field('Fixed IP Address').fill('10.99.99.50');
    await field('Fixed IP Address').blur();
    await expect(
      dialog.getByText(
        `Fixed IP Address 10.99.99.50 is in none of this network's subnets (${net}.0/24).`,
      ),
    ).toBeVisible();
    await field('Fixed IP Address').fill(`${net}.50`);
    await field('MAC Address').fill('fa:16:3e');
    await field('MAC Address').blur();
    await expect(dialog.getByText('MAC Address must look like fa:16:3e:12:34:56.')).toBeVisible();
    await field('MAC Address').fill('');
    await field('Allowed Address Pairs').fill(`${net}.0/24`);
    await expect(cli(dialog)).toContainText(`--fixed-ip ip-address=${net}.50`);
    await expect(cli(dialog)).toContainText(`--allowed-address ip-address=${net}.0/24`);
    await expect(cli(dialog)).toContainText(`--network ${id}`);
    await dialog.getByRole('button', { name: 'Create', exact: true }).click();
    await expect(
      page.getByRole('status').filter({ hasText: `Created port "${name}-port".` }),
    ).toBeVisible();
    const portRow = ports.getByRole('row').filter({ hasText: `${name}-port` });
    await expect(portRow).toContainText(`${net}.50`);

    // Edit Port: port security off needs the groups cleared, said at the field.
    await portRow.getByRole('button', { name: 'Edit Port' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit Port' });
    await edit.getByLabel('Name', { exact: true }).fill(`${name}-port2`);
    await edit.getByLabel('Port Security', { exact: true }).uncheck();
    await edit.getByRole('button', { name: 'Update' }).click();
    await expect(edit.getByText(/^Security groups need port security/)).toBeVisible();
    await expect(edit.getByText(/^Allowed address pairs need port security/)).toBeVisible();
    await edit.getByLabel('Port Security', { exact: true }).check();
    await expect(cli(edit)).toContainText(`--name ${name}-port2`);
    await edit.getByRole('button', { name: 'Update' }).click();
    await expect(
      // The message names the port by its new name.
      page.getByRole('status').filter({ hasText: `Updated port "${name}-port2".` }),
    ).toBeVisible();
    await expect(ports.getByRole('link', { name: `${name}-port2` })).toBeVisible();

    // Edit Network from the list.
    await networks.open();
    const renamed = `${name}-x`;
    let editNet = await networks.rowAction(name, 'Edit Network');
    await editNet.getByLabel('Name', { exact: true }).fill(renamed);
    await expect(cli(editNet)).toContainText(`--name ${renamed}`);
    await editNet.getByRole('button', { name: 'Save Changes' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: `Updated network "${renamed}".` }),
    ).toBeVisible();
    await expect(networks.row(renamed)).toBeVisible();

    // The wrong order: Neutron refuses, in its own words, and the network stays.
    editNet = await networks.rowAction(renamed, 'Delete Network');
    await editNet.getByRole('button', { name: 'Delete Network' }).click();
    await expect(editNet).toContainText(
      `Unable to complete operation on network ${id}. There are one or more ports still in use on the network`,
    );
    await editNet.getByRole('button', { name: 'Cancel' }).click();
    await expect(networks.row(renamed)).toBeVisible();

    // The right order: the port, then the network.
    await networks.row(renamed).getByRole('link', { name: renamed }).click();
    await page.getByRole('tab', { name: 'Ports' }).click();
    await ports.getByRole('link', { name: `${name}-port2` }).click();
    await expect(page.getByRole('heading', { level: 1, name: `${name}-port2` })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Overview' })).toContainText(`${net}.50`);
    await page.getByRole('button', { name: `More actions for ${name}-port2` }).click();
    await page.getByRole('menuitem', { name: 'Delete Port' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete Port' }).click();
    await expect(page).toHaveURL(new RegExp(`/project/networks/${id}$`));

    await networks.open();
    const confirm = await networks.rowAction(renamed, 'Delete Network');
    await confirm.getByRole('button', { name: 'Delete Network' }).click();
    await expect(networks.row(renamed)).toHaveCount(0);
    await expect(
      page.getByRole('status').filter({ hasText: `Deleted Network: ${renamed}` }),
    ).toBeVisible();
  });

  test('a subnet with a port on it: Neutron refuses its deletion; edit it in place', async ({
    loggedIn: page,
  }) => {
    const name = uniqueName('networks');
    const net = randomNet();
    const id = await createNetworkByApi(page, name, net);
    const port = await page.request.post('/api/os/network/v2.0/ports', {
      headers: ORIGIN,
      data: { port: { network_id: id, name: `${name}-p` } },
    });
    expect(port.status()).toBe(201);

    await page.goto(`/project/networks/${id}`);
    await page.getByRole('tab', { name: 'Subnets' }).click();
    const subnets = page.getByRole('table', { name: 'Subnets' });
    const row = subnets.getByRole('row').filter({ hasText: `${name}-sub` });
    await row.getByRole('button', { name: 'Edit Subnet' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit Subnet' });
    await expect(edit.getByLabel('Network Address', { exact: true })).toHaveCount(0);
    await edit.getByLabel('Gateway IP', { exact: true }).fill('172.16.0.1');
    await edit.getByLabel('Gateway IP', { exact: true }).blur();
    await expect(
      edit.getByText(`Gateway IP 172.16.0.1 is outside the network ${net}.0/24.`),
    ).toBeVisible();
    await edit.getByLabel('Gateway IP', { exact: true }).fill('');
    await edit.getByLabel('DNS Name Servers', { exact: true }).fill('1.1.1.1');
    await expect(cli(edit)).toContainText('--no-dns-nameservers \\\n  --dns-nameserver 1.1.1.1');
    await edit.getByRole('button', { name: 'Save' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: `Updated subnet "${name}-sub".` }),
    ).toBeVisible();

    await row.getByRole('button', { name: `More actions for ${name}-sub` }).click();
    await page.getByRole('menuitem', { name: 'Delete Subnet' }).click();
    const confirm = page.getByRole('alertdialog');
    await confirm.getByRole('button', { name: 'Delete Subnet' }).click();
    await expect(confirm).toContainText(
      'One or more ports have an IP allocation from this subnet.',
    );
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect(row).toBeVisible();
  });

  test("an admin sees the project's networks and other projects' shared ones, not their private ones", async ({
    loggedIn: demo,
    browser,
  }) => {
    const mine = uniqueName('networks');
    const made = await demo.request.post('/api/os/network/v2.0/networks', {
      headers: ORIGIN,
      data: { network: { name: mine } },
    });
    expect(made.status(), await made.text()).toBe(201);
    const demoProject = ((await made.json()) as { network: { project_id: string } }).network
      .project_id;

    const context = await browser.newContext();
    const page = await context.newPage();
    await login(page, ADMIN);
    // Made by the admin in the demo project: one shared, one not.
    const ids: string[] = [];
    for (const [name, shared] of [
      [`${mine}-shared`, true],
      [`${mine}-private`, false],
    ] as const) {
      const response = await page.request.post('/api/os/network/v2.0/networks', {
        headers: ORIGIN,
        data: { network: { name, shared, project_id: demoProject } },
      });
      expect(response.status(), await response.text()).toBe(201);
      ids.push(((await response.json()) as { network: { id: string } }).network.id);
    }
    try {
      const networks = new PanelPage(page, '/project/networks', 'Networks');
      await networks.open();
      await expect(networks.row(`${mine}-shared`)).toContainText('Yes');
      await expect(networks.row('public')).toBeVisible();
      await expect(networks.row(`${mine}-private`)).toHaveCount(0);
      await expect(networks.row(mine)).toHaveCount(0);
    } finally {
      for (const id of ids)
        await page.request.delete(`/api/os/network/v2.0/networks/${id}`, { headers: ORIGIN });
      await context.close();
    }
  });

  test('axe on the list, each wizard step, the detail tabs and Create Port; screenshots light and dark', async ({
    loggedIn: page,
  }) => {
    test.setTimeout(120_000);
    const name = uniqueName('networks');
    const net = randomNet();
    const id = await createNetworkByApi(page, name, net);
    await page.request.post('/api/os/network/v2.0/ports', {
      headers: ORIGIN,
      data: { port: { network_id: id, name: `${name}-port` } },
    });
    const shots = E2E.isSandbox ? E2E.screenshotDir : 'test-results';
    const networks = new PanelPage(page, '/project/networks', 'Networks');
    await networks.open();
    await expect(networks.row(name)).toBeVisible();
    await expectAccessible(page, 'the Networks list');
    await page.screenshot({ path: `${shots}/networks.png` });

    const wizard = await networks.openAction('Create Network');
    await wizard.getByLabel('Network Name', { exact: true }).fill('lab-net');
    const steps = wizard.getByRole('navigation', { name: 'Steps' }).getByRole('button');
    for (let index = 0; index < 3; index++) {
      await steps.nth(index).click();
      await expect(steps.nth(index)).toHaveAttribute('aria-current', 'step');
      if (index === 1) {
        await wizard.getByLabel('Subnet Name', { exact: true }).fill('lab-subnet');
        await wizard.getByLabel('Network Address', { exact: true }).fill('192.168.10.0/24');
        await wizard.getByLabel('Gateway IP', { exact: true }).fill('192.168.10.1');
        await page.screenshot({ path: `${shots}/create-network.png` });
      }
      await expectAccessible(page, `the Create Network wizard, step ${index + 1}`);
    }
    await wizard.getByRole('button', { name: 'Cancel' }).click();

    await page.goto(`/project/networks/${id}`);
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expectAccessible(page, 'the network detail page');
    for (const tab of ['Subnets', 'Ports']) {
      await page.getByRole('tab', { name: tab }).click();
      await expect(page.getByRole('table', { name: tab })).not.toHaveAttribute('aria-busy', 'true');
      await expectAccessible(page, `the network's ${tab} tab`);
    }
    await page.screenshot({ path: `${shots}/network-ports.png` });
    await page.getByRole('button', { name: 'Create Port' }).click();
    const createPort = page.getByRole('dialog', { name: 'Create Port' });
    await expect(createPort.getByRole('button', { name: 'Cancel' })).toBeVisible();
    await expectAccessible(page, 'the Create Port form');
    await createPort.getByRole('button', { name: 'Cancel' }).click();

    await page.context().addCookies([{ name: 'theme', value: 'dark', url: E2E.baseUrl }]);
    await networks.open();
    await expect(page.locator('html')).toHaveClass(/dark/);
    await expectAccessible(page, 'the Networks list (dark)');
    await page.screenshot({ path: `${shots}/networks-dark.png` });
    const darkWizard = await networks.openAction('Create Network');
    await darkWizard.getByLabel('Network Name', { exact: true }).fill('lab-net');
    await page.screenshot({ path: `${shots}/create-network-dark.png` });
  });
});
