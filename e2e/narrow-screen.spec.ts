// The dashboard on a phone-sized screen (390 × 844): the sidebar becomes a
// drawer behind a menu button, the header stays within the screen, and wide
// tables scroll in their own box while the page itself never scrolls sideways.
import { PANEL_LIST } from '@/lib/panels';
import { SANDBOX_ONLY } from './env';
import { E2E, expect, login, test } from './fixtures';
import { bootServer, deleteServers } from './servers';
import type { Page } from '@playwright/test';

// The admin sees every panel, the admin-only ones (Flavors) included.
const ADMIN = { user: 'admin', password: 'admin' };

/** How far the page scrolls sideways, and how far each table's own box does. */
function widths(page: Page) {
  return page.evaluate(() => ({
    page: (document.scrollingElement?.scrollWidth ?? 0) - window.innerWidth,
    tables: [...document.querySelectorAll('table')].map((table) => {
      const box = table.parentElement?.getBoundingClientRect();
      return { left: box?.left ?? -1, right: box?.right ?? Infinity };
    }),
    viewport: window.innerWidth,
  }));
}

async function expectNoSidewaysScroll(page: Page, where: string) {
  const measured = await widths(page);
  expect(measured.page, `${where}: the page scrolls sideways`).toBeLessThanOrEqual(0);
  for (const table of measured.tables) {
    expect(table.left, `${where}: a table box starts off screen`).toBeGreaterThanOrEqual(0);
    expect(table.right, `${where}: a table box ends off screen`).toBeLessThanOrEqual(
      measured.viewport,
    );
  }
}

test.skip(!E2E.isSandbox, SANDBOX_ONLY.markup);

test.describe('Narrow screen', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the menu button reaches every panel, nothing runs off the screen, and Sign Out is in reach', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await login(page, ADMIN);
    const name = `e2e-narrow-${Date.now().toString(36)}`;
    await bootServer(page, name);
    try {
      const menuButton = page.getByRole('button', { name: 'Open navigation' });
      await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
      await expect(menuButton).toBeInViewport({ ratio: 1 });
      await expect(page.getByRole('button', { name: 'User menu' })).toBeInViewport({ ratio: 1 });
      await expectNoSidewaysScroll(page, 'dashboard');

      for (const panel of PANEL_LIST) {
        await menuButton.click();
        const drawer = page.getByRole('dialog', { name: 'Navigation' });
        // Admin → Instances and Project → Instances share a title: the panel's own link.
        await drawer
          .getByRole('link', { name: panel.title, exact: true })
          .and(drawer.locator(`a[href="${panel.path}"]`))
          .click();
        await expect(drawer).toBeHidden();
        await expect(page).toHaveURL((url) => url.pathname === panel.path);
        await expect(page.getByRole('heading', { level: 1, name: panel.title })).toBeVisible();
        for (const table of await page.getByRole('table').all())
          await expect(table).not.toHaveAttribute('aria-busy', 'true');
        await expectNoSidewaysScroll(page, panel.path);
        if (panel.path === '/project/instances')
          await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
      }

      const userMenu = page.getByRole('button', { name: 'User menu' });
      await expect(userMenu).toBeInViewport({ ratio: 1 });
      await userMenu.click();
      const signOut = page.getByRole('menuitem', { name: 'Sign Out' });
      await expect(signOut).toBeInViewport({ ratio: 1 });
      // Sign Out ends the session; clean up with it still valid.
      await deleteServers(page, [name]);
      await signOut.click();
      await expect(page).toHaveURL(/\/login/);
    } finally {
      if (!page.url().includes('/login')) await deleteServers(page, [name]);
    }
  });

  test('the drawer opens with Enter, keeps focus inside, and Escape gives focus back', async ({
    loggedIn: page,
  }) => {
    const menuButton = page.getByRole('button', { name: 'Open navigation' });
    await menuButton.focus();
    await page.keyboard.press('Enter');
    const drawer = page.getByRole('dialog', { name: 'Navigation' });
    await expect(drawer).toBeVisible();
    // The modal drawer hides the rest of the page from assistive technology.
    await expect(
      page.getByRole('button', { name: 'Open navigation', includeHidden: true }),
    ).toHaveAttribute('aria-expanded', 'true');
    await expect(menuButton).toBeHidden();

    // Tabbing past the last link comes round to the start of the drawer.
    const stops = await drawer.locator('a, button').count();
    for (let i = 0; i <= stops; i++) {
      await page.keyboard.press('Tab');
      expect(await drawer.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    }

    await page.keyboard.press('Escape');
    await expect(drawer).toBeHidden();
    await expect(menuButton).toBeFocused();
    await expect(menuButton).toHaveAttribute('aria-expanded', 'false');
  });
});

test.describe('Wide screen', () => {
  test('keeps the sidebar and shows no menu button', async ({ loggedIn: page }) => {
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Open navigation' })).toBeHidden();
  });
});
