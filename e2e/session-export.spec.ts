// My Session (issue 12 §3): the changes made in the UI are listed with the cloud's
// answer, and the downloaded shell script holds the successful ones as commands.
import { readFile } from 'node:fs/promises';
import { expectAccessible } from './axe';
import { E2E, expect, PanelPage, test, uniqueName } from './fixtures';
import { ed25519PublicKey } from './keys';

test.describe('My Session', () => {
  test('lists two changes and a refusal, and downloads them as a shell script', async ({
    loggedIn: page,
  }) => {
    const key = uniqueName('session-key');
    const group = uniqueName('session-sg');

    // 1. Import a public key (a form).
    const keypairs = new PanelPage(page, '/project/key_pairs', 'Key Pairs');
    await keypairs.open();
    let dialog = await keypairs.openAction('Import Public Key');
    await dialog.getByLabel('Key Pair Name', { exact: true }).fill(key);
    await dialog.getByLabel('Public Key', { exact: true }).fill(ed25519PublicKey());
    await dialog.getByRole('button', { name: 'Import Public Key' }).click();
    await expect(keypairs.row(key)).toBeVisible({ timeout: 30_000 });

    // 2. The same name again: Nova refuses, and the refusal is listed too.
    dialog = await keypairs.openAction('Import Public Key');
    await dialog.getByLabel('Key Pair Name', { exact: true }).fill(key);
    await dialog.getByLabel('Public Key', { exact: true }).fill(ed25519PublicKey());
    await dialog.getByRole('button', { name: 'Import Public Key' }).click();
    const refusal = dialog.getByRole('alert');
    await expect(refusal).toBeVisible({ timeout: 30_000 });
    const refusalText = (await refusal.innerText()).replace(/^Error\s*/, '').trim();
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    // 3. Create a security group (another panel's form).
    const groups = new PanelPage(page, '/project/security_groups', 'Security Groups');
    await groups.open();
    dialog = await groups.openAction('Create Security Group');
    await dialog.getByLabel('Name', { exact: true }).fill(group);
    await dialog.getByRole('button', { name: 'Create Security Group' }).click();
    await expect(groups.row(group)).toBeVisible({ timeout: 30_000 });

    // 4. Delete the key pair (a row action with a confirmation).
    await keypairs.open();
    await keypairs.rowAction(key, 'Delete Key Pair');
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete Key Pair' }).click();
    await expect(keypairs.row(key)).toHaveCount(0, { timeout: 30_000 });

    // My Session, from the user menu.
    await page.getByRole('button', { name: /^User menu/ }).click();
    await page.getByRole('menuitem', { name: 'My Session' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'My Session' })).toBeVisible();
    const table = page.getByRole('table', { name: 'Session changes' });
    const rows = table.getByRole('row');
    // Newest first.
    const deleted = rows.filter({ hasText: 'Delete Key Pair' });
    await expect(deleted).toContainText('Success');
    await expect(deleted).toContainText(key);
    await expect(rows.filter({ hasText: 'Create Security Group' })).toContainText(group);
    const imports = rows.filter({ hasText: 'Import Public Key' });
    await expect(imports).toHaveCount(2);
    await expect(imports.filter({ hasText: 'Success' })).toHaveCount(1);
    await expect(imports.filter({ hasText: `Error: ${refusalText.slice(0, 40)}` })).toHaveCount(1);
    await expect(page.getByText('1 failed change is listed below')).toBeVisible();
    await page.screenshot({ path: `${E2E.screenshotDir}/my-session.png` });
    await expectAccessible(page, 'My Session');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download Shell Script' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^session-.*\.sh$/);
    const script = await readFile(await file.path(), 'utf8');
    const lines = script.split('\n');
    expect(lines[0]).toBe('#!/usr/bin/env bash');
    expect(lines).toContain('set -euo pipefail');
    expect(script).toMatch(/source \S*openrc/);
    const commands = lines.filter((l) => l.startsWith('openstack '));
    expect(commands).toEqual([
      `openstack keypair create --public-key ~/.ssh/id_ed25519.pub ${key}`,
      `openstack security group create ${group}`,
      `openstack keypair delete ${key}`,
    ]);

    // The Heat template holds the creations.
    const hot = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download Heat Template' }).click();
    const template = await readFile(await (await hot).path(), 'utf8');
    expect(template).toContain('OS::Nova::KeyPair');
    expect(template).toContain('OS::Neutron::SecurityGroup');

    // Clear empties the list.
    await page.getByRole('button', { name: 'Clear', exact: true }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Clear' }).click();
    await expect(table).toContainText('No changes recorded in this session yet.');
    await expect(page.getByRole('button', { name: 'Download Shell Script' })).toBeDisabled();

    // Clean up the group through the UI.
    await groups.open();
    await groups.rowAction(group, 'Delete Security Group');
    await page
      .getByRole('alertdialog')
      .getByRole('button', { name: 'Delete Security Group' })
      .click();
    await expect(groups.row(group)).toHaveCount(0, { timeout: 30_000 });
  });

  test('the log is cleared at sign-out', async ({ loggedIn: page }) => {
    const groups = new PanelPage(page, '/project/security_groups', 'Security Groups');
    const group = uniqueName('session-out');
    await groups.open();
    const dialog = await groups.openAction('Create Security Group');
    await dialog.getByLabel('Name', { exact: true }).fill(group);
    await dialog.getByRole('button', { name: 'Create Security Group' }).click();
    await expect(groups.row(group)).toBeVisible({ timeout: 30_000 });
    await groups.rowAction(group, 'Delete Security Group');
    await page
      .getByRole('alertdialog')
      .getByRole('button', { name: 'Delete Security Group' })
      .click();
    await expect(groups.row(group)).toHaveCount(0, { timeout: 30_000 });
    const stored = () =>
      page.evaluate(
        () => Object.keys(localStorage).filter((k) => k.startsWith('session-log:')).length,
      );
    expect(await stored()).toBe(1);
    await page.getByRole('button', { name: /^User menu/ }).click();
    await page.getByRole('menuitem', { name: 'Sign Out' }).click();
    await page.waitForURL(/\/login/);
    expect(await stored()).toBe(0);
  });
});
