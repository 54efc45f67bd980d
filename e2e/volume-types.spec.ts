// Admin → Volume → Volume Types: an admin creates a type, edits its extra specs,
// sees Cinder refuse to delete a type in use, and deletes types; a member sees no
// panel. On both clouds.
import { expectAccessible } from './axe';
import { CinderSeeds } from './cinder-seeds';
import { ADMIN, E2E, expect, login, PanelPage, test, uniqueName, watchMutations } from './fixtures';

const ORIGIN = { Origin: E2E.baseUrl };
const SHOTS = E2E.screenshotDir;
const PAYLOAD = '<img src=x onerror=alert(1)>';

interface TypeRow {
  id: string;
  name: string;
  extra_specs?: Record<string, string>;
}

test.describe('Volume Types (admin)', () => {
  let seeds: CinderSeeds;
  let prefix: string;

  test.beforeEach(async ({ page }) => {
    await login(page, ADMIN);
    seeds = new CinderSeeds(() => page.request);
    prefix = uniqueName('vtypes');
  });

  // Volumes first, then whatever types this test made (a failed one too).
  test.afterEach(async ({ page }) => {
    await seeds.cleanup();
    const list = await page.request.get('/api/os/volumev3/types?is_public=None');
    const { volume_types } = (await list.json()) as { volume_types: TypeRow[] };
    for (const type of volume_types.filter((t) => t.name.startsWith(prefix)))
      await page.request.delete(`/api/os/volumev3/types/${type.id}`, { headers: ORIGIN });
  });

  async function typeNamed(page: import('@playwright/test').Page, name: string) {
    const list = await page.request.get('/api/os/volumev3/types?is_public=None');
    const { volume_types } = (await list.json()) as { volume_types: TypeRow[] };
    return volume_types.find((t) => t.name === name);
  }

  test('create a private type, edit its extra specs, refuse to delete it in use, delete it', async ({
    page,
  }) => {
    const types = new PanelPage(page, '/admin/volume_types', 'Volume Types');
    await types.open();
    await expectAccessible(page, 'the Volume Types panel');

    // Bad input at the field, nothing sent.
    const mutations = watchMutations(page);
    let form = await types.openAction('Create Volume Type');
    const nameField = form.getByLabel('Name', { exact: true });
    await form.getByRole('button', { name: 'Create Volume Type' }).click();
    await expect(form.getByText('Name is required.')).toBeVisible();
    await expect(nameField).toBeFocused();
    await nameField.fill('t'.repeat(10_000));
    await expect(form.getByText('Name must be 255 characters or fewer.')).toBeVisible();
    await expect(nameField).toHaveAttribute('aria-invalid', 'true');
    await form.getByRole('button', { name: 'Create Volume Type' }).click();
    expect(mutations).toEqual([]);

    // A name with markup is kept and shown as text.
    const name = `${prefix}${PAYLOAD}`;
    await nameField.fill(name);
    await form.getByLabel('Description', { exact: true }).fill('fast disks');
    await form.getByLabel('Public', { exact: true }).uncheck();
    const cli = form.getByLabel('OpenStack CLI', { exact: true });
    await expect(cli).toHaveText(
      `openstack volume type create --description 'fast disks' --private '${name}'`,
    );
    await expect(form.getByLabel('Heat template (HOT)', { exact: true })).toContainText(
      'type: OS::Cinder::VolumeType',
    );
    await expectAccessible(page, 'the Create Volume Type form');
    await form.getByRole('button', { name: 'Create Volume Type' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: `Successfully created volume type: ${name}` }),
    ).toBeVisible();
    const row = types.row(name);
    await expect(row).toBeVisible();
    const cells = row.getByRole('cell');
    await expect(cells.nth(2)).toHaveText('fast disks');
    await expect(cells.nth(3)).toHaveText('-'); // Associated QoS Spec
    await expect(cells.nth(4)).toHaveText('-'); // Encryption
    await expect(cells.nth(5)).toHaveText('No'); // Public
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    const id = (await typeNamed(page, name))!.id;

    // View Extra Specs: an empty key is refused at its line; add two, then edit and delete.
    form = await types.rowAction(name, 'View Extra Specs');
    const specs = form.getByLabel('Extra Specs', { exact: true });
    await specs.fill('volume_backend_name=lvm\n=orphan');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(form.getByText('Line 2: write it as key=value.')).toBeVisible();
    await specs.fill('volume_backend_name=lvm\ne2e:tier=gold');
    await expect(form.getByLabel('OpenStack CLI', { exact: true })).toHaveText(
      `openstack volume type set --property volume_backend_name=lvm --property e2e:tier=gold ${id}`,
    );
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(form).toHaveCount(0);
    form = await types.rowAction(name, 'View Extra Specs');
    await expect(form.getByLabel('Extra Specs', { exact: true })).toHaveValue(
      'e2e:tier=gold\nvolume_backend_name=lvm',
    );
    await form.getByLabel('Extra Specs', { exact: true }).fill('e2e:tier=silver');
    await expect(form.getByLabel('OpenStack CLI', { exact: true })).toHaveText(
      `openstack volume type set --property e2e:tier=silver ${id}\nopenstack volume type unset --property volume_backend_name ${id}`,
    );
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(form).toHaveCount(0);
    const saved = await page.request.get(`/api/os/volumev3/types/${id}/extra_specs`);
    expect(await saved.json()).toEqual({ extra_specs: { 'e2e:tier': 'silver' } });

    // The detail page, with its Extra Specs tab.
    await types.row(name).getByRole('link', { name }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Overview' })).toContainText('fast disks');
    await page.getByRole('tab', { name: 'Extra Specs', exact: true }).click();
    await expect(page.getByRole('tabpanel')).toContainText('e2e:tier');
    await expect(page.getByRole('tabpanel')).toContainText('silver');
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    await expectAccessible(page, 'the volume type detail page');

    // In use: Cinder refuses, and says so in the dialog.
    await seeds.volume(`${prefix}-vol`, { volume_type: id });
    await types.open();
    await page.screenshot({ path: `${SHOTS}/volume-types.png` });
    await page.getByRole('button', { name: /^Theme:/ }).click();
    await page.getByRole('button', { name: /^Theme: Light/ }).click();
    await expect(page.locator('html')).toHaveClass(/dark/);
    await page.screenshot({ path: `${SHOTS}/volume-types-dark.png`, animations: 'disabled' });
    await page.getByRole('button', { name: /^Theme: Dark/ }).click();

    let confirm = await types.rowAction(name, 'Delete Volume Type');
    await expect(confirm.getByLabel('OpenStack CLI', { exact: true })).toHaveText(
      `openstack volume type delete ${id}`,
    );
    await confirm.getByRole('button', { name: 'Delete Volume Type' }).click();
    await expect(confirm.getByRole('alert')).toContainText(
      `Unable to delete Volume Type: ${name}.`,
    );
    await expect(confirm.getByRole('alert')).toContainText('Target volume type is still in use.');
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect(types.row(name)).toHaveCount(1);

    await seeds.cleanup();
    confirm = await types.rowAction(name, 'Delete Volume Type');
    await confirm.getByRole('button', { name: 'Delete Volume Type' }).click();
    await expect(types.row(name)).toHaveCount(0);
    await expect
      .poll(async () => (await page.request.get(`/api/os/volumev3/types/${id}`)).status())
      .toBe(404);
  });

  test('delete several volume types at once from the selection', async ({ page }) => {
    const names = [`${prefix}-a`, `${prefix}-b`];
    for (const name of names) {
      const created = await page.request.post('/api/os/volumev3/types', {
        headers: ORIGIN,
        data: { volume_type: { name } },
      });
      expect(created.status()).toBe(200);
    }
    const types = new PanelPage(page, '/admin/volume_types', 'Volume Types');
    await types.open();
    for (const name of names)
      await types.table.getByRole('checkbox', { name: `Select ${name}` }).check();
    await page.getByRole('button', { name: 'Delete Volume Types' }).click();
    const dialog = page.getByRole('alertdialog');
    await expect(dialog).toContainText(names[1]!);
    await dialog.getByRole('button', { name: 'Delete Volume Types' }).click();
    for (const name of names) await expect(types.row(name)).toHaveCount(0);
    await expect(
      page.getByRole('status').filter({ hasText: 'Deleted Volume Types:' }),
    ).toBeVisible();
  });
});

test.describe('Volume Types (member)', () => {
  test('a member sees no Volume Types panel and is told so at its URL', async ({
    loggedIn: page,
  }) => {
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link', { name: 'Overview' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Volume Types' })).toHaveCount(0);
    await page.goto('/admin/volume_types');
    await expect(
      page.getByRole('alert').filter({ hasText: 'You are not authorized to view this page.' }),
    ).toBeVisible();
    await expect(page.getByRole('table', { name: 'Volume Types' })).toHaveCount(0);
  });
});
