import { SANDBOX_ONLY } from './env';
import { DEMO, E2E, expect, login, PanelPage, test, uniqueName } from './fixtures';
import { ed25519PublicKey } from './keys';
import { keystoneAccepts, sandboxTokens } from './sandbox-tokens';

test.describe('Session', () => {
  test('switches project from the header without logging out', async ({ loggedIn: page }) => {
    await page.getByRole('button', { name: 'Project: demo' }).click();
    await page.getByRole('menuitemradio', { name: 'class-lab' }).click();
    await expect(page.getByRole('button', { name: 'Project: class-lab' })).toBeVisible();
    await expect(page).toHaveURL(/\/project\/overview$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  });

  test('switches region: each region has its own key pairs', async ({ loggedIn: page }) => {
    test.skip(!E2E.isSandbox, SANDBOX_ONLY.regions);
    const keypairs = new PanelPage(page, '/project/key_pairs', 'Key Pairs');
    const name = uniqueName('region');
    await keypairs.open();
    const dialog = await keypairs.openAction('Import Public Key');
    await dialog.getByLabel('Key Pair Name', { exact: true }).fill(name);
    await dialog.getByLabel('Public Key', { exact: true }).fill(ed25519PublicKey());
    await dialog.getByRole('button', { name: 'Import Public Key' }).click();
    await expect(keypairs.row(name)).toBeVisible();

    await page.getByRole('button', { name: 'Region: RegionOne' }).click();
    await page.getByRole('menuitemradio', { name: 'RegionTwo' }).click();
    await expect(page.getByRole('button', { name: 'Region: RegionTwo' })).toBeVisible();
    await expect(keypairs.table).not.toHaveAttribute('aria-busy', 'true');
    await expect(keypairs.row(name)).toHaveCount(0);

    await page.getByRole('button', { name: 'Region: RegionTwo' }).click();
    await page.getByRole('menuitemradio', { name: 'RegionOne' }).click();
    await expect(keypairs.row(name)).toBeVisible();
    await (
      await keypairs.rowAction(name, 'Delete Key Pair')
    )
      .getByRole('button', { name: 'Delete Key Pair' })
      .click();
    await expect(keypairs.row(name)).toHaveCount(0);
  });

  test('sign out revokes the session and protects the pages again', async ({ page }) => {
    const before = E2E.isSandbox ? await sandboxTokens() : [];
    await login(page, DEMO);
    const mine = E2E.isSandbox ? (await sandboxTokens()).filter((t) => !before.includes(t)) : [];
    if (E2E.isSandbox) expect(mine.length).toBeGreaterThan(0);
    for (const token of mine) expect(await keystoneAccepts(token)).toBe(true);
    await page.getByRole('button', { name: 'User menu' }).click();
    await page.getByRole('menuitem', { name: 'Sign Out' }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto('/project/key_pairs');
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fproject%2Fkey_pairs/);
    const proxied = await page.request.get('/api/os/compute/os-keypairs');
    expect(proxied.status()).toBe(401);
    // Revoked at Keystone itself, not only forgotten by the browser.
    for (const token of mine) expect(await keystoneAccepts(token)).toBe(false);
  });

  test('token expiry sends the user to login and back to the same page', async ({ page }) => {
    test.skip(!E2E.isSandbox, SANDBOX_ONLY.expiry);
    test.setTimeout(E2E.shortTokenTtl * 1000 + 60_000);
    await login(page, { ...DEMO, cloud: 'Sandbox cloud (short tokens)' });
    const keypairs = new PanelPage(page, '/project/key_pairs?page=expiry', 'Key Pairs');
    await keypairs.open();
    // Nothing is clicked: the page itself notices the expiry.
    await expect(page).toHaveURL(/\/login\?reason=expired/, {
      timeout: E2E.shortTokenTtl * 1000 + 15_000,
    });
    await expect(page.getByText('Your session has expired.')).toBeVisible();
    await page
      .getByLabel('Cloud', { exact: true })
      .selectOption({ label: 'Sandbox cloud (short tokens)' });
    await page.getByLabel('User Name', { exact: true }).fill('demo');
    await page.getByLabel('Password', { exact: true }).fill('demo');
    await page.getByRole('button', { name: 'Sign In' }).click();
    await expect(page).toHaveURL(/\/project\/key_pairs\?page=expiry$/);
  });
});
