// Project → Object Store → Containers (Swift), on the sandbox and the devcloud:
// the issue's journey, bad input, a cancelled upload and the stored-script test.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { expectAccessible } from './axe';
import { E2E, expect, PanelPage, test, uniqueName, watchMutations } from './fixtures';
import { expectProgressMoved, fileOf, MB, recordProgress, throttleUploads } from './storage';
import type { APIRequestContext, Page } from '@playwright/test';

const SHOTS = E2E.screenshotDir;
const ORIGIN = { Origin: E2E.baseUrl };

function containersPage(page: Page) {
  return new PanelPage(page, '/project/containers', 'Containers');
}

function objectsOf(page: Page, container: string, path = '') {
  return new PanelPage(
    page,
    `/project/containers/${encodeURIComponent(container)}${path ? `/${path}` : ''}`,
    'Objects',
  );
}

/** Removes a container and everything in it through the proxy (cleanup, whatever the test left). */
async function purge(request: APIRequestContext, container: string) {
  const c = encodeURIComponent(container);
  const list = await request.get(`/api/os/object-store/${c}?format=json`);
  if (list.status() === 404) return;
  for (const o of (await list.json()) as { name: string }[]) {
    await request.delete(
      `/api/os/object-store/${c}/${o.name.split('/').map(encodeURIComponent).join('/')}`,
      { headers: ORIGIN },
    );
  }
  await request.delete(`/api/os/object-store/${c}`, { headers: ORIGIN });
}

test.describe('Containers', () => {
  const made: string[] = [];
  test.afterEach(async ({ page }) => {
    for (const name of made.splice(0)) await purge(page.request, name).catch(() => undefined);
  });

  test('the journey: public container, folder, two uploads with progress, download, copy, private, delete', async ({
    loggedIn: page,
  }) => {
    test.setTimeout(180_000);
    const name = uniqueName('containers');
    made.push(name);
    const containers = containersPage(page);
    await containers.open();

    const dialog = await containers.openAction('Create Container');
    await dialog.getByLabel('Container Name', { exact: true }).fill(name);
    await dialog.getByRole('radio', { name: 'Public', exact: true }).check();
    // Swift's policies from /info, its default chosen.
    const policySelect = dialog.getByLabel('Storage Policy', { exact: true });
    await expect(policySelect.locator('option:checked')).toHaveText(/ \(default\)$/);
    const policy = await policySelect.inputValue();
    await page.screenshot({ path: `${SHOTS}/containers-create.png` });
    const pane = dialog.getByRole('region', { name: 'Equivalent commands' });
    await expect(pane.getByLabel('OpenStack CLI', { exact: true })).toHaveText(
      `openstack container create --public ${name}`,
    );
    await expect(pane.getByLabel('Heat template (HOT)', { exact: true })).toContainText(
      'type: OS::Swift::Container',
    );
    await dialog.getByRole('button', { name: 'Create', exact: true }).click();
    await expect(
      page.getByRole('status').filter({ hasText: `Container "${name}" created.` }),
    ).toBeVisible();
    await expect(containers.row(name)).toContainText('Public');

    // Inside: the info says public and gives the address anyone can read.
    await containers.row(name).getByRole('link', { name, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    const info = page.getByRole('region', { name: 'Container Info' });
    await expect(info).toContainText('Public');
    await expect(info.getByRole('link', { name: new RegExp(`/${name}$`) })).toBeVisible();
    await expect(info.getByLabel('Storage Policy', { exact: true })).toHaveText(policy);
    const count = info.getByLabel('Object Count', { exact: true });
    const size = info.getByLabel('Size', { exact: true });
    await expect(count).toHaveText('0');
    await expect(size).toHaveText('0 bytes');

    const objects = objectsOf(page, name);
    let form = await objects.openAction('Create Folder');
    await form.getByLabel('Folder Name', { exact: true }).fill('docs');
    await form.getByRole('button', { name: 'Create Folder' }).click();
    await expect(objects.row('docs')).toContainText('Folder');
    // The info's counts follow each change without a reload (the folder is a 0-byte object).
    await expect(count).toHaveText('1');
    await objects.row('docs').getByRole('link', { name: 'docs' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'docs' })).toBeVisible();
    await expect(
      page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name }),
    ).toBeVisible();

    // Two files at once, each with its own progress bar, slowed down to be watched.
    const one = fileOf('one.bin', 2 * MB);
    const two = fileOf('two.bin', 2 * MB);
    form = await objects.openAction('Upload File');
    await form.getByLabel('File', { exact: true }).setInputFiles([one, two]);
    await expect(form.getByLabel('Object Name')).toHaveCount(2);
    await expect(form.getByLabel('Object Name').first()).toHaveValue('one.bin');
    const progress = await recordProgress(page);
    const unthrottle = await throttleUploads(page, 1 * MB);
    await form.getByRole('button', { name: 'Upload File', exact: true }).click();
    await expect(form.getByRole('progressbar', { name: 'Uploading two.bin' })).toBeVisible();
    await expect(
      page.getByRole('status').filter({ hasText: 'Uploaded: docs/one.bin, docs/two.bin' }),
    ).toBeVisible({ timeout: 60_000 });
    await unthrottle();
    expectProgressMoved(await progress());
    await expect(objects.row('one.bin')).toContainText('2.0 MB');
    await expect(objects.row('two.bin')).toBeVisible();
    await expect(count).toHaveText('3');
    await expect(size).toHaveText('4.0 MB');

    // Download: the same bytes, under the object's name.
    const download = page.waitForEvent('download');
    await objects.rowAction('one.bin', 'Download');
    const file = await download;
    expect(file.suggestedFilename()).toBe('one.bin');
    expect(Buffer.compare(await readFile(await file.path()), one.buffer)).toBe(0);

    // View Details: Swift's MD5 of the data.
    await objects.row('one.bin').getByRole('link', { name: 'one.bin' }).click();
    const details = page.getByRole('dialog', { name: 'Object Details' });
    await expect(details).toContainText(createHash('md5').update(one.buffer).digest('hex'));
    await details.getByRole('button', { name: 'Close' }).last().click();

    // Edit: new contents under the same name.
    const replacement = fileOf('other.bin', 1024);
    form = await objects.rowAction('one.bin', 'Edit');
    await expect(form.getByRole('heading', { name: 'Edit Object' })).toBeVisible();
    await form.getByLabel('File', { exact: true }).setInputFiles(replacement);
    await expect(form.getByLabel('Object Name', { exact: true })).toHaveValue('docs/one.bin');
    await form.getByRole('button', { name: 'Update Object' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Object "docs/one.bin" updated.' }),
    ).toBeVisible();
    await expect(objects.row('one.bin')).toContainText('1.0 KB');

    // Copy into the container's top level.
    form = await objects.rowAction('two.bin', 'Copy');
    await form.getByLabel('Destination Object Name', { exact: true }).fill('copied.bin');
    await expect(
      form.getByRole('region', { name: 'Equivalent commands' }).getByLabel('OpenStack CLI', {
        exact: true,
      }),
    ).toContainText(`swift copy --destination /${name}/copied.bin ${name} docs/two.bin`);
    await form.getByRole('button', { name: 'Copy Object' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
    await expect(count).toHaveText('4');
    await expect(size).toHaveText('4.0 MB');

    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name }).click();
    await expect(objectsOf(page, name).row('copied.bin')).toContainText('2.0 MB');
    await expectAccessible(page, 'a container page');
    await page.screenshot({ path: `${SHOTS}/containers-objects.png` });
    await page.getByRole('button', { name: /^Theme:/ }).click();
    await page.getByRole('button', { name: /^Theme: Light/ }).click();
    await expect(page.locator('html')).toHaveClass(/dark/);
    await page.screenshot({ path: `${SHOTS}/containers-objects-dark.png`, animations: 'disabled' });
    await expectAccessible(page, 'a container page, dark');
    await page.getByRole('button', { name: /^Theme: Dark/ }).click();

    // Delete selected: the copy, by the toolbar's batch action.
    const top = objectsOf(page, name);
    await top.row('copied.bin').getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Delete Objects' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
    await expect(top.row('copied.bin')).toHaveCount(0);
    await expect(count).toHaveText('3');
    await expect(size).toHaveText('2.0 MB');

    // Back on the list: make it private, then delete it (refused while not empty).
    await containers.open();
    await containers.rowAction(name, 'Make Private');
    await expect(containers.row(name)).toContainText('Not public');
    await expectAccessible(page, 'the Containers panel');
    await page.screenshot({ path: `${SHOTS}/containers.png` });

    let confirm = await containers.rowAction(name, 'Delete Container');
    await confirm.getByRole('button', { name: 'Delete Container' }).click();
    // Swift's 409 in the dialog, in its words; the container stays.
    await expect(confirm.getByRole('alert')).toContainText(`Unable to delete Container: ${name}`);
    await expect(confirm.getByRole('alert')).toContainText(/conflict/i);
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect(containers.row(name)).toBeVisible();

    confirm = await containers.rowAction(name, 'Delete all objects and the container');
    await confirm.getByRole('button', { name: 'Delete all objects and the container' }).click();
    await expect(containers.row(name)).toHaveCount(0);
    // A real Swift's container server may answer for the deleted container a moment longer.
    await expect
      .poll(
        async () =>
          (await page.request.head(`/api/os/object-store/${encodeURIComponent(name)}`)).status(),
        { timeout: 30_000 },
      )
      .toBe(404);

    // My Session lists the uploads and the edit with their commands.
    await page.goto('/settings/session');
    const session = page.getByRole('table', { name: 'Session changes' });
    await expect(session.getByRole('row').filter({ hasText: 'Upload File' })).toHaveCount(2);
    const edit = session.getByRole('row').filter({ hasText: 'Edit Object' });
    await expect(edit).toContainText(`${name}/docs/one.bin`);
    await expect(edit).toContainText('Success');
  });

  test('bad names are refused at the field; HTML names are text; a cancelled upload leaves nothing', async ({
    loggedIn: page,
  }) => {
    test.setTimeout(120_000);
    const containers = containersPage(page);
    await containers.open();
    const mutations = watchMutations(page);
    const dialog = await containers.openAction('Create Container');
    const field = dialog.getByLabel('Container Name', { exact: true });
    const submit = dialog.getByRole('button', { name: 'Create', exact: true });
    await submit.click();
    await expect(dialog.getByText('Enter a container name.')).toBeVisible();
    await field.fill('a/b');
    await expect(dialog.getByText('A container name cannot contain "/".')).toBeVisible();
    await field.fill('c'.repeat(10_000));
    await expect(dialog.getByText('A container name can be at most 256 bytes long.')).toBeVisible();
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(mutations).toEqual([]);

    const name = `${uniqueName('containers')}<img src=x onerror=alert(1)>`;
    made.push(name);
    await field.fill(name);
    await submit.click();
    await expect(containers.row(name)).toBeVisible();
    await expect(containers.table.locator('img')).toHaveCount(0);

    await containers.row(name).getByRole('link', { name, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    const objects = objectsOf(page, name);
    const form = await objects.openAction('Upload File');
    await form.getByLabel('File', { exact: true }).setInputFiles(fileOf('big.bin', 6 * MB));
    await form.getByLabel('Object Name', { exact: true }).fill('a//b');
    await form.getByRole('button', { name: 'Upload File', exact: true }).click();
    await expect(form.getByText(/cannot contain "\/\/"/)).toBeVisible();
    await form.getByLabel('Object Name', { exact: true }).fill('sub/big.bin');
    const unthrottle = await throttleUploads(page, 256 * 1024);
    await form.getByRole('button', { name: 'Upload File', exact: true }).click();
    const bar = form.getByRole('progressbar', { name: 'Uploading sub/big.bin' });
    await expect(bar).toBeVisible();
    await expect.poll(async () => Number(await bar.getAttribute('value'))).toBeGreaterThan(0);
    await form.getByRole('button', { name: 'Cancel upload of sub/big.bin' }).click();
    await unthrottle();
    await expect(form).toHaveCount(0);
    const head = await page.request.head(
      `/api/os/object-store/${encodeURIComponent(name)}/sub/big.bin`,
    );
    expect(head.status()).toBe(404);
    await expect(objects.table.getByRole('row')).not.toContainText(['sub']);
  });

  test('a stored HTML page never runs in the dashboard: attachment, sandbox CSP, refused listings', async ({
    loggedIn: page,
  }) => {
    const name = uniqueName('containers');
    made.push(name);
    const c = encodeURIComponent(name);
    const created = await page.request.put(`/api/os/object-store/${c}`, { headers: ORIGIN });
    expect(created.status()).toBe(201);
    await page.goto(`/project/containers/${c}`);
    const objects = objectsOf(page, name);
    const form = await objects.openAction('Upload File');
    const script =
      '<html><head><title>x</title></head><body><script>localStorage.setItem("pwned","1");document.title="pwned";window.opener&&(window.opener.pwned=1)</script>owned</body></html>';
    await form.getByLabel('File', { exact: true }).setInputFiles({
      name: 'x.html',
      mimeType: 'text/html',
      buffer: Buffer.from(script),
    });
    await form.getByRole('button', { name: 'Upload File', exact: true }).click();
    await expect(objects.row('x.html')).toContainText('text/html');

    const url = `/api/os/object-store/${c}/x.html`;
    // What the dashboard sends: an attachment no browser renders, with a CSP that forbids script.
    const response = await page.request.get(url);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-disposition']).toMatch(/^attachment/);
    expect(response.headers()['content-security-policy']).toContain('sandbox');
    expect(response.headers()['x-content-type-options']).toBe('nosniff');

    // Opened in the tab (as the Download action does): the browser saves it, nothing runs.
    const saved = page.waitForEvent('download');
    await page.goto(url).catch(() => undefined);
    expect((await saved).suggestedFilename()).toBe('x.html');
    // A container listing or the account in a tab: refused outright.
    const listing = await page.goto(`/api/os/object-store/${c}`);
    expect(listing?.status()).toBe(403);
    await page.goto('/project/containers');
    await expect(page.getByRole('heading', { level: 1, name: 'Containers' })).toBeVisible();
    expect(await page.evaluate(() => localStorage.getItem('pwned'))).toBeNull();
    expect(await page.title()).not.toBe('pwned');
  });
});
