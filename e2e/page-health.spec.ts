// Every panel loads cleanly: no script error, no failed hydration (a page the
// server rendered with rows must be taken over by the browser as it is).
import { expect, login, test } from './fixtures';
import { bootServer, deleteServers } from './servers';
import { PANEL_LIST } from '../lib/panels';
import type { Page } from '@playwright/test';

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error')
      errors.push(`console: ${message.text()} (${message.location().url})`);
  });
  return errors;
}

test('every panel loads without a script or hydration error', async ({ page }) => {
  test.setTimeout(120_000);
  await login(page, { user: 'admin', password: 'admin' });
  const name = `e2e-health-${Date.now().toString(36)}`;
  await bootServer(page, name);
  try {
    for (const panel of PANEL_LIST) {
      const errors = collectErrors(page);
      await page.goto(panel.path);
      await expect(page.getByRole('heading', { level: 1, name: panel.title })).toBeVisible();
      // Hydration finishes after the page shows; give it a moment to complain.
      await page.waitForLoadState('networkidle');
      expect(errors, `${panel.path}: ${errors.join('\n')}`).toEqual([]);
      page.removeAllListeners('pageerror');
      page.removeAllListeners('console');
    }
  } finally {
    await deleteServers(page, [name]);
  }
});
