// Floating IPs: allocate, associate with an instance's port from the panel and
// from the instance row, see it in the instance's IP Address column, disassociate,
// release; field errors, Neutron's refusal for an unrouted port, and its quota text.
import { expectAccessible } from './axe';
import { E2E, expect, login, PanelPage, test, uniqueName } from './fixtures';
import { bootServer, deleteServers, lookupIds, waitForSettled } from './servers';
import type { APIRequestContext, Page } from '@playwright/test';

const SLOW = E2E.isSandbox ? 30_000 : 90_000;
const write = { headers: { Origin: E2E.baseUrl } };
const SHOTS = E2E.screenshotDir;

interface Fip {
  id: string;
  floating_ip_address: string;
  port_id: string | null;
  description?: string;
  project_id?: string;
  tenant_id?: string;
}

const fipsPage = (page: Page) => new PanelPage(page, '/project/floating_ips', 'Floating IPs');
const instancesPage = (page: Page) => new PanelPage(page, '/project/instances', 'Instances');

async function listFips(request: APIRequestContext): Promise<Fip[]> {
  const res = await request.get('/api/os/network/v2.0/floatingips');
  return ((await res.json()) as { floatingips: Fip[] }).floatingips;
}

async function pool(request: APIRequestContext): Promise<string> {
  const res = await request.get('/api/os/network/v2.0/networks?router:external=true&name=public');
  return ((await res.json()) as { networks: { id: string }[] }).networks[0]!.id;
}

/** A network and subnet no router joins to "public", and a server on it. */
async function unroutedServer(page: Page, name: string): Promise<string> {
  const net = await page.request.post('/api/os/network/v2.0/networks', {
    ...write,
    data: { network: { name } },
  });
  const networkId = ((await net.json()) as { network: { id: string } }).network.id;
  const subnet = await page.request.post('/api/os/network/v2.0/subnets', {
    ...write,
    data: { subnet: { name, network_id: networkId, ip_version: 4, cidr: '10.91.7.0/24' } },
  });
  expect(subnet.status(), await subnet.text()).toBe(201);
  const ids = await lookupIds(page);
  const res = await page.request.post('/api/os/compute/servers', {
    ...write,
    data: {
      server: { name, flavorRef: ids.flavor, imageRef: ids.image, networks: [{ uuid: networkId }] },
    },
  });
  expect(res.status(), await res.text()).toBe(202);
  return networkId;
}

/** The address the toast names after an allocation. */
async function allocatedAddress(page: Page): Promise<string> {
  const toast = page.getByRole('status').filter({ hasText: 'Allocated Floating IP' }).last();
  await expect(toast).toBeVisible();
  const text = (await toast.textContent()) ?? '';
  const address = /Allocated Floating IP ([0-9a-f.:]+)\./.exec(text)?.[1];
  expect(address, text).toBeTruthy();
  return address!;
}

// Exclusive: its last test lowers the project's floating IP quota (scripts/e2e-parallel.sh).
test.describe.serial('Floating IPs', { tag: '@exclusive' }, () => {
  const server = uniqueName('fip-vm');
  const lonely = uniqueName('fip-lonely');
  const description = `<b>${uniqueName('fip')}</b>`;
  let page: Page;
  let address = '';
  let lonelyNetwork = '';

  test.beforeAll(async ({ browser }) => {
    test.setTimeout(SLOW * 3);
    // A context of its own: axe needs one.
    page = await (await browser.newContext()).newPage();
    await login(page);
    await bootServer(page, server);
    lonelyNetwork = await unroutedServer(page, lonely);
    await waitForSettled(page, server, 'Active', SLOW);
    await waitForSettled(page, lonely, 'Active', SLOW);
  });

  test.afterAll(async () => {
    test.setTimeout(SLOW * 3);
    const mine = (await listFips(page.request).catch(() => [] as Fip[])).filter(
      (f) => f.floating_ip_address === address || (f.description ?? '').includes('e2e-fip-'),
    );
    for (const fip of mine)
      await page.request.delete(`/api/os/network/v2.0/floatingips/${fip.id}`, write);
    await deleteServers(page, [server, lonely]).catch(() => undefined);
    // The lonely network can go only when its server (and so its port) has gone.
    await expect
      .poll(
        async () =>
          (
            (await (await page.request.get(`/api/os/compute/servers?name=^${lonely}$`)).json()) as {
              servers: unknown[];
            }
          ).servers.length,
        { timeout: SLOW },
      )
      .toBe(0);
    await expect
      .poll(
        async () =>
          (
            await page.request.delete(`/api/os/network/v2.0/networks/${lonelyNetwork}`, write)
          ).status(),
        { timeout: SLOW },
      )
      .toBe(204)
      .catch(() => undefined);
    await page.context().close();
  });

  test('Allocate IP To Project: field errors, equivalents, the new row with its description as text', async () => {
    const fips = fipsPage(page);
    await fips.open();
    const dialog = await fips.openAction('Allocate IP To Project');
    await expect(dialog.getByRole('heading', { name: 'Allocate Floating IP' })).toBeVisible();
    await expectAccessible(page, 'the Allocate Floating IP form');
    await expect(dialog.getByLabel('Pool', { exact: true })).toHaveValue(await pool(page.request));
    await dialog.getByLabel('Description', { exact: true }).fill('x'.repeat(10_000));
    await dialog.getByRole('button', { name: 'Allocate IP' }).click();
    await expect(dialog.getByText('Description must be 255 characters or fewer.')).toBeVisible();
    await expect(dialog.getByLabel('Description', { exact: true })).toHaveAttribute(
      'aria-invalid',
      'true',
    );

    await dialog.getByLabel('Description', { exact: true }).fill(description);
    const pane = dialog.getByRole('region', { name: 'Equivalent commands' });
    await expect(pane.getByLabel('OpenStack CLI', { exact: true })).toContainText(
      `openstack floating ip create --description '${description}' public`,
    );
    await expect(pane.getByLabel('Heat template (HOT)', { exact: true })).toContainText(
      'type: OS::Neutron::FloatingIP',
    );
    await dialog.getByRole('button', { name: 'Allocate IP' }).click();
    address = await allocatedAddress(page);
    const row = fips.row(address);
    await expect(row).toContainText(description);
    await expect(row).toContainText('public');
    await expect(row.getByRole('cell', { name: 'Down', exact: true })).toBeVisible();
    await expect(row.locator('b')).toHaveCount(0);
    await expectAccessible(page, 'the Floating IPs panel');
  });

  test('Associate from the panel: a port is required, then "instance fixed-ip" shows as mapped', async () => {
    const fips = fipsPage(page);
    await fips.open();
    const dialog = await fips.rowAction(address, 'Associate');
    await expect(
      dialog.getByRole('heading', { name: 'Manage Floating IP Associations' }),
    ).toBeVisible();
    await expect(dialog.getByLabel('IP Address', { exact: true })).toContainText(address);
    await dialog.getByRole('button', { name: 'Associate', exact: true }).click();
    await expect(dialog.getByText('Select a port to be associated.')).toBeVisible();
    await expectAccessible(page, 'the Associate form with its error');
    await page.screenshot({ path: `${SHOTS}/floating-ips-associate.png` });

    const port = dialog.getByLabel('Port to be associated', { exact: true });
    const option = port.locator('option', { hasText: `${server}: ` });
    const label = (await option.textContent())!;
    const fixed = label.split(': ')[1]!;
    await port.selectOption({ label });
    await expect(dialog.getByLabel('OpenStack CLI', { exact: true })).toContainText(
      `--fixed-ip-address ${fixed} ${address}`,
    );
    await dialog.getByRole('button', { name: 'Associate', exact: true }).click();
    await expect(dialog).toHaveCount(0);
    await expect(fips.row(address)).toContainText(`${server} ${fixed}`);

    await fips.row(address).getByRole('link', { name: address }).click();
    await expect(page.getByRole('heading', { level: 1, name: address })).toBeVisible();
    const overview = page.getByRole('region', { name: 'Overview' });
    await expect(overview).toContainText(`${server} ${fixed}`);
    await expect(overview).toContainText('public');
    await expectAccessible(page, 'the floating IP detail page');

    // Pictures to look at (not assertions), light and dark, kept with the test results.
    await fips.open();
    await page.screenshot({ path: `${SHOTS}/floating-ips.png` });
    await page.getByRole('button', { name: /^Theme:/ }).click();
    await page.getByRole('button', { name: /^Theme: Light/ }).click();
    await expect(page.locator('html')).toHaveClass(/dark/);
    await page.screenshot({ path: `${SHOTS}/floating-ips-dark.png`, animations: 'disabled' });
    await page.getByRole('button', { name: /^Theme: Dark/ }).click();

    const instances = instancesPage(page);
    await instances.open();
    const ips = instances.row(server).getByRole('cell').filter({ hasText: fixed });
    await expect(ips).toContainText('Floating IPs:');
    await expect(ips).toContainText(address);
    await page.screenshot({ path: `${SHOTS}/instances-floating-ip.png` });
  });

  test("Neutron's own refusal for a port no router reaches", async () => {
    const second = await page.request.post('/api/os/network/v2.0/floatingips', {
      ...write,
      data: {
        floatingip: { floating_network_id: await pool(page.request), description: 'e2e-fip-2nd' },
      },
    });
    const other = ((await second.json()) as { floatingip: Fip }).floatingip.floating_ip_address;
    const fips = fipsPage(page);
    await fips.open();
    const dialog = await fips.rowAction(other, 'Associate');
    const port = dialog.getByLabel('Port to be associated', { exact: true });
    const label = (await port.locator('option', { hasText: `${lonely}: ` }).textContent())!;
    await port.selectOption({ label });
    await dialog.getByRole('button', { name: 'Associate', exact: true }).click();
    await expect(dialog.getByRole('alert')).toContainText('is not reachable from subnet');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(fips.row(other)).not.toContainText(lonely);
  });

  test('Disassociate from the panel', async () => {
    const fips = fipsPage(page);
    await fips.open();
    const dialog = await fips.rowAction(address, 'Disassociate');
    await expect(dialog.getByLabel('OpenStack CLI', { exact: true })).toContainText(
      `openstack floating ip unset --port ${address}`,
    );
    await dialog.getByRole('button', { name: 'Disassociate', exact: true }).click();
    await expect(fips.row(address)).not.toContainText(server);
    await expect(
      page.getByRole('status').filter({ hasText: 'Disassociated Floating IP' }),
    ).toBeVisible();
  });

  test('Associate Floating IP from the instance row, then Disassociate it there', async () => {
    test.setTimeout(SLOW * 4);
    const instances = instancesPage(page);
    await instances.open();
    let dialog = await instances.rowAction(server, 'Associate Floating IP', SLOW);
    const ip = dialog.getByLabel('IP Address', { exact: true });
    await ip.selectOption({ label: `${address} (public)` });
    await expect(dialog.getByLabel('OpenStack CLI', { exact: true })).toContainText(
      `openstack server add floating ip --fixed-ip-address`,
    );
    await expect(dialog.getByLabel('OpenStack CLI', { exact: true })).toContainText(
      `${server} ${address}`,
    );
    await expectAccessible(page, 'the Associate Floating IP form of an instance');
    await page.screenshot({ path: `${SHOTS}/instances-associate-floating-ip.png` });
    await dialog.getByRole('button', { name: 'Associate', exact: true }).click();
    const row = instances.row(server);
    await expect(row).toContainText('Floating IPs:', { timeout: SLOW });
    await expect(row).toContainText(address);

    dialog = await instances.rowAction(server, 'Disassociate Floating IP', SLOW);
    await expect(dialog.getByLabel('Floating IP', { exact: true })).toContainText(address);
    await dialog.getByRole('button', { name: 'Disassociate', exact: true }).click();
    await expect(row).not.toContainText('Floating IPs:', { timeout: SLOW });

    // "Allocate IP from pool public" allocates and associates in one step; releasing frees it.
    const before = new Set((await listFips(page.request)).map((f) => f.id));
    dialog = await instances.rowAction(server, 'Associate Floating IP', SLOW);
    await dialog
      .getByLabel('IP Address', { exact: true })
      .selectOption({ label: 'Allocate IP from pool public' });
    await expect(dialog.getByLabel('OpenStack CLI', { exact: true })).toContainText(
      'openstack floating ip create -f value -c floating_ip_address public',
    );
    await dialog.getByRole('button', { name: 'Associate', exact: true }).click();
    await expect(row).toContainText('Floating IPs:', { timeout: SLOW });
    const fresh = (await listFips(page.request)).find((f) => !before.has(f.id));
    expect(fresh?.port_id).toBeTruthy();
    await expect(row).toContainText(fresh!.floating_ip_address);

    dialog = await instances.rowAction(server, 'Disassociate Floating IP', SLOW);
    await dialog.getByLabel('Release Floating IP', { exact: true }).check();
    await expect(dialog.getByLabel('OpenStack CLI', { exact: true })).toContainText(
      `openstack floating ip delete ${fresh!.floating_ip_address}`,
    );
    await dialog.getByRole('button', { name: 'Disassociate', exact: true }).click();
    await expect(row).not.toContainText('Floating IPs:', { timeout: SLOW });
    expect((await listFips(page.request)).map((f) => f.id)).not.toContain(fresh!.id);
  });

  test('quota exceeded is shown in Neutron’s words', async ({ browser }) => {
    const demoProject = (await listFips(page.request)).find(
      (f) => f.floating_ip_address === address,
    );
    const projectId = demoProject?.project_id ?? demoProject?.tenant_id ?? '';
    const adminPage = await browser.newPage();
    await login(adminPage, { user: 'admin', password: 'admin' });
    const quotaUrl = `/api/os/network/v2.0/quotas/${projectId}`;
    const previous = (
      (await (await adminPage.request.get(quotaUrl)).json()) as {
        quota: { floatingip: number };
      }
    ).quota.floatingip;
    const used = (await listFips(page.request)).length;
    try {
      const set = await adminPage.request.put(quotaUrl, {
        ...write,
        data: { quota: { floatingip: used } },
      });
      expect(set.status(), await set.text()).toBe(200);
      const fips = fipsPage(page);
      await fips.open();
      const dialog = await fips.openAction('Allocate IP To Project');
      await dialog.getByRole('button', { name: 'Allocate IP' }).click();
      await expect(dialog.getByRole('alert')).toContainText(
        "Quota exceeded for resources: ['floatingip'].",
      );
      await dialog.getByRole('button', { name: 'Cancel' }).click();
    } finally {
      await adminPage.request.put(quotaUrl, {
        ...write,
        data: { quota: { floatingip: previous } },
      });
      await adminPage.close();
    }
  });

  test('Release Floating IPs from the selection', async () => {
    const fips = fipsPage(page);
    await fips.open();
    const mine = (await listFips(page.request)).filter(
      (f) => f.floating_ip_address === address || f.description === 'e2e-fip-2nd',
    );
    expect(mine).toHaveLength(2);
    for (const fip of mine)
      await fips.table.getByRole('checkbox', { name: `Select ${fip.floating_ip_address}` }).check();
    await page.getByRole('button', { name: 'Release Floating IPs' }).click();
    const dialog = page.getByRole('alertdialog');
    await expect(dialog.getByLabel('OpenStack CLI', { exact: true })).toContainText(
      'openstack floating ip delete',
    );
    await dialog.getByRole('button', { name: 'Release Floating IPs' }).click();
    for (const fip of mine) await expect(fips.row(fip.floating_ip_address)).toHaveCount(0);
    await expect(
      page.getByRole('status').filter({ hasText: 'Released Floating IPs:' }),
    ).toBeVisible();
  });
});
