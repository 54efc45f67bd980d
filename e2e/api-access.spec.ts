// Project → API Access: the catalog's endpoints, View Credentials and the two
// downloads (openrc, clouds.yaml), whose content must name the project and hold
// no password.
import { readFile } from 'node:fs/promises';
import { expectAccessible } from './axe';
import { E2E, expect, test } from './fixtures';
import type { Download, Page } from '@playwright/test';

const PATH = '/project/api_access';

async function downloaded(page: Page, link: string): Promise<{ name: string; text: string }> {
  const [download]: [Download, void] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: link, exact: true }).click(),
  ]);
  const file = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(file, 'utf8') };
}

test('API Access: endpoints, credentials and the openrc and clouds.yaml downloads', async ({
  loggedIn: page,
  playwright,
}) => {
  const session = (await (await page.request.get('/api/auth/session')).json()) as {
    project: { id: string; name: string };
    region: string;
  };
  expect(session.project.name).toBe('demo');
  const projectId = session.project.id;

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'API Access' })
    .click();
  await expect(page).toHaveURL(PATH);
  await expect(page.getByRole('heading', { level: 1, name: 'API Access' })).toBeVisible();
  const table = page.getByRole('table', { name: 'API Endpoints' });
  await expect(table.getByRole('columnheader', { name: /^Service/ }).first()).toBeVisible();
  await expect(table.getByRole('columnheader', { name: /Service Endpoint/ })).toBeVisible();
  for (const service of [
    'Compute (compute)',
    'Identity (identity)',
    'Network (network)',
    'Image (image)',
  ])
    await expect(table.getByRole('cell', { name: service, exact: true })).toBeVisible();
  // Keystone's public endpoint is the URL the dashboard signs in to.
  await expect(table.getByRole('row').filter({ hasText: 'Identity (identity)' })).toContainText(
    E2E.mainAuthUrl,
  );
  await expectAccessible(page, 'API Access');

  const view = page.getByRole('button', { name: 'View Credentials' });
  await view.click();
  const dialog = page.getByRole('dialog', { name: 'User Credentials' });
  const field = (label: string) =>
    dialog.getByRole('term').filter({ hasText: label }).locator('xpath=following-sibling::dd[1]');
  await expect(field('User Name')).toHaveText('demo');
  await expect(field('Project Name')).toHaveText('demo');
  await expect(field('Project ID')).toHaveText(projectId);
  await expect(field('Authentication URL')).toHaveText(E2E.mainAuthUrl);
  await expect(field('Region')).toHaveText(session.region);
  await expectAccessible(page, 'User Credentials');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(view).toBeFocused();

  const openrc = await downloaded(page, 'Download OpenStack RC File');
  expect(openrc.name).toBe('demo-openrc.sh');
  expect(openrc.text).toContain(`export OS_PROJECT_ID=${projectId}\n`);
  expect(openrc.text).toContain(`export OS_AUTH_URL=${E2E.mainAuthUrl}\n`);
  expect(openrc.text).toContain('read -sr OS_PASSWORD_INPUT');
  expect(openrc.text.match(/OS_PASSWORD=.*/g)).toEqual(['OS_PASSWORD="$OS_PASSWORD_INPUT"']);

  const clouds = await downloaded(page, 'Download clouds.yaml');
  expect(clouds.name).toBe('clouds.yaml');
  expect(clouds.text).toContain(`      project_id: ${projectId}\n`);
  expect(clouds.text).toContain(`      auth_url: "${E2E.mainAuthUrl}"\n`);
  expect(clouds.text).not.toMatch(/^\s*password:/m);

  // The routes answer GET only, and only to a signed-in browser.
  expect(
    (await page.request.post(`${PATH}/openrc`, { headers: { Origin: E2E.baseUrl } })).status(),
  ).toBe(405);
  const stranger = await playwright.request.newContext({ baseURL: E2E.baseUrl });
  const anonymous = await stranger.get(`${PATH}/clouds.yaml`, { maxRedirects: 0 });
  expect(anonymous.status()).not.toBe(200);
  expect(await anonymous.text()).not.toContain(projectId);
  await stranger.dispose();

  if (E2E.isSandbox) {
    await page.screenshot({ path: `${E2E.screenshotDir}/api-access.png` });
    await page.getByRole('button', { name: /^Theme:/ }).click();
    await page.getByRole('button', { name: /^Theme: Light/ }).click();
    await expect(page.locator('html')).toHaveClass(/dark/);
    await view.click();
    await expect(dialog).toBeVisible();
    await page.screenshot({
      path: `${E2E.screenshotDir}/api-access-dark.png`,
      animations: 'disabled',
    });
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /^Theme: Dark/ }).click();
  }
});
