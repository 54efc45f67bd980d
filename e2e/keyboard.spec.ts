// Keyboard only, no mouse: menus open with focus inside, arrows move, Escape
// gives focus back; a dialog keeps Tab inside and returns focus on Escape; the
// Launch Instance wizard is completed with Tab, Space, arrows and Enter.
import { SANDBOX_ONLY } from './env';
import { E2E, expect, login, PanelPage, test, uniqueName } from './fixtures';
import { deleteServers } from './servers';
import type { Locator, Page } from '@playwright/test';

const isFocused = (target: Locator) => target.evaluate((el) => el === document.activeElement);

/** Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, max = 120, key = 'Tab') {
  for (let i = 0; i < max; i++) {
    if (await isFocused(target)) return;
    await page.keyboard.press(key);
  }
  await expect(target).toBeFocused({ timeout: 1 });
}

/** Tabs into a radio group, moves with ArrowDown to `target` (which checks it), or Space. */
async function pickRadio(page: Page, group: Locator, target: Locator) {
  for (let i = 0; i < 120; i++) {
    if (
      await group.evaluateAll((radios) => radios.some((radio) => radio === document.activeElement))
    )
      break;
    await page.keyboard.press('Tab');
  }
  await expect(group.and(page.locator(':focus'))).toHaveCount(1);
  for (let i = 0; i < 40 && !(await isFocused(target)); i++) await page.keyboard.press('ArrowDown');
  // Tabbing into a group with nothing chosen focuses its first radio without choosing it.
  if (!(await target.isChecked())) await page.keyboard.press('Space');
  await expect(target).toBeChecked();
}

async function expectMenuKeyboard(page: Page, button: Locator) {
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu');
  await expect(menu).toBeVisible();
  const items = menu.locator('[role^="menuitem"]');
  await expect(items.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(items.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(items.first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await expect(button).toBeFocused();
  await expect(button).toHaveAttribute('aria-expanded', 'false');
}

test.skip(!E2E.isSandbox, SANDBOX_ONLY.markup);

test.describe('Keyboard only', () => {
  test('the Project switcher: focus moves into the menu, arrows move, Escape returns', async ({
    loggedIn: page,
  }) => {
    const button = page.getByRole('button', { name: 'Project: demo' });
    await tabTo(page, button);
    await expectMenuKeyboard(page, button);
    await expect(page.getByRole('button', { name: 'Project: demo' })).toBeVisible();
  });

  test('a create dialog keeps Tab inside and gives focus back on Escape', async ({
    loggedIn: page,
  }) => {
    const keypairs = new PanelPage(page, '/project/key_pairs', 'Key Pairs');
    await keypairs.open();
    const opener = page.getByRole('button', { name: 'Create Key Pair', exact: true });
    await tabTo(page, opener);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Create Key Pair' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel('Key Pair Name', { exact: true })).toBeFocused();
    const field = dialog.getByLabel('Key Pair Name', { exact: true });
    const focusInside = dialog.locator(':focus');
    for (const key of ['Tab', 'Shift+Tab']) {
      // Round and round inside the dialog: back at the first field, never outside.
      let presses = 0;
      do {
        await page.keyboard.press(key);
        await expect(focusInside).toHaveCount(1);
        presses++;
      } while (!(await isFocused(field)) && presses < 60);
      expect(presses).toBeGreaterThan(2);
      expect(presses).toBeLessThan(60);
    }
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(opener).toBeFocused();
  });

  test('Launch Instance without the mouse, then the row menu of the new instance', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await login(page);
    const name = uniqueName('instances');
    const instances = new PanelPage(page, '/project/instances', 'Instances');
    try {
      await instances.open();
      const opener = page.getByRole('button', { name: 'Launch Instance', exact: true });
      await tabTo(page, opener);
      await page.keyboard.press('Enter');
      const wizard = page.getByRole('dialog', { name: 'Launch Instance' });
      await expect(wizard).toBeVisible();

      const nameField = wizard.getByLabel('Instance Name', { exact: true });
      await expect(nameField).toBeFocused();
      await page.keyboard.type(name);

      const next = wizard.getByRole('button', { name: 'Next', exact: true });
      await tabTo(page, next);
      await page.keyboard.press('Enter');
      await expect(
        wizard.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: /^Source/ }),
      ).toHaveAttribute('aria-current', 'step');
      await pickRadio(
        page,
        wizard.getByRole('radio', { name: /^Select / }),
        wizard.getByRole('radio', { name: 'Select cirros-like', exact: true }),
      );

      await tabTo(page, next);
      await page.keyboard.press('Enter');
      await expect(
        wizard.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: /^Flavor/ }),
      ).toHaveAttribute('aria-current', 'step');
      await pickRadio(
        page,
        wizard.getByRole('radio', { name: /^Select / }),
        wizard.getByRole('radio', { name: 'Select m1.tiny', exact: true }),
      );

      // Networks: with one network the wizard has chosen it; with several (other
      // specs may have made some) Nova needs one named, so add "private".
      await tabTo(page, next);
      await page.keyboard.press('Enter');
      const allocated = wizard.getByRole('region', { name: 'Allocated networks' });
      if ((await allocated.getByRole('button', { name: /^Remove / }).count()) === 0) {
        await tabTo(page, wizard.getByRole('button', { name: 'Add private', exact: true }));
        await page.keyboard.press('Enter');
      }
      await expect(allocated.getByRole('button', { name: 'Remove private' })).toBeVisible();

      const launch = wizard.getByRole('button', { name: 'Launch Instance', exact: true });
      await expect(launch).toBeEnabled();
      await tabTo(page, launch);
      await page.keyboard.press('Enter');
      await expect(wizard).toHaveCount(0, { timeout: 30_000 });
      await expect(instances.row(name)).toBeVisible({ timeout: 30_000 });

      const more = instances.row(name).getByRole('button', { name: `More actions for ${name}` });
      await tabTo(page, more, 400);
      await expectMenuKeyboard(page, more);
    } finally {
      await deleteServers(page, [name]);
    }
  });
});
