import { readFile } from 'node:fs/promises';
import { E2E, expect, PanelPage, test, uniqueName, watchMutations } from './fixtures';
import { ed25519PublicKey } from './keys';

test.describe('Key Pairs', () => {
  test('create a key pair: equivalents follow the form, the private key downloads once', async ({
    loggedIn: page,
  }) => {
    const keypairs = new PanelPage(page, '/project/key_pairs', 'Key Pairs');
    const name = uniqueName('keypairs');
    await keypairs.open();
    const dialog = await keypairs.openAction('Create Key Pair');
    await expect(dialog.getByRole('heading', { name: 'Create Key Pair' })).toBeVisible();

    const pane = dialog.getByRole('region', { name: 'Equivalent commands' });
    await dialog.getByLabel('Key Pair Name', { exact: true }).fill(name);
    await expect(pane.getByLabel('OpenStack CLI', { exact: true })).toContainText(
      `openstack keypair create --private-key ${name}.pem ${name}`,
    );
    await expect(pane.getByLabel('Python (openstacksdk)', { exact: true })).toContainText(
      `conn.compute.create_keypair(name="${name}", type="ssh")`,
    );
    await expect(pane.getByLabel('Heat template (HOT)', { exact: true })).toContainText(
      'type: OS::Nova::KeyPair',
    );
    await expect(pane.getByLabel('Heat template (HOT)', { exact: true })).toContainText(
      `name: ${name}`,
    );
    await expect(pane.getByRole('button', { name: 'Copy OpenStack CLI' })).toBeVisible();

    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Create Key Pair' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`${name}.pem`);
    const pem = await readFile(await file.path(), 'utf8');
    expect(pem).toMatch(/-----BEGIN (RSA )?PRIVATE KEY-----/);
    await expect(dialog.getByText(`Key pair "${name}" was created.`)).toBeVisible();
    await dialog.getByRole('button', { name: 'Done' }).click();

    await expect(keypairs.row(name)).toBeVisible();
    await expect(page.getByText(/Displaying \d+ items?/)).toBeVisible();

    // Detail page: no private key anywhere, the public key is shown.
    await keypairs.row(name).getByRole('link', { name }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Overview' })).toContainText('ssh-rsa');
    await expect(page.getByRole('region', { name: 'Overview' })).not.toContainText('PRIVATE KEY');
    await page.getByRole('button', { name: 'Delete Key Pair' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete Key Pair' }).click();
    await expect(page).toHaveURL(/\/project\/key_pairs$/);
    await expect(keypairs.row(name)).toHaveCount(0);
  });

  test("import a public key, refuse a malformed one, and show Nova's conflict text", async ({
    loggedIn: page,
  }) => {
    const keypairs = new PanelPage(page, '/project/key_pairs', 'Key Pairs');
    const name = uniqueName('import');
    await keypairs.open();
    let dialog = await keypairs.openAction('Import Public Key');
    await dialog.getByLabel('Key Pair Name', { exact: true }).fill(name);
    await dialog.getByLabel('Public Key', { exact: true }).fill('ssh-rsa not-a-key');
    await dialog.getByRole('button', { name: 'Import Public Key' }).click();
    await expect(
      dialog.getByText('This is not an OpenSSH public key.', { exact: false }),
    ).toBeVisible();
    await expect(dialog.getByLabel('Public Key', { exact: true })).toHaveAttribute(
      'aria-invalid',
      'true',
    );

    const key = ed25519PublicKey();
    await dialog.getByLabel('Public Key', { exact: true }).fill(key);
    await expect(
      dialog
        .getByRole('region', { name: 'Equivalent commands' })
        .getByLabel('OpenStack CLI', { exact: true }),
    ).toContainText(`openstack keypair create --public-key ~/.ssh/id_ed25519.pub ${name}`);
    await dialog.getByRole('button', { name: 'Import Public Key' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: `Imported public key "${name}".` }),
    ).toBeVisible();
    await expect(keypairs.row(name)).toBeVisible();
    await expect(keypairs.row(name)).toContainText('ssh');

    // The same name again: Nova refuses, and its own words appear at the form.
    dialog = await keypairs.openAction('Import Public Key');
    await dialog.getByLabel('Key Pair Name', { exact: true }).fill(name);
    await dialog.getByLabel('Public Key', { exact: true }).fill(key);
    await dialog.getByRole('button', { name: 'Import Public Key' }).click();
    await expect(dialog.getByRole('alert')).toContainText(`Key pair '${name}' already exists.`);
    await expect(dialog.getByLabel('Key Pair Name', { exact: true })).toHaveValue(name);
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    await (
      await keypairs.rowAction(name, 'Delete Key Pair')
    )
      .getByRole('button', { name: 'Delete Key Pair' })
      .click();
    await expect(keypairs.row(name)).toHaveCount(0);
  });

  test('bad names get a clear message at the field and never reach the cloud', async ({
    loggedIn: page,
  }) => {
    const keypairs = new PanelPage(page, '/project/key_pairs', 'Key Pairs');
    await keypairs.open();
    const mutations = watchMutations(page);
    const dialog = await keypairs.openAction('Create Key Pair');
    const field = dialog.getByLabel('Key Pair Name', { exact: true });
    await dialog.getByRole('button', { name: 'Create Key Pair' }).click();
    await expect(dialog.getByText('Key Pair Name is required.')).toBeVisible();
    await field.fill('k'.repeat(10_000));
    await expect(dialog.getByText('Key Pair Name must be 255 characters or fewer.')).toBeVisible();
    await field.fill('<script>alert(1)</script>');
    await expect(
      dialog.getByText(
        'Key Pair Name may only contain letters, numbers, spaces, underscores and hyphens.',
      ),
    ).toBeVisible();
    // Submitting again puts the keyboard back on the field that needs fixing.
    await page.keyboard.press('Tab');
    await dialog.getByRole('button', { name: 'Create Key Pair' }).click();
    await expect(field).toBeFocused();
    expect(mutations).toEqual([]);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });

  test('delete several key pairs at once from the selection', async ({ loggedIn: page }) => {
    const keypairs = new PanelPage(page, '/project/key_pairs', 'Key Pairs');
    const names = [uniqueName('batch'), uniqueName('batch')];
    await keypairs.open();
    for (const name of names) {
      const dialog = await keypairs.openAction('Import Public Key');
      await dialog.getByLabel('Key Pair Name', { exact: true }).fill(name);
      await dialog.getByLabel('Public Key', { exact: true }).fill(ed25519PublicKey());
      await dialog.getByRole('button', { name: 'Import Public Key' }).click();
      await expect(keypairs.row(name)).toBeVisible();
    }
    await expect(page.getByRole('button', { name: 'Delete Key Pairs' })).toBeDisabled();
    for (const name of names)
      await keypairs.table.getByRole('checkbox', { name: `Select ${name}` }).check();
    await page.getByRole('button', { name: 'Delete Key Pairs' }).click();
    const dialog = page.getByRole('alertdialog');
    await expect(dialog).toContainText(names[0]!);
    await expect(dialog.getByLabel('OpenStack CLI', { exact: true })).toContainText(
      `openstack keypair delete ${[...names].sort().join(' ')}`,
    );
    await dialog.getByRole('button', { name: 'Delete Key Pairs' }).click();
    for (const name of names) await expect(keypairs.row(name)).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: 'Deleted Key Pairs:' })).toBeVisible();
  });

  test("pages through many key pairs with the API's markers", async ({ loggedIn: page }) => {
    const keypairs = new PanelPage(page, '/project/key_pairs', 'Key Pairs');
    // 23 key pairs through the proxy itself, as the browser would create them.
    const prefix = uniqueName('page');
    for (let i = 0; i < 23; i++) {
      const response = await page.request.post('/api/os/compute/os-keypairs', {
        headers: { Origin: E2E.baseUrl },
        data: {
          keypair: {
            name: `${prefix}-${String(i).padStart(2, '0')}`,
            public_key: ed25519PublicKey(),
          },
        },
      });
      expect(response.status()).toBeLessThan(300);
    }
    await keypairs.open();
    await page.getByLabel('Items per page', { exact: true }).selectOption('20');
    await expect(page.getByText('Displaying 20 items')).toBeVisible();
    await page.getByRole('button', { name: 'Next »' }).click();
    await expect(page.getByText(/Displaying \d items?/)).toBeVisible();
    await page.getByRole('button', { name: '« Prev' }).click();
    await expect(page.getByText('Displaying 20 items')).toBeVisible();
    await page.getByLabel('Items per page', { exact: true }).selectOption('50');
    await expect(page.getByRole('button', { name: 'Next »' })).toBeDisabled();

    await keypairs.table.getByRole('checkbox', { name: 'Select all rows' }).check();
    await page.getByRole('button', { name: 'Delete Key Pairs' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete Key Pairs' }).click();
    await expect(page.getByText('No items to display.')).toBeVisible();
  });

  test('screenshots of the panel in light and dark mode', async ({ loggedIn: page }) => {
    test.skip(!E2E.isSandbox, 'the README screenshots are taken on the sandbox run');
    const keypairs = new PanelPage(page, '/project/key_pairs', 'Key Pairs');
    const names = ['web-servers', 'laptop', 'ci-runner'];
    for (const name of names) {
      await page.request.post('/api/os/compute/os-keypairs', {
        headers: { Origin: E2E.baseUrl },
        data: { keypair: { name, public_key: ed25519PublicKey(`${name}@class`) } },
      });
    }
    await keypairs.open();
    await page.screenshot({ path: `${E2E.screenshotDir}/key-pairs.png` });
    const dialog = await keypairs.openAction('Create Key Pair');
    await dialog.getByLabel('Key Pair Name', { exact: true }).fill('student-key');
    await page.screenshot({ path: `${E2E.screenshotDir}/create-key-pair.png` });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: /^Theme:/ }).click();
    await page.getByRole('button', { name: /^Theme: Light/ }).click();
    await expect(page.locator('html')).toHaveClass(/dark/);
    await page.screenshot({
      path: `${E2E.screenshotDir}/key-pairs-dark.png`,
      animations: 'disabled',
    });
    await page.getByRole('button', { name: /^Theme: Dark/ }).click();
    for (const name of names) {
      await page.request.delete(`/api/os/compute/os-keypairs/${name}`, {
        headers: { Origin: E2E.baseUrl },
      });
    }
  });
});
