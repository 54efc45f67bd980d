// Images: upload a file with the progress bar moving, wait Active, launch from
// it, edit it, its metadata, share it with class-lab and accept it there, cancel an
// upload half way (nothing left), bad inputs at the field, a protected image's
// delete refused in Glance's words, axe, light and dark pictures.
import { expectAccessible } from './axe';
import { E2E, expect, login, PanelPage, test, uniqueName } from './fixtures';
import {
  expectProgressMoved,
  fileOf,
  MB,
  recordProgress,
  switchProject,
  throttleUploads,
} from './storage';
import type { APIRequestContext, Page } from '@playwright/test';

const SLOW = E2E.isSandbox ? 30_000 : 120_000;
const write = { headers: { Origin: E2E.baseUrl } };
const SHOTS = E2E.screenshotDir;

interface GlanceImage {
  id: string;
  name: string | null;
  status: string;
  protected?: boolean;
}

const imagesPage = (page: Page) => new PanelPage(page, '/project/images', 'Images');

/** Images of this project whose name contains `part`. */
async function imagesNamed(request: APIRequestContext, part: string): Promise<GlanceImage[]> {
  const res = await request.get('/api/os/image/v2/images?limit=1000');
  const body = (await res.json()) as { images: GlanceImage[] };
  return body.images.filter((i) => (i.name ?? '').includes(part));
}

interface CinderVolume {
  id: string;
  name: string | null;
  status: string;
}

async function volumesNamed(request: APIRequestContext, name: string): Promise<CinderVolume[]> {
  const res = await request.get(`/api/os/volumev3/volumes/detail?name=${encodeURIComponent(name)}`);
  return ((await res.json()) as { volumes: CinderVolume[] }).volumes;
}

const view = (page: Page, name: string) =>
  page.getByRole('group', { name: 'Images to show' }).getByRole('button', { name, exact: true });

test.describe.serial('Images', () => {
  const prefix = uniqueName('images');
  const name = `${prefix}-up`;
  const renamed = `<b>${prefix}-edited</b>`;
  let page: Page;
  let imageId = '';

  test.beforeAll(async ({ browser }) => {
    // A context of its own: axe and the network emulation need one.
    page = await (await browser.newContext()).newPage();
    await login(page);
  });

  test.afterAll(async () => {
    test.setTimeout(SLOW * 2);
    for (const image of await imagesNamed(page.request, prefix).catch(() => [])) {
      if (image.protected)
        await page.request.patch(`/api/os/image/v2/images/${image.id}`, {
          headers: {
            ...write.headers,
            'Content-Type': 'application/openstack-images-v2.1-json-patch',
          },
          data: JSON.stringify([{ op: 'replace', path: '/protected', value: false }]),
        });
      await page.request.delete(`/api/os/image/v2/images/${image.id}`, write);
    }
    for (const volume of await volumesNamed(page.request, `${prefix}-vol`).catch(() => []))
      await page.request.delete(`/api/os/volumev3/volumes/${volume.id}`, write);
    await page.context().close();
  });

  test('Create Image: bad input is refused at the field; equivalents follow the form', async () => {
    const images = imagesPage(page);
    await images.open();
    const dialog = await images.openAction('Create Image');
    await expect(dialog.getByRole('heading', { name: 'Create Image' })).toBeVisible();

    await dialog.getByRole('button', { name: 'Create Image' }).click();
    await expect(dialog.getByText('Enter a name for the image.')).toBeVisible();
    await expect(dialog.getByText('Choose the image file to upload.')).toBeVisible();

    await dialog.getByLabel('Image Name', { exact: true }).fill('x'.repeat(10_000));
    await expect(dialog.getByText('The name is longer than 255 characters.')).toBeVisible();
    await dialog.getByLabel('Minimum Disk (GB)', { exact: true }).fill('-1');
    await expect(dialog.getByText('Minimum Disk cannot be negative.')).toBeVisible();
    await dialog.getByLabel('Minimum RAM (MB)', { exact: true }).fill('1.5');
    await expect(dialog.getByText('Minimum RAM must be a whole number of MB.')).toBeVisible();

    // Random bytes are no QCOW2 image: said at the file, nothing sent to Glance.
    await dialog.getByLabel('Image Name', { exact: true }).fill(`${prefix}-bad`);
    await dialog.getByLabel('Minimum Disk (GB)', { exact: true }).fill('1');
    await dialog.getByLabel('Minimum RAM (MB)', { exact: true }).fill('64');
    await dialog
      .getByLabel('Image File', { exact: true })
      .setInputFiles(fileOf('noise.img', 64 * 1024));
    await dialog.getByLabel('Format', { exact: true }).selectOption('qcow2');
    await dialog.getByRole('button', { name: 'Create Image' }).click();
    await expect(dialog.getByText('This file is not a QCOW2 image')).toBeVisible();
    expect(await imagesNamed(page.request, `${prefix}-bad`)).toEqual([]);

    const pane = dialog.getByRole('region', { name: 'Equivalent commands' });
    const cli = pane.getByLabel('OpenStack CLI', { exact: true });
    await expect(cli).toContainText('openstack image create');
    await expect(cli).toContainText('--disk-format qcow2');
    await expect(cli).toContainText('--min-disk 1');
    await expect(cli).toContainText('--file noise.img');
    await expect(cli).toContainText(`${prefix}-bad`);
    await expect(pane.getByLabel('Python (openstacksdk)', { exact: true })).toContainText(
      'conn.image.create_image(',
    );
    // Image Source URL: Glance downloads the file itself (web-download), where the cloud offers it.
    const offers = (
      (await (await page.request.get('/api/os/image/v2/info/import')).json()) as {
        'import-methods': { value: string[] };
      }
    )['import-methods'].value.includes('web-download');
    const url = dialog.getByRole('radio', { name: /^URL/ });
    if (offers) {
      await url.check();
      await dialog.getByLabel('Image Location', { exact: true }).fill('ftp://example.org/c.img');
      await dialog.getByRole('button', { name: 'Create Image' }).click();
      await expect(
        dialog.getByText('Enter the http:// or https:// address of the image file.'),
      ).toBeVisible();
      await dialog.getByLabel('Image Location', { exact: true }).fill('https://example.org/c.img');
      await expect(cli).toContainText('--import-method web-download');
      await expect(pane.getByLabel('Heat template (HOT)', { exact: true })).toContainText(
        'type: OS::Glance::WebImage',
      );
      await dialog.getByRole('radio', { name: 'File' }).check();
    } else {
      await expect(url).toBeDisabled();
      await expect(url).toHaveAccessibleName('URL (this cloud does not offer web-download)');
    }
    await expectAccessible(page, 'the Create Image dialog');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toHaveCount(0);
  });

  test('upload a file: the progress bar moves, the image becomes Active', async () => {
    test.setTimeout(SLOW * 3);
    const images = imagesPage(page);
    await images.open();
    const dialog = await images.openAction('Create Image');
    await dialog.getByLabel('Image Name', { exact: true }).fill(name);
    await dialog.getByLabel('Image Description', { exact: true }).fill('uploaded by e2e');
    await dialog
      .getByLabel('Image File', { exact: true })
      .setInputFiles(fileOf('disk.raw', 4 * MB));
    await dialog.getByLabel('Format', { exact: true }).selectOption('raw');
    await dialog.getByLabel('Architecture', { exact: true }).fill('x86_64');

    const progress = await recordProgress(page);
    const unthrottle = await throttleUploads(page, 1 * MB);
    await dialog.getByRole('button', { name: 'Create Image' }).click();
    const bar = dialog.getByRole('progressbar', { name: 'Uploading disk.raw' });
    await expect(bar).toBeVisible();
    await expect(dialog.getByText(/of 4\.0 MB \(\d+%\)/)).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/images-upload.png` });
    await expect(dialog).toHaveCount(0, { timeout: SLOW });
    await unthrottle();

    const values = await progress();
    expectProgressMoved(values);
    await expect(
      page.getByRole('status').filter({ hasText: `Image "${name}" was successfully created.` }),
    ).toBeVisible();

    const row = images.row(name);
    await expect(row).toBeVisible();
    await expect(row).toContainText('Active', { timeout: SLOW });
    await expect(row).toContainText('Image');
    await expect(row).toContainText('Private');
    await expect(row).toContainText('RAW');
    await expect(row).toContainText('4.0 MB');
    imageId = (await imagesNamed(page.request, name))[0]!.id;

    await row.getByRole('link', { name }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    const overview = page.getByRole('region', { name: 'Overview' });
    await expect(overview).toContainText(imageId);
    await expect(overview).toContainText('uploaded by e2e');
    await expect(overview).toContainText('x86_64');
    await expect(overview).toContainText(/[0-9a-f]{32}/); // the checksum
    await expectAccessible(page, 'the image detail page');
    await page.screenshot({ path: `${SHOTS}/image-detail.png`, fullPage: true });
  });

  test('Launch from the image: the Launch Instance wizard opens with it chosen', async () => {
    const images = imagesPage(page);
    await images.open();
    await images.rowAction(name, 'Launch');
    await expect(page).toHaveURL(new RegExp(`/project/instances\\?launch=image(:|%3A)${imageId}`));
    // Under the wizard (a modal hides the page from the accessibility tree once it is open).
    await expect(
      page.getByRole('heading', { level: 1, name: 'Instances', includeHidden: true }),
    ).toBeAttached();
    const wizard = page.getByRole('dialog', { name: 'Launch Instance' });
    await expect(wizard).toBeVisible();
    await wizard
      .getByRole('navigation', { name: 'Steps' })
      .getByRole('button', { name: /^Source/ })
      .click();
    await expect(wizard.getByRole('radio', { name: 'Image', exact: true })).toBeChecked();
    await expect(wizard.getByRole('radio', { name: `Select ${name}`, exact: true })).toBeChecked();
    await wizard.getByRole('button', { name: 'Cancel' }).click();
  });

  test('Edit Image: an HTML name is shown as text; Update Metadata; bad input at the field', async () => {
    const images = imagesPage(page);
    await images.open();
    let dialog = await images.rowAction(name, 'Edit Image');
    await expect(dialog.getByLabel('Image Name', { exact: true })).toHaveValue(name);
    await dialog.getByLabel('Minimum Disk (GB)', { exact: true }).fill('-5');
    await expect(dialog.getByText('Minimum Disk cannot be negative.')).toBeVisible();
    await dialog.getByLabel('Image Name', { exact: true }).fill('');
    await expect(dialog.getByText('Enter a name for the image.')).toBeVisible();
    await dialog.getByLabel('Image Name', { exact: true }).fill(renamed);
    await dialog.getByLabel('Minimum Disk (GB)', { exact: true }).fill('1');
    await dialog.getByLabel('Image Description', { exact: true }).fill('edited by e2e');
    await expect(
      dialog
        .getByRole('region', { name: 'Equivalent commands' })
        .getByLabel('OpenStack CLI', { exact: true }),
    ).toContainText(`openstack image set`);
    await dialog.getByRole('button', { name: 'Update Image' }).click();
    await expect(dialog).toHaveCount(0);
    const row = images.row(renamed);
    await expect(row.getByRole('link', { name: renamed, exact: true })).toBeVisible();
    await expect(row.locator('b')).toHaveCount(0);

    dialog = await images.rowAction(renamed, 'Update Metadata');
    const metadata = dialog.getByLabel('Metadata', { exact: true });
    await expect(metadata).toHaveValue(/architecture=x86_64/);
    await metadata.fill('architecture=x86_64\nbad line');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog.getByText('Line 2: write it as key=value.')).toBeVisible();
    await metadata.fill('architecture=x86_64\nos_distro=cirros\ndescription=edited by e2e');
    await expect(
      dialog
        .getByRole('region', { name: 'Equivalent commands' })
        .getByLabel('OpenStack CLI', { exact: true }),
    ).toContainText('--property os_distro=cirros');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toHaveCount(0);

    await images.row(renamed).getByRole('link', { name: renamed }).click();
    await expect(page.getByRole('heading', { level: 1, name: renamed })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Overview' })).toContainText('1 GB');
    await page.getByRole('tab', { name: 'Metadata' }).click();
    const table = page.getByRole('table', { name: 'Metadata' });
    await expect(table.getByRole('row', { name: 'os_distro cirros' })).toBeVisible();
  });

  test('a protected image: Delete is refused in Glance’s words', async () => {
    const images = imagesPage(page);
    await images.open();
    let dialog = await images.rowAction(renamed, 'Edit Image');
    await dialog.getByLabel('Protected', { exact: true }).check();
    await dialog.getByRole('button', { name: 'Update Image' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(images.row(renamed)).toContainText('Yes');

    dialog = await images.rowAction(renamed, 'Delete Image');
    await dialog.getByRole('button', { name: 'Delete Image' }).click();
    const refusal = page.getByRole('alert').filter({ hasText: 'protected' });
    await expect(refusal.first()).toBeVisible();
    await expect(page.getByText(`Unable to delete Image: ${renamed}`).first()).toBeVisible();
    await page.keyboard.press('Escape');
    await images.open();
    await expect(images.row(renamed)).toBeVisible();

    dialog = await images.rowAction(renamed, 'Edit Image');
    await dialog.getByLabel('Protected', { exact: true }).uncheck();
    await dialog.getByRole('group', { name: 'Visibility' }).getByLabel('Shared').check();
    await dialog.getByRole('button', { name: 'Update Image' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(images.row(renamed)).toContainText('Shared');
  });

  test('share with class-lab, accept it as class-lab under "Shared with Me"', async () => {
    test.setTimeout(SLOW * 2);
    const images = imagesPage(page);
    await images.open();
    let dialog = await images.rowAction(renamed, 'Manage Members');
    await dialog.getByLabel('Add Project', { exact: true }).selectOption({ label: 'class-lab' });
    await expect(
      dialog
        .getByRole('region', { name: 'Equivalent commands' })
        .getByLabel('OpenStack CLI', { exact: true }),
    ).toContainText(`openstack image add project ${imageId}`);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toHaveCount(0);

    await switchProject(page, 'demo', 'class-lab');
    await images.open();
    await view(page, 'Shared with Me').click();
    await expect(images.table).not.toHaveAttribute('aria-busy', 'true');
    await expect(images.row(renamed)).toBeVisible();
    dialog = await images.rowAction(renamed, 'Accept Image');
    await dialog.getByRole('button', { name: 'Accept Image' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: `Accepted image: ${renamed}` }),
    ).toBeVisible();
    // Accepted: now in the project's default list too.
    await view(page, 'All Images').click();
    await expect(images.row(renamed)).toBeVisible();
    await expectAccessible(page, 'the Images list as class-lab');
    await switchProject(page, 'class-lab', 'demo');

    await images.open();
    dialog = await images.rowAction(renamed, 'Manage Members');
    await expect(dialog.getByLabel(/class-lab \(accepted\)/)).toBeVisible();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
  });

  test('cancel an upload half way: no image is left behind', async () => {
    test.setTimeout(SLOW * 2);
    const images = imagesPage(page);
    const cancelled = `${prefix}-cancel`;
    await images.open();
    const dialog = await images.openAction('Create Image');
    await dialog.getByLabel('Image Name', { exact: true }).fill(cancelled);
    await dialog.getByLabel('Image File', { exact: true }).setInputFiles(fileOf('big.raw', 8 * MB));
    await dialog.getByLabel('Format', { exact: true }).selectOption('raw');
    const unthrottle = await throttleUploads(page, 256 * 1024);
    await dialog.getByRole('button', { name: 'Create Image' }).click();
    const bar = dialog.getByRole('progressbar', { name: 'Uploading big.raw' });
    await expect.poll(async () => Number(await bar.getAttribute('value'))).toBeGreaterThan(2);
    expect(Number(await bar.getAttribute('value'))).toBeLessThan(100);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toHaveCount(0, { timeout: SLOW });
    await unthrottle();
    await expect.poll(() => imagesNamed(page.request, cancelled), { timeout: SLOW }).toEqual([]);
    await images.open();
    await expect(images.row(cancelled)).toHaveCount(0);
  });

  test('views, Create Volume from the image, pictures light and dark', async () => {
    test.setTimeout(SLOW * 2);
    const volumeName = `${prefix}-vol`;
    const images = imagesPage(page);
    await images.open();
    await view(page, 'Project').click();
    await expect(images.table).not.toHaveAttribute('aria-busy', 'true');
    await expect(images.row(renamed)).toBeVisible();
    await view(page, 'Public').click();
    await expect(images.table).not.toHaveAttribute('aria-busy', 'true');
    await expect(images.row(renamed)).toHaveCount(0);
    await view(page, 'All Images').click();
    await expect(images.row(renamed)).toBeVisible();

    // Both clouds have Cinder: Create Volume is offered for an active image.
    let dialog = await images.rowAction(renamed, 'Create Volume');
    await dialog.getByLabel('Size (GiB)', { exact: true }).fill('0');
    await expect(
      dialog.getByText('The volume size must be at least 1 GiB: the image needs it.'),
    ).toBeVisible();
    await expect(
      dialog
        .getByRole('region', { name: 'Equivalent commands' })
        .getByLabel('OpenStack CLI', { exact: true }),
    ).toContainText(`--image ${imageId}`);
    await dialog.getByLabel('Volume Name', { exact: true }).fill(volumeName);
    await dialog.getByLabel('Size (GiB)', { exact: true }).fill('1');
    const sent = page.waitForRequest(
      (r) => r.method() === 'POST' && r.url().endsWith('/api/os/volumev3/volumes'),
    );
    await dialog.getByRole('button', { name: 'Create Volume' }).click();
    expect((await sent).postDataJSON()).toMatchObject({
      volume: { name: volumeName, size: 1, imageRef: imageId },
    });
    await expect(
      page.getByRole('status').filter({ hasText: `Creating volume "${volumeName}".` }),
    ).toBeVisible();
    // The devcloud's fake Cinder driver cannot copy image data: its volume ends in error.
    const volume = await expect
      .poll(async () => (await volumesNamed(page.request, volumeName))[0]?.status, {
        timeout: SLOW,
      })
      .toMatch(E2E.isSandbox ? /^available$/ : /^(available|error)$/)
      .then(async () => (await volumesNamed(page.request, volumeName))[0]!);
    await page.request.delete(`/api/os/volumev3/volumes/${volume.id}`, write);

    await images.open();
    await expectAccessible(page, 'the Images list');
    await page.screenshot({ path: `${SHOTS}/images.png` });
    await page.getByRole('button', { name: /^Theme:/ }).click();
    await page.getByRole('button', { name: /^Theme: Light/ }).click();
    await expect(page.locator('html')).toHaveClass(/dark/);
    await page.screenshot({ path: `${SHOTS}/images-dark.png`, animations: 'disabled' });
    dialog = await images.openAction('Create Image');
    await dialog.getByLabel('Image Name', { exact: true }).fill('cirros');
    await page.screenshot({ path: `${SHOTS}/create-image-dark.png`, animations: 'disabled' });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: /^Theme: Dark/ }).click();
  });

  test('Delete Image removes it', async () => {
    const images = imagesPage(page);
    await images.open();
    const dialog = await images.rowAction(renamed, 'Delete Image');
    await expect(dialog.getByText(renamed)).toBeVisible();
    await dialog.getByRole('button', { name: 'Delete Image' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: `Deleted Image: ${renamed}` }),
    ).toBeVisible();
    await expect(images.row(renamed)).toHaveCount(0);
    expect(await imagesNamed(page.request, prefix)).toEqual([]);
  });
});
