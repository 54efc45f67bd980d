// Project → Volumes → Volumes: create (bad sizes and names refused at the field),
// extend, attach to an instance and detach, snapshot and a volume from it, back up,
// change type, transfer to class-lab and accept it there, delete (refused while attached).
import { expectAccessible } from './axe';
import { ADMIN, E2E, expect, login, PanelPage, test, uniqueName } from './fixtures';
import { bootServer, deleteServers, waitForSettled } from './servers';
import type { APIRequestContext, Browser, Page } from '@playwright/test';

const SHOTS = E2E.screenshotDir;
const SLOW = E2E.isSandbox ? 30_000 : 180_000;
const write = { headers: { Origin: E2E.baseUrl } };
const PREFIX = 'e2e-volumes-';

interface Vol {
  id: string;
  name: string | null;
  status: string;
  size: number;
}

async function volumesNamed(request: APIRequestContext, name: string): Promise<Vol[]> {
  const r = await request.get(`/api/os/volumev3/volumes/detail?name=${encodeURIComponent(name)}`);
  return ((await r.json()) as { volumes?: Vol[] }).volumes ?? [];
}

async function volumeId(request: APIRequestContext, name: string): Promise<string> {
  let id = '';
  await expect
    .poll(async () => (id = (await volumesNamed(request, name))[0]?.id ?? ''), { timeout: SLOW })
    .not.toBe('');
  return id;
}

async function waitForVolume(request: APIRequestContext, name: string, status: string) {
  await expect
    .poll(async () => (await volumesNamed(request, name))[0]?.status ?? 'missing', {
      timeout: SLOW,
      intervals: [500, 1_000, 2_000],
    })
    .toBe(status);
}

/** Everything this spec made: snapshots first (a volume with snapshots cannot go), then volumes. */
async function cleanUp(request: APIRequestContext) {
  const snaps = (await (await request.get('/api/os/volumev3/snapshots/detail')).json()) as {
    snapshots?: { id: string; name: string | null }[];
  };
  const vols = (await (await request.get('/api/os/volumev3/volumes/detail')).json()) as {
    volumes?: Vol[];
  };
  const mine = (vols.volumes ?? []).filter((v) => (v.name ?? '').includes(PREFIX));
  const snapshots = (snaps.snapshots ?? []).filter((s) => (s.name ?? '').includes(PREFIX));
  // Volumes made from a snapshot go before it.
  for (const v of mine.filter((v) => v.name?.endsWith('-copy')))
    await request.delete(`/api/os/volumev3/volumes/${v.id}`, write);
  for (const s of snapshots) await request.delete(`/api/os/volumev3/snapshots/${s.id}`, write);
  await expect
    .poll(
      async () => {
        const left = (await (await request.get('/api/os/volumev3/snapshots/detail')).json()) as {
          snapshots?: { name: string | null }[];
        };
        return (left.snapshots ?? []).filter((s) => (s.name ?? '').includes(PREFIX)).length;
      },
      { timeout: SLOW },
    )
    .toBe(0);
  for (const v of mine) await request.delete(`/api/os/volumev3/volumes/${v.id}`, write);
}

async function snapshotId(request: APIRequestContext, name: string): Promise<string> {
  const r = await request.get(`/api/os/volumev3/snapshots/detail?name=${encodeURIComponent(name)}`);
  const id = ((await r.json()) as { snapshots: { id: string }[] }).snapshots[0]?.id;
  expect(id, `snapshot ${name}`).toBeTruthy();
  return id!;
}

const GIB = 1024 ** 3;

/**
 * An image that needs more than 1 GiB, so the form must refuse 1 GiB: the sandbox
 * seeds one (ubuntu-22.04, min_disk 3); on the devcloud we upload our own.
 */
async function imageNeedingMore(
  request: APIRequestContext,
  name: string,
): Promise<{ id: string; minimum: number; ours: boolean }> {
  const list = (await (await request.get('/api/os/image/v2/images?status=active')).json()) as {
    images: { id: string; min_disk?: number; size?: number | null }[];
  };
  const minimum = (i: { min_disk?: number; size?: number | null }) =>
    Math.max(1, i.min_disk ?? 0, i.size ? Math.ceil(i.size / GIB) : 0);
  const seeded = list.images.find((i) => minimum(i) > 1);
  if (seeded) return { id: seeded.id, minimum: minimum(seeded), ours: false };
  const made = await request.post('/api/os/image/v2/images', {
    ...write,
    data: { name, disk_format: 'raw', container_format: 'bare', min_disk: 2 },
  });
  expect(made.status(), await made.text()).toBe(201);
  const { id } = (await made.json()) as { id: string };
  const upload = await request.put(`/api/os/image/v2/images/${id}/file`, {
    headers: { ...write.headers, 'Content-Type': 'application/octet-stream' },
    data: Buffer.from('volume e2e image'),
  });
  expect(upload.status(), await upload.text()).toBe(204);
  return { id, minimum: 2, ours: true };
}

async function asAdmin(browser: Browser): Promise<Page> {
  const admin = await (await browser.newContext()).newPage();
  await login(admin, ADMIN);
  return admin;
}

test.describe.serial('Volumes', () => {
  const name = uniqueName('volumes');
  const server = `${name}-vm`;
  const snapshot = `${name}-snap`;
  const copy = `${name}-copy`;
  const typeName = `${name}-type`;
  const imageName = `${name}-image`;
  let page: Page;
  let admin: Page;
  let image = { id: '', minimum: 1, ours: false };
  let typeId = '';
  let serverId = '';

  test.beforeAll(async ({ browser }) => {
    test.setTimeout(SLOW * 3);
    page = await (await browser.newContext()).newPage();
    await login(page);
    serverId = await bootServer(page, server);
    image = await imageNeedingMore(page.request, imageName);
    // A second volume type for Change Volume Type: only an admin can make one.
    admin = await asAdmin(browser);
    const made = await admin.request.post('/api/os/volumev3/types', {
      ...write,
      data: { volume_type: { name: typeName } },
    });
    expect(made.status(), await made.text()).toBe(200);
    typeId = ((await made.json()) as { volume_type: { id: string } }).volume_type.id;
    await waitForSettled(page, server, 'Active', SLOW);
  });

  test.afterAll(async () => {
    test.setTimeout(SLOW * 4);
    await cleanUp(page.request).catch(() => undefined);
    await deleteServers(page, [server]).catch(() => undefined);
    if (image.ours) await page.request.delete(`/api/os/image/v2/images/${image.id}`, write);
    await expect
      .poll(async () => (await volumesNamed(page.request, name)).length, { timeout: SLOW })
      .toBe(0)
      .catch(() => undefined);
    if (typeId) await admin.request.delete(`/api/os/volumev3/types/${typeId}`, write);
  });

  const volumesPage = () => new PanelPage(page, '/project/volumes', 'Volumes');

  test('Create Volume: bad sizes and names refused at the field, equivalents, a blank volume', async () => {
    const volumes = volumesPage();
    await volumes.open();
    const dialog = await volumes.openAction('Create Volume');
    await expect(dialog.getByRole('heading', { name: 'Create Volume' })).toBeVisible();
    await expect(dialog.getByLabel('Volume Source', { exact: true })).toBeVisible();
    await expectAccessible(page, 'the Create Volume form');
    const size = dialog.getByLabel('Size (GiB)', { exact: true });
    const submit = dialog.getByRole('button', { name: 'Create Volume' });

    for (const bad of ['0', '-3']) {
      await size.fill(bad);
      await submit.click();
      await expect(dialog.getByText('Size must be at least 1 GiB.')).toBeVisible();
      await expect(size).toHaveAttribute('aria-invalid', 'true');
    }

    await dialog.getByLabel('Volume Source', { exact: true }).selectOption({ label: 'Image' });
    await dialog.getByLabel('Use image as a source', { exact: true }).selectOption(image.id);
    await size.fill('1');
    await submit.click();
    await expect(
      dialog.getByText(`Size must be at least ${image.minimum} GiB for this source.`),
    ).toBeVisible();
    const pane = dialog.getByRole('region', { name: 'Equivalent commands' });
    await expect(pane.getByLabel('OpenStack CLI', { exact: true })).toContainText(
      `--image ${image.id}`,
    );
    await dialog.getByLabel('Volume Source', { exact: true }).selectOption({
      label: 'No source, empty volume',
    });

    const volumeName = dialog.getByLabel('Volume Name', { exact: true });
    await volumeName.fill('n'.repeat(10_000));
    await submit.click();
    await expect(dialog.getByText('Name must be 255 characters or fewer.')).toBeVisible();
    await expect(volumeName).toHaveAttribute('aria-invalid', 'true');

    await volumeName.fill(name);
    // Above the project's gigabytes quota: Cinder refuses, in its own words, at the form.
    await size.fill('999999');
    await submit.click();
    await expect(dialog.getByRole('alert')).toContainText(
      'Requested volume or snapshot exceeds allowed gigabytes quota.',
    );
    await dialog.getByLabel('Description', { exact: true }).fill('<b>bold</b> & plain');
    await size.fill('1');
    await expect(pane.getByLabel('OpenStack CLI', { exact: true })).toHaveText(
      `openstack volume create --size 1 --type __DEFAULT__ --description '<b>bold</b> & plain' ${name}`,
    );
    await expect(pane.getByLabel('Python (openstacksdk)', { exact: true })).toContainText(
      'conn.block_storage.create_volume(',
    );
    await expect(pane.getByLabel('Heat template (HOT)', { exact: true })).toContainText(
      'type: OS::Cinder::Volume',
    );
    await page.screenshot({ path: `${SHOTS}/volumes-create.png` });
    await submit.click();
    await expect(
      page.getByRole('status').filter({ hasText: `Creating volume "${name}".` }),
    ).toBeVisible();
    const row = volumes.row(name);
    await expect(row.getByText('Available', { exact: true })).toBeVisible({ timeout: SLOW });
    await expect(row).toContainText('<b>bold</b> & plain');
    await expect(row.locator('b')).toHaveCount(0);
    await expect(row).toContainText('1GiB');
    await expectAccessible(page, 'the Volumes panel');

    await page.screenshot({ path: `${SHOTS}/volumes.png` });
    await page.getByRole('button', { name: /^Theme:/ }).click();
    await page.getByRole('button', { name: /^Theme: Light/ }).click();
    await expect(page.locator('html')).toHaveClass(/dark/);
    await page.screenshot({ path: `${SHOTS}/volumes-dark.png`, animations: 'disabled' });
    await page.getByRole('button', { name: /^Theme: Dark/ }).click();
  });

  test('Extend Volume: a smaller size refused at the field, then a larger one', async () => {
    const volumes = volumesPage();
    await volumes.open();
    const dialog = await volumes.rowAction(name, 'Extend Volume');
    const field = dialog.getByLabel('New Size (GiB)', { exact: true });
    await field.fill('1');
    await dialog.getByRole('button', { name: 'Extend Volume' }).click();
    await expect(
      dialog.getByText('New Size must be greater than the current size (1 GiB).'),
    ).toBeVisible();
    if (!E2E.isSandbox) {
      // KNOWN-DIFFERENCES: the devcloud's fake driver cannot extend (error_extending).
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      test.skip(true, "the devcloud's fake Cinder driver cannot extend a volume");
    }
    await field.fill('2');
    await expect(
      dialog.getByRole('region', { name: 'Equivalent commands' }).getByLabel('OpenStack CLI', {
        exact: true,
      }),
    ).toContainText('openstack volume set --size 2 ');
    await dialog.getByRole('button', { name: 'Extend Volume' }).click();
    await expect(volumes.row(name)).toContainText('2GiB', { timeout: SLOW });
    await expect(volumes.row(name).getByText('Available', { exact: true })).toBeVisible({
      timeout: SLOW,
    });
  });

  test('Manage Attachments: attach to an instance, delete refused while attached, detach', async () => {
    const volumes = volumesPage();
    await volumes.open();
    let dialog = await volumes.rowAction(name, 'Manage Attachments');
    await dialog.getByLabel('Device Name', { exact: true }).fill('vdb');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog.getByText('Choose an instance to attach to')).toBeVisible();
    await dialog.getByLabel('Attach to Instance', { exact: true }).selectOption(serverId);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog.getByText('Device Name must look like /dev/vdb.')).toBeVisible();
    await dialog.getByLabel('Device Name', { exact: true }).fill('');
    await expect(
      dialog
        .getByRole('region', { name: 'Equivalent commands' })
        .getByLabel('Heat template (HOT)', {
          exact: true,
        }),
    ).toContainText('type: OS::Cinder::VolumeAttachment');
    await dialog.getByRole('button', { name: 'Save' }).click();
    const row = volumes.row(name);
    await expect(row.getByText('In-use', { exact: true })).toBeVisible({ timeout: SLOW });
    const link = row.getByRole('link', { name: server });
    await expect(link).toBeVisible({ timeout: SLOW });
    await expect(link).toHaveAttribute('href', /\/project\/instances\//);
    await expect(row).toContainText(/on \/dev\/[sv]d[b-z]/);
    await page.screenshot({ path: `${SHOTS}/volumes-attached.png` });

    dialog = await volumes.rowAction(name, 'Delete Volume');
    await dialog.getByRole('button', { name: 'Delete Volume' }).click();
    await expect(dialog).toContainText('must not be migrating, attached');
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    dialog = await volumes.rowAction(name, 'Manage Attachments');
    await dialog.getByRole('checkbox', { name: new RegExp(`^${server} on `) }).check();
    await expect(
      dialog.getByRole('region', { name: 'Equivalent commands' }).getByLabel('OpenStack CLI', {
        exact: true,
      }),
    ).toContainText('openstack server remove volume');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(row.getByText('Available', { exact: true })).toBeVisible({ timeout: SLOW });
    await expect(row.getByRole('link', { name: server })).toHaveCount(0);
  });

  test('Create Snapshot, see it on the detail page, and a volume made from it', async () => {
    const volumes = volumesPage();
    await volumes.open();
    let dialog = await volumes.rowAction(name, 'Create Snapshot');
    await dialog.getByRole('button', { name: 'Create Volume Snapshot' }).click();
    await expect(dialog.getByText('Snapshot Name is required.')).toBeVisible();
    await dialog.getByLabel('Snapshot Name', { exact: true }).fill(snapshot);
    await dialog.getByRole('button', { name: 'Create Volume Snapshot' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: `Creating volume snapshot "${snapshot}".` }),
    ).toBeVisible();

    await volumes.row(name).getByRole('link', { name }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Overview' })).toContainText('__DEFAULT__');
    await page.getByRole('tab', { name: 'Snapshots' }).click();
    await expect(async () => {
      await page.reload();
      await page.getByRole('tab', { name: 'Snapshots' }).click();
      const region = page.getByRole('region', { name: 'Snapshots' });
      await expect(region.getByRole('row').filter({ hasText: snapshot })).toContainText(
        'Available',
        { timeout: 2_000 },
      );
    }).toPass({ timeout: SLOW });
    await expectAccessible(page, 'the volume detail page');

    await volumes.open();
    dialog = await volumes.openAction('Create Volume');
    await dialog.getByLabel('Volume Name', { exact: true }).fill(copy);
    await dialog.getByLabel('Volume Source', { exact: true }).selectOption({ label: 'Snapshot' });
    await dialog
      .getByLabel('Use snapshot as a source', { exact: true })
      .selectOption(await snapshotId(page.request, snapshot));
    const size = E2E.isSandbox ? 2 : 1;
    await dialog.getByLabel('Size (GiB)', { exact: true }).fill(String(size));
    await expect(
      dialog.getByRole('region', { name: 'Equivalent commands' }).getByLabel('OpenStack CLI', {
        exact: true,
      }),
    ).toContainText('--snapshot ');
    await dialog.getByRole('button', { name: 'Create Volume' }).click();
    await expect(volumes.row(copy).getByText('Available', { exact: true })).toBeVisible({
      timeout: SLOW,
    });
    await expect(volumes.row(copy)).toContainText(`${size}GiB`);
  });

  test('Change Volume Type with a migration policy', async () => {
    const volumes = volumesPage();
    await volumes.open();
    const dialog = await volumes.rowAction(copy, 'Change Volume Type');
    await dialog.getByLabel('Type', { exact: true }).selectOption(typeName);
    await dialog
      .getByLabel('Migration Policy', { exact: true })
      .selectOption({ label: 'On Demand' });
    await expect(
      dialog.getByRole('region', { name: 'Equivalent commands' }).getByLabel('OpenStack CLI', {
        exact: true,
      }),
    ).toContainText(`--type ${typeName} --retype-policy on-demand`);
    await dialog.getByRole('button', { name: 'Change Volume Type' }).click();
    const row = volumes.row(copy);
    await expect(row).toContainText(typeName, { timeout: SLOW });
    await expect(row.getByText('Available', { exact: true })).toBeVisible({ timeout: SLOW });
  });

  test('Edit Volume makes it bootable; Update Metadata; Launch as Instance; Upload to Image', async () => {
    const volumes = volumesPage();
    await volumes.open();
    let dialog = await volumes.rowAction(name, 'Edit Volume');
    await expect(dialog.getByLabel('Volume Name', { exact: true })).toHaveValue(name);
    await dialog.getByLabel('Bootable', { exact: true }).check();
    await expect(
      dialog.getByRole('region', { name: 'Equivalent commands' }).getByLabel('OpenStack CLI', {
        exact: true,
      }),
    ).toContainText('--bootable');
    await dialog.getByRole('button', { name: 'Submit' }).click();
    const row = volumes.row(name);
    await expect(row.getByRole('cell', { name: 'Yes', exact: true })).toBeVisible({
      timeout: SLOW,
    });

    dialog = await volumes.rowAction(name, 'Update Metadata');
    const metadata = dialog.getByLabel('Metadata', { exact: true });
    await metadata.fill('no equals sign');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog.getByText('Line 1: write it as key=value.')).toBeVisible();
    await metadata.fill('purpose=<i>lab</i>');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toHaveCount(0);
    await row.getByRole('link', { name }).click();
    await expect(page.getByRole('region', { name: 'Overview' })).toContainText(
      'purpose=<i>lab</i>',
    );
    await expect(page.getByRole('region', { name: 'Overview' }).locator('i')).toHaveCount(0);

    await volumes.open();
    const id = await volumeId(page.request, name);
    await volumes.rowAction(name, 'Launch as Instance');
    await expect(page).toHaveURL(
      `${E2E.baseUrl}/project/instances?launch=${encodeURIComponent(`volume:${id}`)}`,
    );

    if (!E2E.isSandbox) return; // KNOWN-DIFFERENCES: the fake driver cannot copy volume data.
    await volumes.open();
    dialog = await volumes.rowAction(name, 'Upload to Image');
    await dialog.getByLabel('Image Name', { exact: true }).fill(`${name}-upload`);
    await dialog.getByLabel('Disk Format', { exact: true }).selectOption({ label: 'QCOW2' });
    await expect(
      dialog.getByRole('region', { name: 'Equivalent commands' }).getByLabel('OpenStack CLI', {
        exact: true,
      }),
    ).toHaveText(`openstack image create --volume ${id} --disk-format qcow2 ${name}-upload`);
    await dialog.getByRole('button', { name: 'Upload' }).click();
    await expect(volumes.row(name).getByText('Available', { exact: true })).toBeVisible({
      timeout: SLOW,
    });
    const images = (await (
      await page.request.get(`/api/os/image/v2/images?name=${name}-upload`)
    ).json()) as { images: { id: string; disk_format: string }[] };
    expect(images.images[0]?.disk_format).toBe('qcow2');
    for (const image of images.images)
      await page.request.delete(`/api/os/image/v2/images/${image.id}`, write);
  });

  test('Create Backup', async () => {
    test.skip(!E2E.isSandbox, 'the devcloud has no cinder-backup service (KNOWN-DIFFERENCES)');
    const volumes = volumesPage();
    await volumes.open();
    const dialog = await volumes.rowAction(copy, 'Create Backup');
    await dialog.getByLabel('Backup Name', { exact: true }).fill(`${name}-backup`);
    await dialog.getByLabel('Container Name', { exact: true }).fill('a/b');
    await dialog.getByRole('button', { name: 'Create Volume Backup' }).click();
    await expect(dialog.getByText('Container Name may not contain "/".')).toBeVisible();
    await dialog.getByLabel('Container Name', { exact: true }).fill('');
    await dialog.getByRole('button', { name: 'Create Volume Backup' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: `Creating volume backup "${name}-backup".` }),
    ).toBeVisible();
    let backupId = '';
    await expect
      .poll(
        async () => {
          const r = await page.request.get(`/api/os/volumev3/backups/detail?name=${name}-backup`);
          const b = ((await r.json()) as { backups: { id: string; status: string }[] }).backups[0];
          backupId = b?.id ?? '';
          return b?.status;
        },
        { timeout: SLOW },
      )
      .toBe('available');
    await waitForVolume(page.request, copy, 'available');
    await page.request.delete(`/api/os/volumev3/backups/${backupId}`, write);
  });

  test('Create Transfer shows the key once; class-lab accepts the volume', async () => {
    const volumes = volumesPage();
    await volumes.open();
    const dialog = await volumes.rowAction(copy, 'Create Transfer');
    await dialog.getByLabel('Transfer Name', { exact: true }).fill(`${name}-transfer`);
    await dialog.getByRole('button', { name: 'Create Volume Transfer' }).click();
    const transferId =
      (await dialog.getByLabel('Transfer ID', { exact: true }).textContent()) ?? '';
    const authKey =
      (await dialog.getByLabel('Authorization Key', { exact: true }).textContent()) ?? '';
    expect(transferId).toMatch(/^[0-9a-f-]{36}$/);
    expect(authKey).toMatch(/^\w{8,}$/);
    await expect(dialog.getByRole('button', { name: 'Copy Authorization Key' })).toBeVisible();
    await expectAccessible(page, 'the transfer credentials');
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect(volumes.row(copy).getByText('Awaiting-transfer', { exact: true })).toBeVisible({
      timeout: SLOW,
    });

    await page.getByRole('button', { name: 'Project: demo' }).click();
    await page.getByRole('menuitemradio', { name: 'class-lab' }).click();
    await expect(page.getByRole('button', { name: 'Project: class-lab' })).toBeVisible();
    try {
      await volumes.open();
      const accept = await volumes.openAction('Accept Transfer');
      await accept.getByLabel('Transfer ID', { exact: true }).fill(transferId);
      await accept.getByLabel('Authorization Key', { exact: true }).fill('wrong-key');
      await accept.getByRole('button', { name: 'Accept Volume Transfer' }).click();
      // Cinder's own refusal, shown in the form.
      await expect(accept.getByRole('alert')).toContainText(/[Aa]ttempt to transfer|auth/);
      await accept.getByLabel('Authorization Key', { exact: true }).fill(authKey);
      await expect(
        accept.getByRole('region', { name: 'Equivalent commands' }).getByLabel('OpenStack CLI', {
          exact: true,
        }),
      ).toHaveText(`openstack volume transfer request accept --auth-key ${authKey} ${transferId}`);
      await accept.getByRole('button', { name: 'Accept Volume Transfer' }).click();
      await expect(
        page.getByRole('status').filter({ hasText: 'Successfully accepted volume transfer' }),
      ).toBeVisible();
      const row = volumes.row(copy);
      await expect(row.getByText('Available', { exact: true })).toBeVisible({ timeout: SLOW });
      const del = await volumes.rowAction(copy, 'Delete Volume');
      await del.getByRole('button', { name: 'Delete Volume' }).click();
      await expect(row).toHaveCount(0, { timeout: SLOW });
    } finally {
      await page.getByRole('button', { name: 'Project: class-lab' }).click();
      await page.getByRole('menuitemradio', { name: 'demo' }).click();
      await expect(page.getByRole('button', { name: 'Project: demo' })).toBeVisible();
    }
    await volumes.open();
    await expect(volumes.row(copy)).toHaveCount(0);
  });

  test('Delete Volume: the snapshot first, then the volume', async () => {
    const snaps = (await (await page.request.get('/api/os/volumev3/snapshots/detail')).json()) as {
      snapshots: { id: string; name: string }[];
    };
    for (const s of snaps.snapshots.filter((x) => x.name === snapshot))
      await page.request.delete(`/api/os/volumev3/snapshots/${s.id}`, write);
    await expect
      .poll(
        async () => {
          const left = (await (
            await page.request.get('/api/os/volumev3/snapshots/detail')
          ).json()) as {
            snapshots: { name: string }[];
          };
          return left.snapshots.filter((x) => x.name === snapshot).length;
        },
        { timeout: SLOW },
      )
      .toBe(0);
    const volumes = volumesPage();
    await volumes.open();
    const id = await volumeId(page.request, name);
    const dialog = await volumes.rowAction(name, 'Delete Volume');
    await expect(dialog).toContainText(name);
    await dialog.getByRole('button', { name: 'Delete Volume' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: `Scheduled deletion of Volume: ${name}` }),
    ).toBeVisible();
    await expect(volumes.row(name)).toHaveCount(0, { timeout: SLOW });
    await expect
      .poll(async () => (await page.request.get(`/api/os/volumev3/volumes/${id}`)).status(), {
        timeout: SLOW,
      })
      .toBe(404);
  });
});
