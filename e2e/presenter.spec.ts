// Presenter mode (issue 12 §4): by the user menu and by Ctrl+Alt+P, kept across
// reloads by its cookie (rendered by the server, so the first paint has it).
import { expectAccessible } from './axe';
import { SANDBOX_ONLY } from './env';
import { E2E, expect, test } from './fixtures';

test.skip(!E2E.isSandbox, SANDBOX_ONLY.markup);

test.describe('Presenter mode', () => {
  test('toggles by the menu and the shortcut, survives a reload, is axe clean in light and dark', async ({
    loggedIn: page,
  }) => {
    const html = page.locator('html');
    await expect(html).not.toHaveClass(/\bpresenter\b/);
    const baseSize = await html.evaluate((el) => getComputedStyle(el).fontSize);

    await page.getByRole('button', { name: /^User menu/ }).click();
    await page.getByRole('menuitem', { name: 'Turn On Presenter Mode (Ctrl+Alt+P)' }).click();
    await expect(html).toHaveClass(/\bpresenter\b/);
    const size = await html.evaluate((el) => getComputedStyle(el).fontSize);
    expect(parseFloat(size)).toBeGreaterThan(parseFloat(baseSize));

    // The server renders it from the cookie: present in the first HTML of a reload.
    const response = await page.request.get(page.url());
    expect(await response.text()).toMatch(/<html[^>]*class="[^"]*\bpresenter\b/);
    await page.reload();
    await expect(html).toHaveClass(/\bpresenter\b/);

    // The focused control is strongly outlined.
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const el = document.activeElement;
      return el ? parseFloat(getComputedStyle(el).outlineWidth) : 0;
    });
    expect(outline).toBeGreaterThanOrEqual(4);

    await expectAccessible(page, 'presenter mode (light)');
    await page.screenshot({ path: `${E2E.screenshotDir}/presenter.png` });
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectAccessible(page, 'presenter mode (dark)');
    await page.screenshot({ path: `${E2E.screenshotDir}/presenter-dark.png` });
    await page.emulateMedia({ colorScheme: 'light' });

    // The shortcut turns it off, and the menu says so.
    await page.keyboard.press('Control+Alt+KeyP');
    await expect(html).not.toHaveClass(/\bpresenter\b/);
    await page.getByRole('button', { name: /^User menu/ }).click();
    await expect(
      page.getByRole('menuitem', { name: 'Turn On Presenter Mode (Ctrl+Alt+P)' }),
    ).toBeVisible();
    await page.keyboard.press('Escape');
    // And on again.
    await page.keyboard.press('Control+Alt+KeyP');
    await expect(html).toHaveClass(/\bpresenter\b/);
    await page.getByRole('button', { name: /^User menu/ }).click();
    await page.getByRole('menuitem', { name: 'Turn Off Presenter Mode (Ctrl+Alt+P)' }).click();
    await expect(html).not.toHaveClass(/\bpresenter\b/);
    await page.reload();
    await expect(html).not.toHaveClass(/\bpresenter\b/);
  });
});
