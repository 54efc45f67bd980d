// Project → Volumes → Snapshots: a member makes a volume from a snapshot, edits it,
// changes its metadata, launches from it and deletes snapshots, on both clouds.
// Seeds are made through the API; bad input is refused at the field.
import { expectAccessible } from './axe';
import { CinderSeeds, volumesNamed, waitFor } from './cinder-seeds';
import { E2E, expect, PanelPage, test, uniqueName, watchMutations } from './fixtures';

const ORIGIN = { Origin: E2E.baseUrl };
const SHOTS = E2E.screenshotDir;

test.describe('Volume Snapshots', () => {
  let seeds: CinderSeeds;
  let request: () => import('@playwright/test').APIRequestContext;

  test.beforeEach(({ loggedIn: page }) => {
    request = () => page.request;
    seeds = new CinderSeeds(request);
  });

  test.afterEach(async () => {
    await seeds.cleanup();
  });

  test('make a volume from a snapshot, edit it, change its metadata, launch from it, delete it', async ({
    loggedIn: page,
  }) => {
    test.setTimeout(180_000);
    const volumeName = uniqueName('snapshots');
    const name = uniqueName('snapshots');
    const volumeId = await seeds.volume(volumeName);
    const id = await seeds.snapshot(volumeId, name);

    const snapshots = new PanelPage(page, '/project/snapshots', 'Snapshots');
    await snapshots.open();
    const row = snapshots.row(name);
    await expect(row).toBeVisible();
    const cells = row.getByRole('cell');
    await expect(cells.nth(3)).toHaveText('1GiB');
    await expect(cells.nth(4)).toHaveText('Available');
    await expect(row.getByRole('link', { name: volumeName })).toHaveAttribute(
      'href',
      `/project/volumes/${volumeId}`,
    );
    await expectAccessible(page, 'the Snapshots panel');

    // Create Volume: the size must be at least the snapshot's, a whole number.
    const copy = uniqueName('snapshots');
    let form = await snapshots.rowAction(name, 'Create Volume');
    const size = form.getByLabel('Size (GiB)', { exact: true });
    await expect(size).toHaveValue('1');
    const mutations = watchMutations(page);
    for (const bad of ['0', '-3']) {
      await size.fill(bad);
      await expect(
        form.getByText("Size (GiB) must be at least 1, the snapshot's size."),
      ).toBeVisible();
      await expect(size).toHaveAttribute('aria-invalid', 'true');
    }
    await size.fill('1.5');
    await expect(form.getByText('Size (GiB) must be a whole number.')).toBeVisible();
    await form.getByLabel('Volume Name', { exact: true }).fill('v'.repeat(10_000));
    await expect(form.getByText('Volume Name must be 255 characters or fewer.')).toBeVisible();
    await form.getByRole('button', { name: 'Create Volume' }).click();
    expect(mutations).toEqual([]);
    await form.getByLabel('Volume Name', { exact: true }).fill(copy);
    await size.fill('2');
    const cli = form.getByLabel('OpenStack CLI', { exact: true });
    await expect(cli).toHaveText(`openstack volume create --size 2 --snapshot ${id} ${copy}`);
    await expect(form.getByLabel('Heat template (HOT)', { exact: true })).toContainText(
      `snapshot_id: ${id}`,
    );
    await expectAccessible(page, 'the Create Volume form with its errors cleared');
    await form.getByRole('button', { name: 'Create Volume' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: `Creating volume "${copy}".` }),
    ).toBeVisible();
    const made = (await volumesNamed(page.request, copy))[0];
    expect(made).toMatchObject({ name: copy, snapshot_id: id });
    await waitFor(page.request, 'volumes', made!.id, 'available');

    // Edit Snapshot: markup in a name is kept and shown as text.
    const renamed = `${name}<b>bold</b>`;
    form = await snapshots.rowAction(name, 'Edit Snapshot');
    const nameField = form.getByLabel('Snapshot Name', { exact: true });
    await nameField.fill('');
    await expect(form.getByText('Snapshot Name is required.')).toBeVisible();
    await nameField.fill('n'.repeat(10_000));
    await expect(form.getByText('Snapshot Name must be 255 characters or fewer.')).toBeVisible();
    await nameField.fill(renamed);
    await form.getByLabel('Description', { exact: true }).fill('before the upgrade');
    await expect(form.getByLabel('OpenStack CLI', { exact: true })).toHaveText(
      `openstack volume snapshot set --name '${renamed}' --description 'before the upgrade' ${id}`,
    );
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(form).toHaveCount(0);
    await expect(snapshots.row(renamed)).toBeVisible();
    await expect(snapshots.row(renamed).getByRole('cell').nth(2)).toHaveText('before the upgrade');
    await expect(page.locator('table b')).toHaveCount(0);

    // Update Metadata: an empty key is refused at its line; then set two, remove one.
    form = await snapshots.rowAction(renamed, 'Update Metadata');
    const metadata = form.getByLabel('Metadata', { exact: true });
    await metadata.fill('=orphan');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(form.getByText('Line 1: write it as key=value.')).toBeVisible();
    await metadata.fill('purpose=upgrade\nowner=e2e');
    await expect(form.getByLabel('OpenStack CLI', { exact: true })).toHaveText(
      `openstack volume snapshot set --property purpose=upgrade --property owner=e2e ${id}`,
    );
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(form).toHaveCount(0);
    form = await snapshots.rowAction(renamed, 'Update Metadata');
    await expect(form.getByLabel('Metadata', { exact: true })).toHaveValue(
      'owner=e2e\npurpose=upgrade',
    );
    await form.getByLabel('Metadata', { exact: true }).fill('purpose=upgrade');
    await expect(form.getByLabel('OpenStack CLI', { exact: true })).toHaveText(
      `openstack volume snapshot unset --property owner ${id}`,
    );
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(form).toHaveCount(0);
    const meta = await page.request.get(`/api/os/volumev3/snapshots/${id}/metadata`);
    expect(await meta.json()).toEqual({ metadata: { purpose: 'upgrade' } });

    // The detail page.
    await snapshots.row(renamed).getByRole('link', { name: renamed }).click();
    await expect(page.getByRole('heading', { level: 1, name: renamed })).toBeVisible();
    const overview = page.getByRole('region', { name: 'Overview' });
    await expect(overview).toContainText('before the upgrade');
    await expect(overview).toContainText('purpose');
    await expect(overview.getByRole('link', { name: volumeName })).toBeVisible();
    await expectAccessible(page, 'the snapshot detail page');

    // Launch as Instance opens Launch Instance with the snapshot as its source.
    await snapshots.open();
    await snapshots.rowAction(renamed, 'Launch as Instance');
    await expect(page).toHaveURL(
      `${E2E.baseUrl}/project/instances?launch=${encodeURIComponent(`volume_snapshot:${id}`)}`,
    );
    const wizard = page.getByRole('dialog', { name: 'Launch Instance' });
    await expect(wizard).toBeVisible();
    await wizard.getByRole('button', { name: 'Cancel' }).click();
    await expect(wizard).toHaveCount(0);

    // Pictures to look at (not assertions), light and dark, kept with the test results.
    await snapshots.open();
    await page.screenshot({ path: `${SHOTS}/volume-snapshots.png` });
    await page.getByRole('button', { name: /^Theme:/ }).click();
    await page.getByRole('button', { name: /^Theme: Light/ }).click();
    await expect(page.locator('html')).toHaveClass(/dark/);
    await page.screenshot({ path: `${SHOTS}/volume-snapshots-dark.png`, animations: 'disabled' });
    await page.getByRole('button', { name: /^Theme: Dark/ }).click();

    // Delete: Cinder deletes in the background; the row goes when it is done.
    const confirm = await snapshots.rowAction(renamed, 'Delete Volume Snapshot');
    await expect(confirm.getByLabel('OpenStack CLI', { exact: true })).toHaveText(
      `openstack volume snapshot delete ${id}`,
    );
    await confirm.getByRole('button', { name: 'Delete Volume Snapshot' }).click();
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: `Scheduled deletion of Volume Snapshot: ${renamed}` }),
    ).toBeVisible();
    await expect(snapshots.row(renamed)).toHaveCount(0, { timeout: 30_000 });
  });

  test("delete several snapshots at once; Cinder's refusal is shown in its words", async ({
    loggedIn: page,
  }) => {
    const volumeId = await seeds.volume(uniqueName('snapshots'));
    const names = [uniqueName('snapshots'), uniqueName('snapshots'), uniqueName('snapshots')];
    const ids: string[] = [];
    for (const name of names) ids.push(await seeds.snapshot(volumeId, name));
    const snapshots = new PanelPage(page, '/project/snapshots', 'Snapshots');
    await snapshots.open();

    // A real refusal: deleting a snapshot Cinder is already deleting. The answer
    // (400, or 404 once it is gone) is what the dialog must show.
    await page.request.delete(`/api/os/volumev3/snapshots/${ids[2]}`, { headers: ORIGIN });
    const refused = await page.request.delete(`/api/os/volumev3/snapshots/${ids[2]}`, {
      headers: ORIGIN,
    });
    expect([400, 404]).toContain(refused.status());
    const body = await refused.text();
    const message = (JSON.parse(body) as { error: { message: string } }).error.message;
    await page.route(`**/api/os/volumev3/snapshots/${ids[0]}`, (route) =>
      route.request().method() === 'DELETE'
        ? route.fulfill({ status: refused.status(), contentType: 'application/json', body })
        : route.continue(),
    );
    const confirm = await snapshots.rowAction(names[0]!, 'Delete Volume Snapshot');
    await confirm.getByRole('button', { name: 'Delete Volume Snapshot' }).click();
    await expect(confirm.getByRole('alert')).toContainText(
      `Unable to delete Volume Snapshot: ${names[0]}.`,
    );
    await expect(confirm.getByRole('alert')).toContainText(message);
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await page.unroute(`**/api/os/volumev3/snapshots/${ids[0]}`);

    for (const name of names.slice(0, 2))
      await snapshots.table.getByRole('checkbox', { name: `Select ${name}` }).check();
    await page.getByRole('button', { name: 'Delete Volume Snapshots' }).click();
    const dialog = page.getByRole('alertdialog');
    await expect(dialog).toContainText(names[1]!);
    const cli = dialog.getByLabel('OpenStack CLI', { exact: true });
    await expect(cli).toContainText('openstack volume snapshot delete ');
    for (const id of ids.slice(0, 2)) await expect(cli).toContainText(id);
    await dialog.getByRole('button', { name: 'Delete Volume Snapshots' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Scheduled deletion of Volume Snapshots:' }),
    ).toBeVisible();
    for (const name of names.slice(0, 2))
      await expect(snapshots.row(name)).toHaveCount(0, { timeout: 30_000 });
    // The one deleted behind the page's back is gone on the next visit.
    await waitFor(page.request, 'snapshots', ids[2]!, 'gone');
    await snapshots.open();
    await expect(snapshots.row(names[2]!)).toHaveCount(0);
  });
});
