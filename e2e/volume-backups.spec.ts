// Project → Volumes → Backups: a member restores a backup to a new and to an
// existing volume and deletes backups. The devcloud has no cinder-backup service,
// so its backups end in error and cannot be deleted: the spec runs on the sandbox.
import { expectAccessible } from './axe';
import { CinderSeeds, volumesNamed, waitFor } from './cinder-seeds';
import { E2E, expect, PanelPage, test, uniqueName, watchMutations } from './fixtures';

const SHOTS = E2E.screenshotDir;
const NO_BACKUP_SERVICE =
  'the devcloud runs no cinder-backup service: a backup goes to error and cannot be deleted (tests/contract/KNOWN-DIFFERENCES.md)';

test.describe('Volume Backups', () => {
  test.skip(!E2E.isSandbox, NO_BACKUP_SERVICE);
  let seeds: CinderSeeds;

  test.beforeEach(({ loggedIn: page }) => {
    seeds = new CinderSeeds(() => page.request);
  });

  test.afterEach(async ({ page }) => {
    for (const v of await volumesNamed(page.request, 'e2e-restored-')) seeds.track('volumes', v.id);
    await seeds.cleanup();
  });

  test('restore a backup to a new volume and to an existing one, see its details, delete it', async ({
    loggedIn: page,
  }) => {
    const volumeName = uniqueName('backups');
    const volumeId = await seeds.volume(volumeName);
    const name = uniqueName('backups');
    const id = await seeds.backup(volumeId, name);
    const target = uniqueName('backups');
    const targetId = await seeds.volume(target);

    const backups = new PanelPage(page, '/project/backups', 'Backups');
    await backups.open();
    const row = backups.row(name);
    const cells = row.getByRole('cell');
    await expect(cells.nth(3)).toHaveText('1GiB');
    await expect(cells.nth(4)).toHaveText('Available');
    await expect(cells.nth(5)).toHaveText('No');
    await expect(row.getByRole('link', { name: volumeName })).toBeVisible();
    await expect(cells.nth(7)).toHaveText('-');
    await expectAccessible(page, 'the Backups panel');

    // To a new volume: the name is optional and at most 255 characters.
    let form = await backups.rowAction(name, 'Restore Backup');
    const mutations = watchMutations(page);
    const newName = form.getByLabel('Volume Name', { exact: true });
    await newName.fill('r'.repeat(10_000));
    await form.getByRole('button', { name: 'Restore Backup to Volume' }).click();
    await expect(form.getByText('Volume Name must be 255 characters or fewer.')).toBeVisible();
    expect(mutations).toEqual([]);
    const restored = uniqueName('restored');
    await newName.fill(restored);
    await expect(form.getByLabel('OpenStack CLI', { exact: true })).toHaveText(
      `openstack volume backup restore ${id} ${restored}`,
    );
    await expect(form.getByLabel('Heat template (HOT)', { exact: true })).toContainText(
      `backup_id: ${id}`,
    );
    await expectAccessible(page, 'the Restore Backup form');
    await form.getByRole('button', { name: 'Restore Backup to Volume' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: `Restoring backup "${name}".` }),
    ).toBeVisible();
    await expect.poll(async () => (await volumesNamed(page.request, restored)).length).toBe(1);
    const restoredId = (await volumesNamed(page.request, restored))[0]!.id;
    await waitFor(page.request, 'volumes', restoredId, 'available');
    await waitFor(page.request, 'backups', id, 'available');

    // To an existing available volume, whose data it replaces.
    await backups.open();
    form = await backups.rowAction(name, 'Restore Backup');
    await form.getByLabel('Select Volume', { exact: true }).selectOption(targetId);
    await expect(form.getByLabel('Volume Name', { exact: true })).toHaveCount(0);
    await expect(form.getByLabel('OpenStack CLI', { exact: true })).toHaveText(
      `openstack volume backup restore --force ${id} ${targetId}`,
    );
    await form.getByRole('button', { name: 'Restore Backup to Volume' }).click();
    await expect(form).toHaveCount(0);
    await waitFor(page.request, 'volumes', targetId, 'available');
    await waitFor(page.request, 'backups', id, 'available');

    // The detail page.
    await backups.open();
    await backups.row(name).getByRole('link', { name }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    const overview = page.getByRole('region', { name: 'Overview' });
    await expect(overview).toContainText('Incremental');
    await expect(overview.getByRole('link', { name: volumeName })).toBeVisible();
    await expectAccessible(page, 'the backup detail page');

    await backups.open();
    await page.screenshot({ path: `${SHOTS}/volume-backups.png` });
    await page.getByRole('button', { name: /^Theme:/ }).click();
    await page.getByRole('button', { name: /^Theme: Light/ }).click();
    await expect(page.locator('html')).toHaveClass(/dark/);
    await page.screenshot({ path: `${SHOTS}/volume-backups-dark.png`, animations: 'disabled' });
    await page.getByRole('button', { name: /^Theme: Dark/ }).click();

    const confirm = await backups.rowAction(name, 'Delete Volume Backup');
    await expect(confirm.getByLabel('OpenStack CLI', { exact: true })).toHaveText(
      `openstack volume backup delete ${id}`,
    );
    await confirm.getByRole('button', { name: 'Delete Volume Backup' }).click();
    await expect(backups.row(name)).toHaveCount(0, { timeout: 30_000 });
  });

  test("delete several backups at once; Cinder's refusal of a restore is shown in its words", async ({
    loggedIn: page,
  }) => {
    const volumeId = await seeds.volume(uniqueName('backups'));
    const names = [uniqueName('backups'), uniqueName('backups')];
    const ids: string[] = [];
    for (const name of names) ids.push(await seeds.backup(volumeId, name));
    const backups = new PanelPage(page, '/project/backups', 'Backups');
    await backups.open();

    // Cinder refuses to restore into a volume that is not available: another
    // restore (started through the API after the form opened) is writing to it.
    const form = await backups.rowAction(names[0]!, 'Restore Backup');
    await form.getByLabel('Select Volume', { exact: true }).selectOption(volumeId);
    await page.request.post(`/api/os/volumev3/backups/${ids[1]}/restore`, {
      headers: { Origin: E2E.baseUrl },
      data: { restore: { volume_id: volumeId } },
    });
    await form.getByRole('button', { name: 'Restore Backup to Volume' }).click();
    await expect(form.getByRole('alert')).toContainText(
      'Invalid volume: Volume to be restored to must be available',
    );
    await form.getByRole('button', { name: 'Cancel' }).click();
    await waitFor(page.request, 'volumes', volumeId, 'available');
    await waitFor(page.request, 'backups', ids[1]!, 'available');

    for (const name of names)
      await backups.table.getByRole('checkbox', { name: `Select ${name}` }).check();
    await page.getByRole('button', { name: 'Delete Volume Backups' }).click();
    const dialog = page.getByRole('alertdialog');
    const cli = dialog.getByLabel('OpenStack CLI', { exact: true });
    await expect(cli).toContainText('openstack volume backup delete ');
    for (const id of ids) await expect(cli).toContainText(id);
    await dialog.getByRole('button', { name: 'Delete Volume Backups' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Scheduled deletion of Volume Backups:' }),
    ).toBeVisible();
    for (const name of names) await expect(backups.row(name)).toHaveCount(0, { timeout: 30_000 });
  });
});
