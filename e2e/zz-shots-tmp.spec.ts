// Temporary (not committed): screenshots for the UI helper's review.
import { E2E, expect, login, PanelPage, test } from './fixtures';
import { bootServer, deleteServers } from './servers';

const DIR = '/work/shots-ui';

for (const theme of ['light', 'dark'] as const) {
  test(`shots ${theme}`, async ({ page }) => {
    await page.context().addCookies([{ name: 'theme', value: theme, url: E2E.baseUrl }]);
    await login(page);
    test.setTimeout(120_000);
    await bootServer(page, `shot-${theme}`);
    const instances = new PanelPage(page, '/project/instances', 'Instances');
    await instances.open();
    await page.getByRole('button', { name: 'Project: demo' }).click();
    await expect(page.getByRole('menu')).toBeVisible();
    await page.screenshot({ path: `${DIR}/menu-project-${theme}.png` });
    await page.keyboard.press('Escape');
    const more = page.getByRole('button', { name: /^More actions for / }).first();
    await more.click();
    await expect(page.getByRole('menu')).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await page.screenshot({ path: `${DIR}/menu-row-${theme}.png` });
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Launch Instance', exact: true }).click();
    const wizard = page.getByRole('dialog', { name: 'Launch Instance' });
    await expect(wizard).toBeVisible();
    await page.screenshot({ path: `${DIR}/wizard-details-${theme}.png` });
    await wizard.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: /^Source/ }).click();
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: `${DIR}/wizard-source-${theme}.png` });
    await page.keyboard.press('Escape');
    const keypairs = new PanelPage(page, '/project/key_pairs', 'Key Pairs');
    await keypairs.open();
    await page.getByRole('button', { name: 'Create Key Pair', exact: true }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.screenshot({ path: `${DIR}/dialog-create-keypair-${theme}.png` });
    await page.keyboard.press('Escape');
    await instances.open();
    const name = await page.getByRole('button', { name: /^More actions for / }).first().getAttribute('aria-label');
    await instances.rowAction(name!.replace('More actions for ', ''), 'Delete Instance');
    await expect(page.getByRole('alertdialog')).toBeVisible();
    await page.screenshot({ path: `${DIR}/confirm-delete-${theme}.png` });
    await page.keyboard.press('Escape');
    await deleteServers(page, [`shot-${theme}`]);
  });
}
