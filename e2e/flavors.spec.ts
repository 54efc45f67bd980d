// Admin → Flavors: an admin creates, describes, shares and deletes flavors; a
// member is refused, and Nova's own words reach the form if a call is refused.
import { ADMIN, E2E, expect, login, PanelPage, test, uniqueName, watchMutations } from './fixtures';

const ORIGIN = { Origin: E2E.baseUrl };

test.describe('Flavors (admin)', () => {
  test.beforeEach(async ({ page }) => {
    await login(page, ADMIN);
  });

  // Whatever a failed test left behind goes too.
  test.afterEach(async ({ page }) => {
    const list = await page.request.get('/api/os/compute/flavors?is_public=None');
    const { flavors } = (await list.json()) as { flavors: { id: string; name: string }[] };
    for (const flavor of flavors.filter((f) => f.name.startsWith('e2e-flavors-')))
      await page.request.delete(`/api/os/compute/flavors/${flavor.id}`, { headers: ORIGIN });
  });

  test('create a private flavor, update its metadata and access, delete it', async ({ page }) => {
    const flavors = new PanelPage(page, '/admin/flavors', 'Flavors');
    const name = uniqueName('flavors');
    await flavors.open();
    const dialog = await flavors.openAction('Create Flavor');
    await dialog.getByLabel('Name', { exact: true }).fill(name);
    await dialog.getByLabel('VCPUs', { exact: true }).fill('2');
    await dialog.getByLabel('RAM (MB)', { exact: true }).fill('256');
    await dialog.getByLabel('Root Disk (GB)', { exact: true }).fill('1');
    await dialog.getByLabel('Swap Disk (MB)', { exact: true }).fill('128');
    await dialog.getByLabel('Public', { exact: true }).uncheck();
    const pane = dialog.getByRole('region', { name: 'Equivalent commands' });
    await expect(pane.getByLabel('OpenStack CLI', { exact: true })).toContainText(
      '--vcpus 2 --ram 256 --disk 1',
    );
    await expect(pane.getByLabel('OpenStack CLI', { exact: true })).toContainText(
      `--private ${name}`,
    );
    await expect(pane.getByLabel('Python (openstacksdk)', { exact: true })).toContainText(
      'conn.compute.create_flavor(',
    );
    await expect(pane.getByLabel('Heat template (HOT)', { exact: true })).toContainText(
      'type: OS::Nova::Flavor',
    );
    await dialog.getByRole('button', { name: 'Create Flavor' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: `Created flavor "${name}".` }),
    ).toBeVisible();

    const row = flavors.row(name);
    await expect(row).toBeVisible();
    const cells = row.getByRole('cell');
    await expect(cells.nth(2)).toHaveText('2'); // VCPUs (after the checkbox and the name)
    await expect(cells.nth(3)).toHaveText('256 MB');
    await expect(cells.nth(6)).toHaveText('128 MB');
    await expect(cells.nth(9)).toHaveText('No'); // Public
    await expect(cells.nth(10)).toHaveText('No'); // Metadata
    const id = (await cells.nth(8).textContent())?.trim() ?? '';
    expect(id).toMatch(/^[0-9a-f-]{36}$/);

    // Update Metadata: Nova checks the keys it knows, in its own words; then set two and remove one.
    let form = await flavors.rowAction(name, 'Update Metadata');
    const specsField = form.getByLabel('Extra Specs', { exact: true });
    await specsField.fill('quota:a=1');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(form.getByRole('alert')).toContainText(
      "Validation failed; extra spec 'quota:a' does not appear to be a valid extra spec.",
    );
    await specsField.fill('hw:cpu_policy=dedicated\nquota:disk_read_bytes_sec=1024');
    await expect(form.getByLabel('OpenStack CLI', { exact: true })).toContainText(
      `openstack flavor set --property hw:cpu_policy=dedicated --property quota:disk_read_bytes_sec=1024 ${id}`,
    );
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(form).toHaveCount(0);
    await expect(cells.nth(10)).toHaveText('Yes');
    form = await flavors.rowAction(name, 'Update Metadata');
    await expect(form.getByLabel('Extra Specs', { exact: true })).toHaveValue(
      'hw:cpu_policy=dedicated\nquota:disk_read_bytes_sec=1024',
    );
    await form.getByLabel('Extra Specs', { exact: true }).fill('quota:disk_read_bytes_sec=2048');
    await expect(form.getByLabel('OpenStack CLI', { exact: true })).toContainText(
      `openstack flavor unset --property hw:cpu_policy ${id}`,
    );
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(form).toHaveCount(0);
    const specs = await page.request.get(`/api/os/compute/flavors/${id}/os-extra_specs`);
    expect(await specs.json()).toEqual({ extra_specs: { 'quota:disk_read_bytes_sec': '2048' } });

    // Modify Access: the demo project may use it.
    form = await flavors.rowAction(name, 'Modify Access');
    await form.getByRole('checkbox', { name: 'demo', exact: true }).check();
    await expect(form.getByLabel('OpenStack CLI', { exact: true })).toContainText(
      'openstack flavor set --project',
    );
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(form).toHaveCount(0);
    const access = (await (
      await page.request.get(`/api/os/compute/flavors/${id}/os-flavor-access`)
    ).json()) as { flavor_access: { tenant_id: string }[] };
    expect(access.flavor_access).toHaveLength(1);
    form = await flavors.rowAction(name, 'Modify Access');
    await expect(form.getByRole('checkbox', { name: 'demo', exact: true })).toBeChecked();
    await form.getByRole('button', { name: 'Cancel' }).click();

    const confirm = await flavors.rowAction(name, 'Delete Flavor');
    await expect(confirm.getByLabel('OpenStack CLI', { exact: true })).toContainText(
      `openstack flavor delete ${id}`,
    );
    await confirm.getByRole('button', { name: 'Delete Flavor' }).click();
    // While the dialog is open the table is hidden from the accessibility tree, so the row
    // would count as gone before Nova has answered: wait for the dialog to close first.
    await expect(confirm).toHaveCount(0);
    await expect(flavors.row(name)).toHaveCount(0);
    expect((await page.request.get(`/api/os/compute/flavors/${id}`)).status()).toBe(404);
  });

  test('bad input gets a clear message at the field and never reaches Nova', async ({ page }) => {
    const flavors = new PanelPage(page, '/admin/flavors', 'Flavors');
    await flavors.open();
    const mutations = watchMutations(page);
    const dialog = await flavors.openAction('Create Flavor');
    const field = (label: string) => dialog.getByLabel(label, { exact: true });
    await dialog.getByRole('button', { name: 'Create Flavor' }).click();
    await expect(dialog.getByText('Name is required.')).toBeVisible();
    await expect(field('Name')).toBeFocused();
    await field('Name').fill('f'.repeat(10_000));
    await expect(dialog.getByText('Name must be 255 characters or fewer.')).toBeVisible();
    await field('Name').fill('<img src=x onerror=alert(1)>');
    await expect(
      dialog.getByText(
        'Name may only contain letters, numbers, spaces, underscores, periods and hyphens.',
      ),
    ).toBeVisible();
    await field('VCPUs').fill('0');
    await expect(dialog.getByText('VCPUs must be at least 1.')).toBeVisible();
    await field('RAM (MB)').fill('-512');
    await expect(dialog.getByText('RAM (MB) must be at least 1.')).toBeVisible();
    await field('Root Disk (GB)').fill('');
    await expect(dialog.getByText('Root Disk (GB) is required.')).toBeVisible();
    await field('Swap Disk (MB)').fill('99999999999');
    await expect(dialog.getByText('Swap Disk (MB) must be at most 2,147,483,647.')).toBeVisible();
    await field('RX/TX Factor').fill('0');
    await expect(dialog.getByText('RX/TX Factor must be greater than 0.')).toBeVisible();
    await field('ID').fill('a b/c');
    await expect(dialog.getByText(/^ID may only contain/)).toBeVisible();
    for (const label of ['Name', 'VCPUs', 'RAM (MB)', 'Swap Disk (MB)', 'RX/TX Factor', 'ID'])
      await expect(field(label)).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    await dialog.getByRole('button', { name: 'Create Flavor' }).click();
    await expect(field('Name')).toBeFocused();
    expect(mutations).toEqual([]);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });

  test("Nova's refusal reaches the form in its own words", async ({ page, browser }) => {
    // A member's real attempt gives Nova's real 403; the admin's form is shown that answer.
    const member = await browser.newPage({ baseURL: E2E.baseUrl });
    await login(member);
    const refused = await member.request.post('/api/os/compute/flavors', {
      headers: ORIGIN,
      data: { flavor: { name: uniqueName('member'), vcpus: 1, ram: 64, disk: 0 } },
    });
    expect(refused.status()).toBe(403);
    const body = await refused.text();
    expect(JSON.parse(body).error.message).toBe(
      "Policy doesn't allow os_compute_api:os-flavor-manage:create to be performed.",
    );
    await member.close();

    const flavors = new PanelPage(page, '/admin/flavors', 'Flavors');
    await flavors.open();
    await page.route('**/api/os/compute/flavors', (route) =>
      route.request().method() === 'POST'
        ? route.fulfill({ status: 403, contentType: 'application/json', body })
        : route.continue(),
    );
    const dialog = await flavors.openAction('Create Flavor');
    await dialog.getByLabel('Name', { exact: true }).fill(uniqueName('flavors'));
    await dialog.getByRole('button', { name: 'Create Flavor' }).click();
    await expect(dialog.getByRole('alert')).toContainText(
      "Policy doesn't allow os_compute_api:os-flavor-manage:create to be performed.",
    );
  });

  test('delete several flavors at once from the selection', async ({ page }) => {
    const flavors = new PanelPage(page, '/admin/flavors', 'Flavors');
    const names = [uniqueName('flavors'), uniqueName('flavors')];
    for (const name of names) {
      const created = await page.request.post('/api/os/compute/flavors', {
        headers: ORIGIN,
        data: { flavor: { name, vcpus: 1, ram: 64, disk: 0 } },
      });
      expect(created.status()).toBe(200);
    }
    await flavors.open();
    for (const name of names)
      await flavors.table.getByRole('checkbox', { name: `Select ${name}` }).check();
    await page.getByRole('button', { name: 'Delete Flavors' }).click();
    const dialog = page.getByRole('alertdialog');
    await expect(dialog).toContainText(names[0]!);
    await dialog.getByRole('button', { name: 'Delete Flavors' }).click();
    for (const name of names) await expect(flavors.row(name)).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: 'Deleted Flavors:' })).toBeVisible();
  });
});

test.describe('Flavors (member)', () => {
  test('a member sees no Flavors panel and is told so at its URL', async ({ loggedIn: page }) => {
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link', { name: 'Overview' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Flavors' })).toHaveCount(0);
    await page.goto('/admin/flavors');
    await expect(
      page.getByRole('alert').filter({ hasText: 'You are not authorized to view this page.' }),
    ).toBeVisible();
    await expect(page.getByRole('table', { name: 'Flavors' })).toHaveCount(0);
  });
});
