// Images and volumes from start to finish, on either cloud, as a student would
// do it: upload an image file (the progress bar moving) and launch from it; a
// volume from that image, extended, attached to the instance (Cinder refuses to
// delete it then, in its words) and detached; a snapshot and a volume from it; a
// backup and its restore; the volume from the snapshot given to class-lab by a
// transfer and accepted there; an instance booted from a new volume; then
// everything deleted.
// The devcloud's fake Cinder driver cannot copy an image into a volume, extend
// one or back one up (tests/contract/KNOWN-DIFFERENCES.md): there the nearest
// real thing is done instead, and the reason is printed.
import { E2E, expect, login, PanelPage, test, uniqueName } from './fixtures';
import { chooseFlavorAndNetwork, step } from './launch-wizard';
import { waitForSettled } from './servers';
import {
  expectProgressMoved,
  fileOf,
  MB,
  recordProgress,
  switchProject,
  throttleUploads,
} from './storage';
import type { APIRequestContext, Browser, Page } from '@playwright/test';

const SLOW = E2E.isSandbox ? 30_000 : 180_000;
const ORIGIN = { Origin: E2E.baseUrl };
const SHOTS = E2E.screenshotDir;

const NO_IMAGE_COPY =
  "the devcloud's fake Cinder driver cannot copy image data into a volume: the first volume is blank, and the instance boots from a new volume made from the volume snapshot";
const NO_EXTEND =
  "the devcloud's fake Cinder driver cannot extend a volume: Extend Volume is skipped";
const NO_BACKUP =
  'the devcloud runs no cinder-backup service: Create Backup and Restore Backup are skipped';

const status = (page: Page, text: string) =>
  page.getByRole('status').filter({ hasText: text }).last();

/** Says on the report and on the console why the devcloud does less here. */
function devcloudSkips(reason: string) {
  test.info().annotations.push({ type: 'skipped step', description: reason });
  console.log(`storage journey on the devcloud: ${reason}`);
}

async function listed<T>(request: APIRequestContext, path: string, key: string): Promise<T[]> {
  const response = await request.get(`/api/os/${path}`);
  expect(response.ok(), await response.text()).toBe(true);
  return ((await response.json()) as Record<string, T[]>)[key] ?? [];
}

interface Named {
  id: string;
  name: string | null;
  status?: string;
}

const named = (prefix: string) => (x: Named) => (x.name ?? '').startsWith(prefix);

async function serverNamed(request: APIRequestContext, name: string) {
  const [server] = await listed<
    Named & { 'os-extended-volumes:volumes_attached'?: { id: string }[] }
  >(request, `compute/servers/detail?name=^${encodeURIComponent(name)}$`, 'servers');
  return server;
}

async function volumeStatus(request: APIRequestContext, id: string): Promise<string> {
  // The sandbox lets a deleted server's volumes go when Nova's servers are next read.
  if (E2E.isSandbox) await request.get('/api/os/compute/servers');
  const response = await request.get(`/api/os/volumev3/volumes/${id}`);
  if (response.status() === 404) return 'gone';
  return ((await response.json()) as { volume: Named }).volume.status ?? 'unknown';
}

/**
 * Deletes what `list` finds again and again (a resource still busy refuses) until
 * nothing is left or the time is up; a cleanup goes on after a failed step.
 */
async function sweep(
  request: APIRequestContext,
  list: () => Promise<Named[]>,
  path: (item: Named) => string,
) {
  await expect
    .poll(
      async () => {
        const left = await list();
        for (const item of left) await request.delete(`/api/os/${path(item)}`, { headers: ORIGIN });
        return left.length;
      },
      { timeout: SLOW, intervals: [1_000, 2_000, 3_000] },
    )
    .toBe(0)
    .catch((error: unknown) => console.log(`storage journey cleanup: ${String(error)}`));
}

/** Everything named with `prefix` in the current project, in the order Cinder accepts. */
async function sweepProject(request: APIRequestContext, prefix: string) {
  const mine = named(prefix);
  const servers = (
    await listed<Named & { 'os-extended-volumes:volumes_attached'?: { id: string }[] }>(
      request,
      `compute/servers/detail?name=^${prefix}`,
      'servers',
    ).catch(() => [])
  ).filter(mine);
  const rootVolumes = new Set(
    servers.flatMap((s) => (s['os-extended-volumes:volumes_attached'] ?? []).map((v) => v.id)),
  );
  await sweep(
    request,
    async () =>
      (await listed<Named>(request, `compute/servers?name=^${prefix}`, 'servers')).filter(mine),
    (s) => `compute/servers/${s.id}`,
  );
  const transfers = async () =>
    (await listed<Named>(request, 'volumev3/os-volume-transfer/detail', 'transfers')).filter(mine);
  await sweep(request, transfers, (t) => `volumev3/os-volume-transfer/${t.id}`);
  if (E2E.isSandbox)
    await sweep(
      request,
      async () => (await listed<Named>(request, 'volumev3/backups/detail', 'backups')).filter(mine),
      (b) => `volumev3/backups/${b.id}`,
    );
  const snapshots = async () =>
    (await listed<Named>(request, 'volumev3/snapshots/detail', 'snapshots')).filter(mine);
  const snapshotIds = new Set((await snapshots().catch(() => [])).map((s) => s.id));
  const volumes = async () =>
    (
      await listed<Named & { snapshot_id?: string | null }>(
        request,
        'volumev3/volumes/detail',
        'volumes',
      )
    ).filter((v) => mine(v) || rootVolumes.has(v.id) || snapshotIds.has(v.snapshot_id ?? ''));
  // Volumes made from the snapshot go before it; a volume with a snapshot cannot go.
  await sweep(
    request,
    async () =>
      (await volumes()).filter(
        (v) => rootVolumes.has(v.id) || snapshotIds.has(v.snapshot_id ?? ''),
      ),
    (v) => `volumev3/volumes/${v.id}`,
  );
  await sweep(request, snapshots, (s) => `volumev3/snapshots/${s.id}`);
  await sweep(request, volumes, (v) => `volumev3/volumes/${v.id}`);
  await sweep(
    request,
    async () => (await listed<Named>(request, 'image/v2/images?limit=1000', 'images')).filter(mine),
    (i) => `image/v2/images/${i.id}`,
  );
}

/** Whatever a failed run left, in demo and in class-lab, through the API. */
async function cleanUp(browser: Browser, prefix: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await login(page);
    await sweepProject(page.request, prefix);
    await switchProject(page, 'demo', 'class-lab');
    await sweepProject(page.request, prefix);
  } finally {
    await context.close();
  }
}

test.describe('Images and volumes, end to end', () => {
  // Set by the test, so each run (and each --repeat-each) has names of its own.
  let prefix = '';

  test.afterEach(async ({ browser }) => {
    test.setTimeout(SLOW * 4);
    if (prefix) await cleanUp(browser, prefix);
  });

  test('upload, launch, volumes, snapshots, backups, a transfer, boot from a volume, delete it all', async ({
    loggedIn: page,
  }) => {
    test.setTimeout(SLOW * 16);
    prefix = uniqueName('storage');
    const [image, server, volume, snapshot, copy, backup, restored, transfer, booted] = [
      'image',
      'vm',
      'vol',
      'snap',
      'copy',
      'backup',
      'restored',
      'transfer',
      'boot',
    ].map((part) => `${prefix}-${part}`) as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    const images = new PanelPage(page, '/project/images', 'Images');
    const instances = new PanelPage(page, '/project/instances', 'Instances');
    const volumes = new PanelPage(page, '/project/volumes', 'Volumes');
    const snapshots = new PanelPage(page, '/project/snapshots', 'Snapshots');
    const backups = new PanelPage(page, '/project/backups', 'Backups');
    const wizard = page.getByRole('dialog', { name: 'Launch Instance' });

    // 1. Upload a 4 MB image file; the upload is slowed down so the bar is seen moving.
    await images.open();
    let dialog = await images.openAction('Create Image');
    await dialog.getByLabel('Image Name', { exact: true }).fill(image);
    await dialog
      .getByLabel('Image File', { exact: true })
      .setInputFiles(fileOf('disk.raw', 4 * MB));
    await dialog.getByLabel('Format', { exact: true }).selectOption('raw');
    const progress = await recordProgress(page);
    const unthrottle = await throttleUploads(page, 1 * MB);
    await dialog.getByRole('button', { name: 'Create Image' }).click();
    await expect(dialog.getByRole('progressbar', { name: 'Uploading disk.raw' })).toBeVisible();
    await expect(dialog.getByText(/of 4\.0 MB \(\d+%\)/)).toBeVisible();
    await expect(dialog).toHaveCount(0, { timeout: SLOW });
    await unthrottle();
    const values = await progress();
    expectProgressMoved(values);
    await expect(status(page, `Image "${image}" was successfully created.`)).toBeVisible();
    await expect(images.row(image)).toContainText('Active', { timeout: SLOW });
    await expect(images.row(image)).toContainText('4.0 MB');

    // 2. Launch an instance from it, from the image's row.
    await images.rowAction(image, 'Launch');
    await expect(wizard).toBeVisible();
    await wizard.getByLabel('Instance Name', { exact: true }).fill(server);
    await step(page, 'Source');
    await expect(wizard.getByRole('radio', { name: `Select ${image}`, exact: true })).toBeChecked();
    await chooseFlavorAndNetwork(page);
    await expect(wizard.getByLabel('OpenStack CLI', { exact: true })).toContainText(
      `--image ${image}`,
    );
    await wizard.getByRole('button', { name: 'Launch Instance' }).click();
    await expect(wizard).toHaveCount(0);
    await waitForSettled(page, server, 'Active', SLOW);
    await expect(instances.row(server)).toContainText('Active', { timeout: SLOW });
    const serverId = (await serverNamed(page.request, server))!.id;

    // 3. A volume from that image (on the devcloud a blank one: its driver cannot copy images).
    if (E2E.isSandbox) {
      await images.open();
      dialog = await images.rowAction(image, 'Create Volume');
      await dialog.getByLabel('Volume Name', { exact: true }).fill(volume);
      await dialog.getByLabel('Size (GiB)', { exact: true }).fill('1');
    } else {
      devcloudSkips(NO_IMAGE_COPY);
      await volumes.open();
      dialog = await volumes.openAction('Create Volume');
      await dialog.getByLabel('Volume Name', { exact: true }).fill(volume);
      await dialog
        .getByLabel('Volume Source', { exact: true })
        .selectOption({ label: 'No source, empty volume' });
      await dialog.getByLabel('Size (GiB)', { exact: true }).fill('1');
    }
    await dialog.getByRole('button', { name: 'Create Volume' }).click();
    await expect(status(page, `Creating volume "${volume}".`)).toBeVisible();
    await volumes.open();
    await expect(volumes.row(volume).getByText('Available', { exact: true })).toBeVisible({
      timeout: SLOW,
    });
    await expect(volumes.row(volume)).toContainText('1GiB');
    if (!E2E.isSandbox) {
      // Nova boots only from a bootable volume's snapshot (step 9): a blank one is made so.
      dialog = await volumes.rowAction(volume, 'Edit Volume');
      await dialog.getByLabel('Bootable', { exact: true }).check();
      await dialog.getByRole('button', { name: 'Submit' }).click();
      await expect(dialog).toHaveCount(0);
    }
    await expect(volumes.row(volume).getByRole('cell', { name: 'Yes', exact: true })).toBeVisible({
      timeout: SLOW,
    });

    // 4. Extend it to 2 GiB.
    if (E2E.isSandbox) {
      dialog = await volumes.rowAction(volume, 'Extend Volume');
      await dialog.getByLabel('New Size (GiB)', { exact: true }).fill('2');
      await dialog.getByRole('button', { name: 'Extend Volume' }).click();
      await expect(volumes.row(volume)).toContainText('2GiB', { timeout: SLOW });
      await expect(volumes.row(volume).getByText('Available', { exact: true })).toBeVisible({
        timeout: SLOW,
      });
    } else devcloudSkips(NO_EXTEND);
    const size = E2E.isSandbox ? 2 : 1;

    // 5. Attach it to the instance; deleting it now is refused by Cinder; detach it.
    dialog = await volumes.rowAction(volume, 'Manage Attachments');
    await dialog.getByLabel('Attach to Instance', { exact: true }).selectOption(serverId);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(volumes.row(volume).getByText('In-use', { exact: true })).toBeVisible({
      timeout: SLOW,
    });
    await expect(volumes.row(volume).getByRole('link', { name: server })).toBeVisible({
      timeout: SLOW,
    });
    await page.screenshot({ path: `${SHOTS}/storage-journey-attached.png` });
    await page.getByRole('button', { name: /^Theme:/ }).click();
    await page.getByRole('button', { name: /^Theme: Light/ }).click();
    await expect(page.locator('html')).toHaveClass(/dark/);
    await page.screenshot({
      path: `${SHOTS}/storage-journey-attached-dark.png`,
      animations: 'disabled',
    });
    await page.getByRole('button', { name: /^Theme: Dark/ }).click();
    dialog = await volumes.rowAction(volume, 'Delete Volume');
    await dialog.getByRole('button', { name: 'Delete Volume' }).click();
    await expect(dialog.getByRole('alert')).toContainText(`Unable to delete Volume: ${volume}.`);
    await expect(dialog.getByRole('alert')).toContainText('must not be migrating, attached');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(volumes.row(volume).getByText('In-use', { exact: true })).toBeVisible();
    dialog = await volumes.rowAction(volume, 'Manage Attachments');
    await dialog.getByRole('checkbox', { name: new RegExp(`^${server} on `) }).check();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(volumes.row(volume).getByText('Available', { exact: true })).toBeVisible({
      timeout: SLOW,
    });
    await expect(volumes.row(volume).getByRole('link', { name: server })).toHaveCount(0);

    // 6. A snapshot of it, and a volume made from the snapshot.
    dialog = await volumes.rowAction(volume, 'Create Snapshot');
    await dialog.getByLabel('Snapshot Name', { exact: true }).fill(snapshot);
    await dialog.getByRole('button', { name: 'Create Volume Snapshot' }).click();
    await expect(status(page, `Creating volume snapshot "${snapshot}".`)).toBeVisible();
    await snapshots.open();
    await expect(async () => {
      await snapshots.open();
      await expect(snapshots.row(snapshot)).toContainText('Available', { timeout: 2_000 });
    }).toPass({ timeout: SLOW });
    await expect(snapshots.row(snapshot)).toContainText(`${size}GiB`);
    dialog = await snapshots.rowAction(snapshot, 'Create Volume');
    await dialog.getByLabel('Volume Name', { exact: true }).fill(copy);
    await expect(dialog.getByLabel('Size (GiB)', { exact: true })).toHaveValue(String(size));
    await dialog.getByRole('button', { name: 'Create Volume' }).click();
    await expect(status(page, `Creating volume "${copy}".`)).toBeVisible();
    await volumes.open();
    await expect(volumes.row(copy).getByText('Available', { exact: true })).toBeVisible({
      timeout: SLOW,
    });

    // 7. Back the first volume up, and restore the backup to a new volume.
    if (E2E.isSandbox) {
      dialog = await volumes.rowAction(volume, 'Create Backup');
      await dialog.getByLabel('Backup Name', { exact: true }).fill(backup);
      await dialog.getByRole('button', { name: 'Create Volume Backup' }).click();
      await expect(status(page, `Creating volume backup "${backup}".`)).toBeVisible();
      await expect(async () => {
        await backups.open();
        await expect(backups.row(backup)).toContainText('Available', { timeout: 2_000 });
      }).toPass({ timeout: SLOW });
      dialog = await backups.rowAction(backup, 'Restore Backup');
      await dialog.getByLabel('Volume Name', { exact: true }).fill(restored);
      await dialog.getByRole('button', { name: 'Restore Backup to Volume' }).click();
      await expect(status(page, `Restoring backup "${backup}".`)).toBeVisible();
      await volumes.open();
      await expect(volumes.row(restored).getByText('Available', { exact: true })).toBeVisible({
        timeout: SLOW,
      });
      await expect(volumes.row(restored)).toContainText(`${size}GiB`);
    } else devcloudSkips(NO_BACKUP);

    // 8. Give the volume made from the snapshot to class-lab: the key is shown once.
    dialog = await volumes.rowAction(copy, 'Create Transfer');
    await dialog.getByLabel('Transfer Name', { exact: true }).fill(transfer);
    await dialog.getByRole('button', { name: 'Create Volume Transfer' }).click();
    const transferId =
      (await dialog.getByLabel('Transfer ID', { exact: true }).textContent()) ?? '';
    const authKey =
      (await dialog.getByLabel('Authorization Key', { exact: true }).textContent()) ?? '';
    expect(transferId).toMatch(/^[0-9a-f-]{36}$/);
    expect(authKey).toMatch(/^\w{8,}$/);
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(page.getByText(authKey)).toHaveCount(0);
    await expect(volumes.row(copy).getByText('Awaiting-transfer', { exact: true })).toBeVisible({
      timeout: SLOW,
    });
    await switchProject(page, 'demo', 'class-lab');
    await volumes.open();
    dialog = await volumes.openAction('Accept Transfer');
    await dialog.getByLabel('Transfer ID', { exact: true }).fill(transferId);
    await dialog.getByLabel('Authorization Key', { exact: true }).fill(authKey);
    await dialog.getByRole('button', { name: 'Accept Volume Transfer' }).click();
    await expect(status(page, 'Successfully accepted volume transfer')).toBeVisible();
    await expect(volumes.row(copy).getByText('Available', { exact: true })).toBeVisible({
      timeout: SLOW,
    });
    // class-lab is done with it: deleted there, before its snapshot goes in demo.
    dialog = await volumes.rowAction(copy, 'Delete Volume');
    await dialog.getByRole('button', { name: 'Delete Volume' }).click();
    await expect(volumes.row(copy)).toHaveCount(0, { timeout: SLOW });
    await switchProject(page, 'class-lab', 'demo');
    await volumes.open();
    await expect(volumes.row(copy)).toHaveCount(0);

    // 9. An instance booted from a new volume: made from the uploaded image on the
    // sandbox, from the volume snapshot on the devcloud; the volume goes with the instance.
    await instances.open();
    await page.getByRole('button', { name: 'Launch Instance', exact: true }).click();
    await wizard.getByLabel('Instance Name', { exact: true }).fill(booted);
    await step(page, 'Source');
    if (E2E.isSandbox) {
      await wizard.getByRole('radio', { name: 'Image', exact: true }).check();
      await wizard.getByRole('radio', { name: `Select ${image}`, exact: true }).check();
      await wizard.getByRole('radio', { name: 'Yes', exact: true }).check();
      await wizard.getByLabel('Volume Size (GB)', { exact: true }).fill('1');
    } else {
      await wizard.getByRole('radio', { name: 'Volume Snapshot', exact: true }).check();
      await wizard.getByRole('radio', { name: `Select ${snapshot}`, exact: true }).check();
    }
    await wizard.getByRole('checkbox', { name: 'Delete Volume on Instance Delete' }).check();
    await chooseFlavorAndNetwork(page);
    await expect(wizard.getByLabel('OpenStack CLI', { exact: true })).toContainText(
      E2E.isSandbox ? '--boot-from-volume 1' : '--snapshot ',
    );
    await wizard.getByRole('button', { name: 'Launch Instance' }).click();
    await expect(wizard).toHaveCount(0);
    await waitForSettled(page, booted, 'Active', SLOW * 2);
    await expect(instances.row(booted)).toContainText('Active', { timeout: SLOW });
    const rootId = (await serverNamed(page.request, booted))![
      'os-extended-volumes:volumes_attached'
    ]![0]!.id;
    await volumes.open();
    const rootRow = volumes.table
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: booted, exact: true }) });
    await expect(rootRow.getByText('In-use', { exact: true })).toBeVisible({ timeout: SLOW });
    await expect(rootRow.getByRole('link', { name: rootId })).toBeVisible();

    // 10. Delete everything: the instances (the boot volume goes with its own), the
    // backup, the snapshot, the volumes, the image.
    await instances.open();
    for (const name of [booted, server]) {
      dialog = await instances.rowAction(name, 'Delete Instance', SLOW);
      await dialog.getByRole('button', { name: 'Delete Instance' }).click();
      await expect(instances.row(name)).toHaveCount(0, { timeout: SLOW });
    }
    await expect.poll(() => volumeStatus(page.request, rootId), { timeout: SLOW * 2 }).toBe('gone');
    if (E2E.isSandbox) {
      await backups.open();
      dialog = await backups.rowAction(backup, 'Delete Volume Backup');
      await dialog.getByRole('button', { name: 'Delete Volume Backup' }).click();
      await expect(backups.row(backup)).toHaveCount(0, { timeout: SLOW });
    }
    await snapshots.open();
    dialog = await snapshots.rowAction(snapshot, 'Delete Volume Snapshot');
    await dialog.getByRole('button', { name: 'Delete Volume Snapshot' }).click();
    await expect(snapshots.row(snapshot)).toHaveCount(0, { timeout: SLOW });
    await volumes.open();
    for (const name of E2E.isSandbox ? [volume, restored] : [volume]) {
      dialog = await volumes.rowAction(name, 'Delete Volume', SLOW);
      await dialog.getByRole('button', { name: 'Delete Volume' }).click();
      await expect(status(page, `Scheduled deletion of Volume: ${name}`)).toBeVisible();
      await expect(volumes.row(name)).toHaveCount(0, { timeout: SLOW });
    }
    await images.open();
    dialog = await images.rowAction(image, 'Delete Image');
    await dialog.getByRole('button', { name: 'Delete Image' }).click();
    await expect(status(page, `Deleted Image: ${image}`)).toBeVisible();
    await expect(images.row(image)).toHaveCount(0);

    // Nothing of it is left in demo (a delete the page has answered may still be finishing).
    const left = async () =>
      [
        ...(await listed<Named>(page.request, `compute/servers?name=^${prefix}`, 'servers')),
        ...(await listed<Named>(page.request, 'volumev3/volumes/detail', 'volumes')),
        ...(await listed<Named>(page.request, 'volumev3/snapshots/detail', 'snapshots')),
        ...(E2E.isSandbox
          ? await listed<Named>(page.request, 'volumev3/backups/detail', 'backups')
          : []),
        ...(await listed<Named>(page.request, 'image/v2/images?limit=1000', 'images')),
      ]
        .filter(named(prefix))
        .map((x) => x.name);
    await expect.poll(left, { timeout: SLOW }).toEqual([]);
  });
});
