// Instances: every row action the state allows, run through the UI, and the
// state it leads to; filtering and paging with the API's own parameters.
import { E2E, expect, login, PanelPage, test, uniqueName } from './fixtures';
import { bootServer, deleteServers, lookupIds, waitForSettled } from './servers';
import type { Page } from '@playwright/test';

const SLOW = E2E.isSandbox ? 30_000 : 90_000;

function instancesPage(page: Page) {
  return new PanelPage(page, '/project/instances', 'Instances');
}

async function expectStatus(page: Page, name: string, status: string) {
  await waitForSettled(page, name, status, SLOW);
  const row = instancesPage(page).row(name);
  await expect(row.getByText(status, { exact: true }).first()).toBeVisible({ timeout: SLOW });
  await expect(row.getByRole('cell', { name: 'None', exact: true })).toBeVisible({ timeout: SLOW });
}

async function act(page: Page, name: string, action: string, confirm?: string) {
  const dialog = await instancesPage(page).rowAction(name, action, SLOW);
  if (confirm) await dialog.getByRole('button', { name: confirm, exact: true }).click();
  return dialog;
}

test.describe.serial('Instances: row actions', () => {
  const name = uniqueName('instances');
  let page: Page;

  test.beforeAll(async ({ browser }) => {
    page = await browser.newPage();
    await login(page);
    await bootServer(page, name);
  });

  test.afterAll(async () => {
    await deleteServers(page, [name]).catch(() => undefined);
    await page.close();
  });

  test('the new instance becomes Active and shows its address, flavor and image', async () => {
    test.setTimeout(SLOW * 2);
    await instancesPage(page).open();
    await expectStatus(page, name, 'Active');
    const row = instancesPage(page).row(name);
    await expect(row).toContainText('m1.tiny');
    await expect(row).toContainText('cirros-like');
    await expect(row).toContainText(/10\.0\.0\.\d+/);
    await expect(row).toContainText('Running');
  });

  test('shut off, start, pause, resume, suspend, resume', async () => {
    test.setTimeout(SLOW * 7);
    await act(page, name, 'Shut Off Instance', 'Shut Off Instance');
    await expectStatus(page, name, 'Shutoff');
    await expect(instancesPage(page).row(name)).toContainText('Shut Down');
    await act(page, name, 'Start Instance');
    await expectStatus(page, name, 'Active');
    await act(page, name, 'Pause Instance');
    await expectStatus(page, name, 'Paused');
    await act(page, name, 'Resume Instance');
    await expectStatus(page, name, 'Active');
    await act(page, name, 'Suspend Instance');
    await expectStatus(page, name, 'Suspended');
    await act(page, name, 'Resume Suspended Instance');
    await expectStatus(page, name, 'Active');
  });

  test('soft and hard reboot', async () => {
    test.setTimeout(SLOW * 3);
    await act(page, name, 'Soft Reboot Instance', 'Soft Reboot Instance');
    await expectStatus(page, name, 'Active');
    await act(page, name, 'Hard Reboot Instance', 'Hard Reboot Instance');
    await expectStatus(page, name, 'Active');
  });

  test('lock with a reason: actions are withheld until unlocked', async () => {
    const dialog = await act(page, name, 'Lock Instance');
    await dialog.getByLabel('Reason', { exact: true }).fill('exam in progress');
    await dialog.getByRole('button', { name: 'Lock Instance' }).click();
    const row = instancesPage(page).row(name);
    await expect(row.getByRole('img', { name: 'Locked' })).toBeVisible({ timeout: SLOW });
    // Locked: only what Nova still allows a member is offered (no Delete, no Shut Off).
    await row.getByRole('button', { name: `More actions for ${name}` }).click();
    await expect(page.getByRole('menuitem', { name: 'Delete Instance' })).toHaveCount(0);
    await expect(page.getByRole('menuitem', { name: 'Shut Off Instance' })).toHaveCount(0);
    await page.keyboard.press('Escape');
    await act(page, name, 'Unlock Instance');
    await expect(row.getByRole('img', { name: 'Locked' })).toHaveCount(0, { timeout: SLOW });
  });

  test('rescue and unrescue', async () => {
    test.setTimeout(SLOW * 3);
    const dialog = await act(page, name, 'Rescue Instance');
    await dialog.getByRole('button', { name: 'Confirm' }).click();
    await expectStatus(page, name, 'Rescue');
    await act(page, name, 'Unrescue Instance');
    await expectStatus(page, name, 'Active');
  });

  test('resize, then confirm; resize, then revert', async () => {
    test.setTimeout(SLOW * 5);
    let dialog = await act(page, name, 'Resize Instance');
    await dialog
      .getByLabel('New Flavor', { exact: true })
      .selectOption({ label: 'm1.small (1 VCPU, 2048 MB RAM, 20 GB disk)' });
    await dialog.getByRole('button', { name: 'Resize' }).click();
    await expectStatus(page, name, 'Confirm or Revert Resize/Migrate');
    await act(page, name, 'Confirm Resize/Migrate');
    await expectStatus(page, name, 'Active');
    await expect(instancesPage(page).row(name)).toContainText('m1.small');

    dialog = await act(page, name, 'Resize Instance');
    await dialog
      .getByLabel('New Flavor', { exact: true })
      .selectOption({ label: 'm1.tiny (1 VCPU, 512 MB RAM, 1 GB disk)' });
    await dialog.getByRole('button', { name: 'Resize' }).click();
    await expectStatus(page, name, 'Confirm or Revert Resize/Migrate');
    await act(page, name, 'Revert Resize/Migrate', 'Revert Resize/Migrate');
    await expectStatus(page, name, 'Active');
    await expect(instancesPage(page).row(name)).toContainText('m1.small');
  });

  test('rebuild from an image and create a snapshot', async () => {
    test.setTimeout(SLOW * 3);
    let dialog = await act(page, name, 'Rebuild Instance');
    await dialog.getByLabel('Select Image', { exact: true }).selectOption({ label: 'cirros-like' });
    await dialog.getByRole('button', { name: 'Rebuild Instance' }).click();
    await expectStatus(page, name, 'Active');

    dialog = await act(page, name, 'Create Snapshot');
    await dialog.getByLabel('Snapshot Name', { exact: true }).fill(`${name}-snap`);
    await expect(dialog.getByLabel('OpenStack CLI', { exact: true })).toContainText(
      `openstack server image create --name ${name}-snap ${name}`,
    );
    await dialog.getByRole('button', { name: 'Create Snapshot' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: `Snapshot of "${name}" is being created.` }),
    ).toBeVisible();
    const images = await page.request.get(`/api/os/image/v2/images?name=${name}-snap`);
    const snapshots = ((await images.json()) as { images: { id: string }[] }).images;
    expect(snapshots).toHaveLength(1);
    await expectStatus(page, name, 'Active');
    const removed = await page.request.delete(`/api/os/image/v2/images/${snapshots[0]!.id}`, {
      headers: { Origin: E2E.baseUrl },
    });
    expect(removed.status()).toBe(204);
  });

  test('edit the name and metadata; bad input is refused at the field', async () => {
    const renamed = `${name}-renamed`;
    let dialog = await act(page, name, 'Edit Instance');
    await dialog.getByLabel('Name', { exact: true }).fill('n'.repeat(300));
    await expect(dialog.getByText('Name must be 255 characters or fewer.')).toBeVisible();
    await dialog.getByLabel('Name', { exact: true }).fill(renamed);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(instancesPage(page).row(renamed)).toBeVisible();
    await page.getByRole('status').filter({ hasText: 'Modified instance' }).waitFor();

    dialog = await act(page, renamed, 'Update Metadata');
    await dialog.getByLabel('Metadata', { exact: true }).fill('course=cloud-101\nbroken line');
    await expect(dialog.getByText('Line 2: write it as key=value.')).toBeVisible();
    await dialog.getByLabel('Metadata', { exact: true }).fill('course=cloud-101\nrole=web');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Updated metadata' })).toBeVisible();

    dialog = await act(page, renamed, 'Edit Instance');
    await dialog.getByLabel('Name', { exact: true }).fill(name);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(instancesPage(page).row(name)).toBeVisible();
  });

  test('attach and detach an interface', async () => {
    test.setTimeout(SLOW * 3);
    const row = instancesPage(page).row(name);
    let dialog = await act(page, name, 'Attach Interface');
    await dialog.getByLabel('Network', { exact: true }).selectOption({ label: 'private' });
    await dialog.getByRole('button', { name: 'Attach Interface' }).click();
    await expect(row.getByText(/^10\.0\.0\.\d+$/)).toHaveCount(2, { timeout: SLOW });
    dialog = await act(page, name, 'Detach Interface');
    await dialog.getByLabel('Port', { exact: true }).selectOption({ index: 2 });
    await dialog.getByRole('button', { name: 'Detach Interface' }).click();
    await expect(row.getByText(/^10\.0\.0\.\d+$/)).toHaveCount(1, { timeout: SLOW });
  });

  test('the detail page: overview, interfaces, log, console and action log', async () => {
    await act(page, name, 'View Log');
    await expect(page).toHaveURL(/\/project\/instances\/[0-9a-f-]+#log$/);
    await expect(page.getByRole('tab', { name: 'Log', exact: true })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await expect(page.getByLabel('Console output', { exact: true })).not.toHaveText('Loading…', {
      timeout: SLOW,
    });
    await page.getByLabel('Log Length', { exact: true }).fill('abc');
    await expect(
      page.getByText('Log Length must be a whole number from 1 to 999999.'),
    ).toBeVisible();
    await page.getByLabel('Log Length', { exact: true }).fill('5');
    await page.getByRole('button', { name: 'Go' }).click();

    await page.getByRole('tab', { name: 'Overview', exact: true }).click();
    await expect(page.getByRole('region', { name: 'Overview' })).toContainText('course=cloud-101');
    await page.getByRole('tab', { name: 'Interfaces', exact: true }).click();
    await expect(page.getByRole('table', { name: 'Interfaces' })).toContainText(/10\.0\.0\.\d+/);
    await page.getByRole('tab', { name: 'Action Log', exact: true }).click();
    const actions = page.getByRole('table', { name: 'Action Log' });
    for (const action of ['create', 'stop', 'start', 'pause', 'reboot', 'resize', 'rebuild']) {
      await expect(actions.getByRole('cell', { name: action, exact: true }).first()).toBeVisible();
    }
    await page.getByRole('tab', { name: 'Console', exact: true }).click();
    if (E2E.isSandbox) {
      await expect(
        page
          .frameLocator(`iframe[title="Console of ${name}"]`)
          .getByText(/^Connected \(unencrypted\) to: QEMU/),
      ).toBeVisible();
    } else {
      // The devcloud runs no console proxy (no VNC): the tab says so.
      await expect(page.getByText('This cloud offers no console for this instance.')).toBeVisible();
    }
  });

  test('shelve and unshelve, then delete', async () => {
    test.setTimeout(SLOW * 4);
    await instancesPage(page).open();
    await act(page, name, 'Shelve Instance', 'Shelve Instance');
    await expect(
      instancesPage(page)
        .row(name)
        .getByText(/^Shelved( Offloaded)?$/),
    ).toBeVisible({ timeout: SLOW });
    await act(page, name, 'Unshelve Instance');
    await expectStatus(page, name, 'Active');
    await act(page, name, 'Delete Instance', 'Delete Instance');
    await expect(instancesPage(page).row(name)).toHaveCount(0, { timeout: SLOW });
  });
});

test.describe('Instances: filters and paging', () => {
  test('filter by name with the API and page past the first page', async ({ loggedIn: page }) => {
    test.setTimeout(SLOW * 3);
    const prefix = uniqueName('page');
    const names = Array.from({ length: 6 }, (_, i) => `${prefix}-${i}`);
    await lookupIds(page);
    try {
      for (const n of names) await bootServer(page, n);
      const instances = instancesPage(page);
      await instances.open();
      await page.getByLabel('Filter by', { exact: true }).selectOption({ label: 'Instance Name' });
      await page.getByLabel('Filter value', { exact: true }).fill(prefix);
      await page.getByRole('button', { name: 'Filter', exact: true }).click();
      await page.getByLabel('Items per page', { exact: true }).selectOption('5');
      await expect(page.getByText('Displaying 5 items')).toBeVisible({ timeout: SLOW });
      await page.getByRole('button', { name: 'Next »' }).click();
      await expect(page.getByText('Displaying 1 item')).toBeVisible();
      await page.getByRole('button', { name: '« Prev' }).click();
      await expect(page.getByText('Displaying 5 items')).toBeVisible();

      await page.getByLabel('Items per page', { exact: true }).selectOption('20');
      await expect(page.getByText('Displaying 6 items')).toBeVisible();
      await instances.table.getByRole('checkbox', { name: 'Select all rows' }).check();
      await page.getByRole('button', { name: 'Delete Instances' }).click();
      await page.getByRole('alertdialog').getByRole('button', { name: 'Delete Instances' }).click();
      await expect(page.getByText('No instances to display.', { exact: false })).toBeVisible({
        timeout: SLOW,
      });
    } finally {
      await deleteServers(page, names).catch(() => undefined);
    }
  });
});
