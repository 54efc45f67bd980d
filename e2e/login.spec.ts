import { DEMO, E2E, expect, fillLogin, login, test } from './fixtures';

test.describe('Login', () => {
  test('signs in to Keystone and lands on the project', async ({ page }) => {
    await login(page, DEMO);
    // /project lands on the first Project panel: the Overview.
    await expect(page).toHaveURL(/\/project\/overview$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Project: demo' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Region: RegionOne' })).toBeVisible();
    await expect(
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Key Pairs' }),
    ).toBeVisible();
  });

  test('wrong password says "Invalid credentials." at the form', async ({ page }) => {
    await page.goto('/login');
    await fillLogin(page, { user: 'demo', password: 'wrong' });
    await expect(page.getByRole('form', { name: 'Log in' }).getByRole('alert')).toHaveText(
      'Invalid credentials.',
    );
    await expect(page).toHaveURL(/\/login/);
    await expect(page.getByLabel('User Name', { exact: true })).toHaveValue('demo');
  });

  test('an unreachable Keystone is named in the message', async ({ page }) => {
    await page.goto('/login');
    await fillLogin(page, { ...DEMO, cloud: 'Offline cloud' });
    await expect(page.getByRole('form', { name: 'Log in' }).getByRole('alert')).toContainText(
      `Could not reach Keystone at ${E2E.unreachableAuthUrl}`,
    );
  });

  test('empty and oversized fields get messages at the field', async ({ page }) => {
    await page.goto('/login');
    await page.getByLabel('Domain', { exact: true }).fill('');
    await page.getByRole('button', { name: 'Sign In' }).click();
    await expect(page.getByText('User Name is required.')).toBeVisible();
    await expect(page.getByText('Password is required.')).toBeVisible();
    await expect(page.getByText('Domain is required.')).toBeVisible();
    await expect(page.getByLabel('User Name', { exact: true })).toHaveAttribute(
      'aria-invalid',
      'true',
    );

    await page.getByLabel('User Name', { exact: true }).fill('u'.repeat(10_000));
    await expect(page.getByText('User Name must be 255 characters or fewer.')).toBeVisible();
  });

  test('HTML in the user name is just text and fails as bad credentials', async ({ page }) => {
    await page.goto('/login');
    await fillLogin(page, { user: '<img src=x onerror=alert(1)>', password: 'x' });
    await expect(page.getByRole('form', { name: 'Log in' }).getByRole('alert')).toHaveText(
      'Invalid credentials.',
    );
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
  });

  test('a page asked for before login is reached after it', async ({ page }) => {
    await page.goto('/project/key_pairs?from=test');
    await expect(page).toHaveURL(/\/login\?callbackUrl=/);
    await fillLogin(page, DEMO);
    await expect(page).toHaveURL(/\/project\/key_pairs\?from=test$/);
  });

  test('a foreign callbackUrl never leaves the site', async ({ page }) => {
    await page.goto('/login?callbackUrl=https://evil.example/steal');
    await fillLogin(page, DEMO);
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    expect(new URL(page.url()).origin).toBe(E2E.baseUrl);
  });
});
