// Project → Server Groups: create with each kind of policy, see the members of a
// group an instance was launched into, delete one or several.
import { E2E, expect, PanelPage, test, uniqueName } from './fixtures';
import type { Page } from '@playwright/test';

const ORIGIN = { Origin: E2E.baseUrl };

async function createGroup(page: Page, name: string, policy = 'affinity'): Promise<string> {
  const response = await page.request.post('/api/os/compute/os-server-groups', {
    headers: ORIGIN,
    data: { server_group: { name, policy } },
  });
  expect(response.status(), await response.text()).toBe(200);
  return ((await response.json()) as { server_group: { id: string } }).server_group.id;
}

/** Boots a tiny instance into the group, through the proxy as the browser would. */
async function bootInto(page: Page, name: string, group: string): Promise<string> {
  const [flavors, images] = await Promise.all([
    page.request.get('/api/os/compute/flavors').then((r) => r.json()),
    page.request.get('/api/os/image/v2/images?name=cirros-like').then((r) => r.json()),
  ]);
  const flavor = (flavors as { flavors: { id: string; name: string }[] }).flavors.find(
    (f) => f.name === 'm1.tiny',
  );
  const image = (images as { images: { id: string }[] }).images[0];
  expect(flavor && image, 'the cloud has m1.tiny and cirros-like').toBeTruthy();
  const response = await page.request.post('/api/os/compute/servers', {
    headers: ORIGIN,
    data: {
      server: { name, flavorRef: flavor!.id, imageRef: image!.id, networks: 'none' },
      'os:scheduler_hints': { group },
    },
  });
  expect(response.status(), await response.text()).toBe(202);
  return ((await response.json()) as { server: { id: string } }).server.id;
}

test.describe('Server Groups', () => {
  // Whatever a failed test left behind goes too.
  test.afterEach(async ({ page }) => {
    const list = await page.request.get('/api/os/compute/os-server-groups');
    const { server_groups } = (await list.json()) as {
      server_groups: { id: string; name: string }[];
    };
    for (const group of server_groups.filter((g) => g.name.startsWith('e2e-server-groups-')))
      await page.request.delete(`/api/os/compute/os-server-groups/${group.id}`, {
        headers: ORIGIN,
      });
  });

  test('create an anti-affinity group with a rule, see it, delete it from its page', async ({
    loggedIn: page,
  }) => {
    const groups = new PanelPage(page, '/project/server_groups', 'Server Groups');
    const name = uniqueName('server-groups');
    await groups.open();
    const dialog = await groups.openAction('Create Server Group');
    await dialog.getByLabel('Name', { exact: true }).fill(name);
    await expect(dialog.getByLabel('Max Servers per Host', { exact: true })).toHaveCount(0);
    await dialog.getByLabel('Policy', { exact: true }).selectOption({ label: 'Anti Affinity' });
    await dialog.getByLabel('Max Servers per Host', { exact: true }).fill('2');
    const pane = dialog.getByRole('region', { name: 'Equivalent commands' });
    await expect(pane.getByLabel('OpenStack CLI', { exact: true })).toHaveText(
      `openstack --os-compute-api-version 2.64 server group create --policy anti-affinity --rule max_server_per_host=2 ${name}`,
    );
    await expect(pane.getByLabel('Python (openstacksdk)', { exact: true })).toContainText(
      'rules={"max_server_per_host": 2}',
    );
    await expect(pane.getByLabel('Heat template (HOT)', { exact: true })).toContainText(
      'type: OS::Nova::ServerGroup',
    );
    await dialog.getByRole('button', { name: 'Create Server Group' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: `Created server group "${name}".` }),
    ).toBeVisible();
    await expect(groups.row(name)).toContainText('Anti Affinity');
    await expect(groups.row(name).getByRole('cell').nth(3)).toHaveText('0');

    await groups.row(name).getByRole('link', { name }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Overview' })).toContainText(
      'max_server_per_host=2',
    );
    await page.getByRole('tab', { name: 'Members' }).click();
    await expect(page.getByText('This server group has no members.')).toBeVisible();
    await page.getByRole('button', { name: 'Delete Server Group' }).click();
    await page
      .getByRole('alertdialog')
      .getByRole('button', { name: 'Delete Server Group' })
      .click();
    await expect(page).toHaveURL(/\/project\/server_groups$/);
    await expect(groups.row(name)).toHaveCount(0);
  });

  test('the Members tab lists the instances launched into the group', async ({
    loggedIn: page,
  }) => {
    const name = uniqueName('server-groups');
    const group = await createGroup(page, name);
    const server = await bootInto(page, `${name}-vm`, group);
    try {
      await page.goto(`/project/server_groups/${group}`);
      await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
      await expect(page.getByRole('region', { name: 'Overview' })).toContainText('Affinity');
      await page.getByRole('tab', { name: 'Members' }).click();
      const link = page.getByRole('region', { name: 'Members' }).getByRole('link', {
        name: `${name}-vm`,
      });
      await expect(link).toHaveAttribute('href', `/project/instances/${server}`);
      const groups = new PanelPage(page, '/project/server_groups', 'Server Groups');
      await groups.open();
      await expect(groups.row(name).getByRole('cell').nth(3)).toHaveText('1');
    } finally {
      await page.request.delete(`/api/os/compute/servers/${server}`, { headers: ORIGIN });
      await expect(async () => {
        const gone = await page.request.get(`/api/os/compute/servers/${server}`);
        expect(gone.status()).toBe(404);
      }).toPass({ timeout: 60_000 });
      await page.request.delete(`/api/os/compute/os-server-groups/${group}`, { headers: ORIGIN });
    }
  });

  test('bad input gets a clear message at the field', async ({ loggedIn: page }) => {
    const groups = new PanelPage(page, '/project/server_groups', 'Server Groups');
    await groups.open();
    const dialog = await groups.openAction('Create Server Group');
    const field = (label: string) => dialog.getByLabel(label, { exact: true });
    await dialog.getByRole('button', { name: 'Create Server Group' }).click();
    await expect(dialog.getByText('Name is required.')).toBeVisible();
    await expect(field('Name')).toBeFocused();
    await field('Name').fill('g'.repeat(10_000));
    await expect(dialog.getByText('Name must be 255 characters or fewer.')).toBeVisible();
    await field('Name').fill('<script>alert(1)</script>');
    await expect(
      dialog.getByText(
        'Name may only contain letters, numbers, spaces, underscores, periods and hyphens.',
      ),
    ).toBeVisible();
    await field('Policy').selectOption({ label: 'Anti Affinity' });
    await field('Max Servers per Host').fill('-1');
    await expect(dialog.getByText('Max Servers per Host must be at least 1.')).toBeVisible();
    await field('Max Servers per Host').fill('0');
    await expect(dialog.getByText('Max Servers per Host must be at least 1.')).toBeVisible();
    await field('Max Servers per Host').fill('5000');
    await expect(dialog.getByText('Max Servers per Host must be at most 1,000.')).toBeVisible();
    await expect(field('Max Servers per Host')).toHaveAttribute('aria-invalid', 'true');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });

  test('delete several server groups at once from the selection', async ({ loggedIn: page }) => {
    const groups = new PanelPage(page, '/project/server_groups', 'Server Groups');
    const names = [uniqueName('server-groups'), uniqueName('server-groups')];
    for (const name of names) await createGroup(page, name, 'soft-anti-affinity');
    await groups.open();
    for (const name of names) {
      await expect(groups.row(name)).toContainText('Soft Anti Affinity');
      await groups.table.getByRole('checkbox', { name: `Select ${name}` }).check();
    }
    await page.getByRole('button', { name: 'Delete Server Groups' }).click();
    const dialog = page.getByRole('alertdialog');
    await expect(dialog.getByLabel('OpenStack CLI', { exact: true })).toContainText(
      'openstack server group delete',
    );
    await dialog.getByRole('button', { name: 'Delete Server Groups' }).click();
    for (const name of names) await expect(groups.row(name)).toHaveCount(0);
    await expect(
      page.getByRole('status').filter({ hasText: 'Deleted Server Groups:' }),
    ).toBeVisible();
  });
});
