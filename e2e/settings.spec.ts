// Settings (user menu): Change Password with Keystone's refusals at the fields and
// a sign-in with the new password (a throwaway user: student02 on the sandbox, one
// made with the admin CLI on the devcloud, removed after); User Settings' time zone
// and date format change the dates the tables show.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { E2E, expect, fillLogin, login, PanelPage, test, uniqueName } from './fixtures';
import type { Page } from '@playwright/test';

const run = promisify(execFile);

async function adminCli(args: string[]): Promise<string> {
  const { stdout } = await run('openstack', args, {
    env: {
      ...process.env,
      OS_CLIENT_CONFIG_FILE: process.env.OS_CLIENT_CONFIG_FILE ?? '/var/lib/devcloud/clouds.yaml',
      OS_CLOUD: 'devcloud-admin',
    },
    timeout: 120_000,
  });
  return stdout.trim();
}

const throwaway = { user: 'student02', password: 'student02', id: '' };

test.describe('Settings', () => {
  test.setTimeout(240_000);

  test.beforeAll(async () => {
    if (E2E.isSandbox) return;
    throwaway.user = uniqueName('pw');
    throwaway.password = 'first-Pass-1';
    throwaway.id = await adminCli([
      'user',
      'create',
      '--password',
      throwaway.password,
      '--project',
      'demo',
      '-f',
      'value',
      '-c',
      'id',
      throwaway.user,
    ]);
    await adminCli(['role', 'add', '--user', throwaway.id, '--project', 'demo', 'member']);
  });

  test.afterAll(async () => {
    if (!E2E.isSandbox && throwaway.id) await adminCli(['user', 'delete', throwaway.id]);
  });

  async function openChangePassword(page: Page) {
    await page.getByRole('button', { name: /User menu/ }).click();
    await page.getByRole('menuitem', { name: 'Change Password' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Change Password' })).toBeVisible();
  }

  test('change password: refusals at the field, then sign in with the new one', async ({
    page,
  }) => {
    await login(page, { user: throwaway.user, password: throwaway.password });
    await openChangePassword(page);
    const current = page.getByLabel('Current Password', { exact: true });
    const next = page.getByLabel('New Password', { exact: true });
    const confirm = page.getByLabel('Confirm New Password', { exact: true });
    const change = page.getByRole('button', { name: 'Change', exact: true });

    await current.fill(throwaway.password);
    await next.fill('second-Pass-2');
    await confirm.fill('second-Pass-3');
    await change.click();
    await expect(confirm).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('Passwords do not match.')).toBeVisible();

    await current.fill('not-my-password');
    await confirm.fill('second-Pass-2');
    await change.click();
    await expect(current).toHaveAttribute('aria-invalid', 'true');
    await expect(
      page.getByText(
        'Keystone refused the current password: The request you have made requires authentication.',
      ),
    ).toBeVisible();

    await current.fill(throwaway.password);
    await change.click();
    await page.waitForURL(/\/login/);
    // Keystone revokes the user's tokens up to the second of the change.
    if (!E2E.isSandbox) await new Promise((r) => setTimeout(r, 1_100));
    await fillLogin(page, { user: throwaway.user, password: throwaway.password });
    await expect(page.getByRole('form', { name: 'Log in' }).getByRole('alert')).toBeVisible();
    await expect(page).toHaveURL(/\/login/);
    await fillLogin(page, { user: throwaway.user, password: 'second-Pass-2' });
    await expect(page.getByRole('button', { name: /User menu/ })).toBeVisible();

    if (E2E.isSandbox) {
      // Give student02 its password back, as the sandbox seeded it.
      await openChangePassword(page);
      await current.fill('second-Pass-2');
      await next.fill(throwaway.password);
      await confirm.fill(throwaway.password);
      await change.click();
      await page.waitForURL(/\/login/);
    }
  });

  test('user settings: the time zone and date format change the dates shown', async ({ page }) => {
    await login(page);
    const panel = new PanelPage(
      page,
      '/identity/application_credentials',
      'Application Credentials',
    );
    const name = uniqueName('tz');
    await panel.open();
    const dialog = await panel.openAction('Create Application Credential');
    await dialog.getByLabel('Name', { exact: true }).fill(name);
    await dialog.getByLabel('Expiration Date', { exact: true }).fill('2031-01-02');
    await dialog.getByLabel('Expiration Time', { exact: true }).fill('03:04');
    await dialog.getByRole('button', { name: 'Create Application Credential' }).click();
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect(panel.row(name)).toContainText('2031-01-02 03:04:00');

    await page.getByRole('button', { name: /User menu/ }).click();
    await page.getByRole('menuitem', { name: 'Settings' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'User Settings' })).toBeVisible();
    await page.getByLabel('Timezone', { exact: true }).selectOption('Asia/Tokyo');
    await page
      .getByLabel('Date Format', { exact: true })
      .selectOption({ label: 'DD.MM.YYYY HH:MM:SS' });
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('Settings saved.')).toBeVisible();

    await panel.open();
    await expect(panel.row(name)).toContainText('02.01.2031 12:04:00');

    const confirm = await panel.rowAction(name, 'Delete Application Credential');
    await confirm.getByRole('button', { name: 'Delete Application Credential' }).click();
    await expect(panel.row(name)).toHaveCount(0, { timeout: 60_000 });
  });
});
