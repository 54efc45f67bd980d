// Launch Instance: the wizard as a student uses it, its checks at the field,
// and Nova's own words when it refuses (here: the instance quota).
import { E2E, expect, login, PanelPage, test, uniqueName } from './fixtures';
import { chooseFlavorAndNetwork, step } from './launch-wizard';
import { bootServer, deleteServers } from './servers';
import type { Browser, Page } from '@playwright/test';

const SLOW = E2E.isSandbox ? 30_000 : 90_000;

async function openWizard(page: Page) {
  const instances = new PanelPage(page, '/project/instances', 'Instances');
  await instances.open();
  await page.getByRole('button', { name: 'Launch Instance', exact: true }).click();
  const wizard = page.getByRole('dialog', { name: 'Launch Instance' });
  await expect(wizard).toBeVisible();
  return { instances, wizard };
}

async function fillRequired(page: Page, name: string) {
  const wizard = page.getByRole('dialog', { name: 'Launch Instance' });
  await wizard.getByLabel('Instance Name', { exact: true }).fill(name);
  await step(page, 'Source');
  await wizard.getByRole('radio', { name: 'Select cirros-like', exact: true }).check();
  // With one network the wizard has chosen it; with several (other specs may
  // have made some) Nova needs one named.
  await chooseFlavorAndNetwork(page);
}

async function demoProjectId(page: Page): Promise<string> {
  const session = (await (await page.request.get('/api/auth/session')).json()) as {
    project: { id: string };
  };
  return session.project.id;
}

async function adminPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  await login(page, { user: 'admin', password: 'admin' });
  return page;
}

async function setInstanceQuota(admin: Page, projectId: string, instances: number) {
  const response = await admin.request.put(`/api/os/compute/os-quota-sets/${projectId}`, {
    headers: { Origin: E2E.baseUrl },
    data: { quota_set: { instances } },
  });
  expect(response.status(), await response.text()).toBe(200);
}

test.describe('Launch Instance', () => {
  test('launch through the wizard: equivalents follow, the instance becomes Active', async ({
    loggedIn: page,
  }) => {
    test.setTimeout(SLOW * 2);
    const name = uniqueName('launch');
    try {
      const { instances, wizard } = await openWizard(page);
      await expect(wizard.getByRole('button', { name: 'Launch Instance' })).toBeDisabled();
      await fillRequired(page, name);
      const cli = wizard.getByLabel('OpenStack CLI', { exact: true });
      await expect(cli).toContainText('openstack server create');
      await expect(cli).toContainText('--flavor m1.tiny');
      await expect(cli).toContainText('--image cirros-like');
      await expect(cli).toContainText(name);
      await expect(wizard.getByLabel('Heat template (HOT)', { exact: true })).toContainText(
        'OS::Nova::Server',
      );
      await wizard.getByRole('button', { name: 'Launch Instance' }).click();
      await expect(
        page.getByRole('status').filter({ hasText: `Launched instance "${name}".` }),
      ).toBeVisible();
      await expect(instances.row(name).getByText('Active', { exact: true })).toBeVisible({
        timeout: SLOW,
      });
    } finally {
      await deleteServers(page, [name]);
    }
  });

  test('bad input gets a clear message at the field', async ({ loggedIn: page }) => {
    const { wizard } = await openWizard(page);
    const nameField = wizard.getByLabel('Instance Name', { exact: true });
    await nameField.fill('x');
    await nameField.fill('');
    await expect(wizard.getByText('Enter an instance name.')).toBeVisible();
    await nameField.fill('n'.repeat(10_000));
    await expect(wizard.getByText(/^Instance Name must be 255 characters or fewer/)).toBeVisible();
    // HTML is just text in a name: accepted, shown as typed, never run.
    await nameField.fill('<b>web</b>');
    await expect(wizard.getByText(/^Instance Name must be 255 characters or fewer/)).toHaveCount(0);
    await expect(
      wizard
        .getByText(/Instance Name/)
        .locator('..')
        .getByText(/must|required/),
    ).toHaveCount(0);

    const count = wizard.getByLabel('Count', { exact: true });
    await count.fill('0');
    await expect(wizard.getByText('Count must be at least 1.')).toBeVisible();
    await count.fill('1000');
    await expect(wizard.getByText(/^At most \d+ instances? can be launched/)).toBeVisible();
    await count.fill('1');

    await step(page, 'Configuration');
    await wizard.getByLabel('Load Customisation Script from a file').setInputFiles({
      name: 'big.sh',
      mimeType: 'text/x-shellscript',
      buffer: Buffer.from(`#!/bin/sh\n${'echo filler\n'.repeat(6_000)}`),
    });
    await expect(wizard.getByText(/^The script is 70\.\d KB/)).toBeVisible();
    await expect(wizard.getByRole('button', { name: 'Launch Instance' })).toBeDisabled();
    await wizard.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });

  // Exclusive: it lowers the project's instance quota (scripts/e2e-parallel.sh).
  test(
    "hitting the instance quota shows Nova's message in the wizard",
    { tag: '@exclusive' },
    async ({ loggedIn: page, browser }) => {
      test.setTimeout(SLOW * 2);
      const admin = await adminPage(browser);
      const projectId = await demoProjectId(page);
      const before = (await (
        await admin.request.get(`/api/os/compute/os-quota-sets/${projectId}/detail`)
      ).json()) as { quota_set: { instances: { limit: number; in_use: number } } };
      const name = uniqueName('quota');
      try {
        const { wizard } = await openWizard(page);
        await fillRequired(page, name);
        // The quota shrinks while the wizard is open, as when a classmate launches first.
        await setInstanceQuota(admin, projectId, before.quota_set.instances.in_use);
        await wizard.getByRole('button', { name: 'Launch Instance' }).click();
        await expect(wizard.getByRole('alert')).toContainText('Quota exceeded for instances');
        await step(page, 'Details');
        await expect(wizard.getByLabel('Instance Name', { exact: true })).toHaveValue(name);
      } finally {
        await setInstanceQuota(admin, projectId, before.quota_set.instances.limit);
        await deleteServers(page, [name]);
        await admin.close();
      }
    },
  );
});

test.describe('Instances screenshots', () => {
  test('the panel with instances in several states, and the wizard', async ({ loggedIn: page }) => {
    test.skip(!E2E.isSandbox, 'the README screenshots are taken on the sandbox run');
    test.setTimeout(SLOW * 3);
    const names = ['web-1', 'web-2', 'db-1', 'build-box'];
    try {
      for (const name of names) await bootServer(page, name);
      const instances = new PanelPage(page, '/project/instances', 'Instances');
      await instances.open();
      for (const name of names) {
        await expect(instances.row(name).getByText('Active', { exact: true })).toBeVisible({
          timeout: SLOW,
        });
      }
      await (
        await instances.rowAction('db-1', 'Shut Off Instance')
      )
        .getByRole('button', { name: 'Shut Off Instance' })
        .click();
      await expect(instances.row('db-1').getByText('Shutoff', { exact: true })).toBeVisible({
        timeout: SLOW,
      });
      await instances.rowAction('web-2', 'Pause Instance');
      await expect(instances.row('web-2').getByText('Paused', { exact: true }).first()).toBeVisible(
        { timeout: SLOW },
      );
      const dismiss = page.getByRole('button', { name: 'Dismiss notification' });
      while (await dismiss.count()) await dismiss.first().click();
      await page.screenshot({ path: `${E2E.screenshotDir}/instances.png` });

      await page.getByRole('button', { name: 'Launch Instance', exact: true }).click();
      await fillRequired(page, 'web-3');
      await page.screenshot({ path: `${E2E.screenshotDir}/launch-instance.png` });
      await page
        .getByRole('dialog', { name: 'Launch Instance' })
        .getByRole('button', { name: 'Cancel' })
        .click();
    } finally {
      await deleteServers(page, names);
    }
  });
});
