// An axe sweep (WCAG 2.1 A and AA): every panel page, the login page, a detail
// page, and every dialog a user can open there: each create form, row-action
// forms, a delete confirmation and each step of the Launch Instance wizard.
import { expectAccessible } from './axe';
import { SANDBOX_ONLY } from './env';
import { E2E, expect, login, PanelPage, test, uniqueName } from './fixtures';
import { bootServer, deleteServers } from './servers';
import { PANEL_LIST } from '../lib/panels';
import type { Locator, Page } from '@playwright/test';

const ADMIN = { user: 'admin', password: 'admin' };

/** The create forms each panel offers, by the label of their button. */
/** A panel's create buttons, each with its dialog's name when that differs from the button's. */
const CREATE_FORMS: Record<string, (string | [button: string, dialog: string])[]> = {
  '/project/key_pairs': ['Create Key Pair', 'Import Public Key'],
  '/project/server_groups': ['Create Server Group'],
  '/project/networks': ['Create Network'],
  '/project/routers': ['Create Router'],
  '/project/security_groups': ['Create Security Group'],
  '/project/floating_ips': [['Allocate IP To Project', 'Allocate Floating IP']],
  '/admin/flavors': ['Create Flavor'],
};

function anyDialog(page: Page): Locator {
  return page.getByRole('dialog').or(page.getByRole('alertdialog'));
}

/**
 * The page's theme switched in place, as the header's theme button does it (a class on
 * <html>), so the dark sweep needs no second page load.
 */
async function setTheme(page: Page, theme: 'light' | 'dark') {
  await page.evaluate(async (next) => {
    document.documentElement.classList.remove('light', 'dark', 'theme-system');
    document.documentElement.classList.add(next);
    // Buttons ease into their new colours (transition-colors): axe must judge where they
    // end, not a colour half way (asking for the animations brings the new style in first).
    // Only transitions end; a spinner's animation runs for ever.
    await Promise.all(
      document
        .getAnimations()
        .filter((a) => a instanceof CSSTransition)
        .map((a) => a.finished.catch(() => undefined)),
    );
  }, theme);
}

async function closeDialog(page: Page) {
  await page.keyboard.press('Escape');
  await expect(anyDialog(page)).toHaveCount(0);
}

test.skip(!E2E.isSandbox, SANDBOX_ONLY.markup);

test.describe('Accessibility (axe, WCAG 2.1 AA)', () => {
  test('the login page', async ({ page }) => {
    await page.goto('/login');
    await expect(page.getByRole('button', { name: 'Sign In' })).toBeVisible();
    await expectAccessible(page, '/login');
  });

  test('every panel page, light and dark, and its create forms', async ({ page }) => {
    // A page load and three axe runs or more per panel in the registry.
    test.setTimeout(PANEL_LIST.length * 15_000);
    await login(page, ADMIN);
    for (const panel of PANEL_LIST) {
      await page.goto(panel.path);
      await expect(page.getByRole('heading', { level: 1, name: panel.title })).toBeVisible();
      await page.waitForLoadState('networkidle');
      await expectAccessible(page, panel.path);
      await setTheme(page, 'dark');
      await expectAccessible(page, `${panel.path} (dark)`);
      await setTheme(page, 'light');
      for (const form of CREATE_FORMS[panel.path] ?? []) {
        const [label, dialog] = typeof form === 'string' ? [form, form] : form;
        await page.getByRole('button', { name: label, exact: true }).click();
        await expect(page.getByRole('dialog', { name: dialog })).toBeVisible();
        await expectAccessible(page, `${panel.path}, the ${label} form`);
        await closeDialog(page);
      }
    }
  });

  test('the theme switch the sweep uses is the one the header button makes', async ({ page }) => {
    await login(page, ADMIN);
    await page.goto('/project/key_pairs');
    const toggle = page.getByRole('button', { name: /^Theme: / });
    // The header button cycles through the themes; find dark the way a user would.
    for (let i = 0; i < 3 && !(await page.locator('html.dark').count()); i++) await toggle.click();
    await expect(page.locator('html')).toHaveClass(/(^|\s)dark(\s|$)/);
    const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.reload();
    await expect(page.locator('html')).toHaveClass(/(^|\s)dark(\s|$)/);
    await setTheme(page, 'light');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(
      dark,
    );
    await setTheme(page, 'dark');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(dark);
    // Put the user's choice back for the other tests on this account.
    await page.context().clearCookies({ name: 'theme' });
  });

  test('an instance: its row menu, row-action forms, delete confirmation and detail page', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await login(page);
    const name = uniqueName('a11y');
    await bootServer(page, name);
    try {
      const instances = new PanelPage(page, '/project/instances', 'Instances');
      await instances.open();
      await expect(instances.row(name)).toContainText('Active', { timeout: 30_000 });

      await instances
        .row(name)
        .getByRole('button', { name: `More actions for ${name}` })
        .click();
      await expect(page.getByRole('menu')).toBeVisible();
      await expectAccessible(page, `the row menu of ${name}`);
      await page.keyboard.press('Escape');

      for (const action of ['Edit Instance', 'Resize Instance', 'Delete Instance']) {
        const dialog = await instances.rowAction(name, action);
        await expect(dialog).toBeVisible();
        // Forms built on opening show a spinner first; wait for their buttons.
        await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeVisible();
        await expectAccessible(page, `the ${action} dialog`);
        await closeDialog(page);
      }

      await instances.row(name).getByRole('link', { name, exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
      for (const tab of await page.getByRole('tab').all()) {
        await tab.click();
        await expect(tab).toHaveAttribute('aria-selected', 'true');
        await expect(page.getByRole('tabpanel')).toBeVisible();
        // A live console keeps its frame busy: give the tab's data a moment, no more.
        await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => undefined);
        await expectAccessible(page, `the instance detail page, tab ${await tab.innerText()}`);
      }
    } finally {
      await deleteServers(page, [name]);
    }
  });

  test('each step of the Launch Instance wizard', async ({ page }) => {
    await login(page);
    const instances = new PanelPage(page, '/project/instances', 'Instances');
    await instances.open();
    await page.getByRole('button', { name: 'Launch Instance', exact: true }).click();
    const wizard = page.getByRole('dialog', { name: 'Launch Instance' });
    await expect(wizard).toBeVisible();
    const steps = wizard.getByRole('navigation', { name: 'Steps' }).getByRole('button');
    const count = await steps.count();
    expect(count).toBeGreaterThan(3);
    for (let index = 0; index < count; index++) {
      const step = steps.nth(index);
      await step.click();
      await expect(step).toHaveAttribute('aria-current', 'step');
      await page.waitForLoadState('networkidle');
      await expectAccessible(page, `Launch Instance, step ${await step.innerText()}`);
    }
    await closeDialog(page);
  });
});
