// Shared e2e helpers: signing in as a user would, and a page object for any
// resource panel (open, create, find a row, run a row action).
import { expect, test as base, type Locator, type Page } from '@playwright/test';
import { E2E } from './env';

export interface Credentials {
  user: string;
  password: string;
  domain?: string;
  cloud?: string;
}

export const DEMO: Credentials = { user: 'demo', password: 'demo' };
export const ADMIN: Credentials = { user: 'admin', password: 'admin' };

export async function fillLogin(page: Page, creds: Credentials) {
  if (creds.cloud)
    await page.getByLabel('Cloud', { exact: true }).selectOption({ label: creds.cloud });
  await page.getByLabel('User Name', { exact: true }).fill(creds.user);
  await page.getByLabel('Password', { exact: true }).fill(creds.password);
  if (creds.domain !== undefined)
    await page.getByLabel('Domain', { exact: true }).fill(creds.domain);
  await page.getByRole('button', { name: 'Sign In' }).click();
}

export async function login(page: Page, creds: Credentials = DEMO, path = '/login') {
  await page.goto(path);
  await fillLogin(page, creds);
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  // The landing page redirects once more; wait for the shell before going on.
  await expect(page.getByRole('button', { name: 'User menu' })).toBeVisible();
}

/** Every change the page sends to the cloud through the proxy (method and path), as it happens. */
export function watchMutations(page: Page): string[] {
  const sent: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (request.method() !== 'GET' && url.pathname.startsWith('/api/os/'))
      sent.push(`${request.method()} ${url.pathname}`);
  });
  return sent;
}

/**
 * Waits until React has hydrated the element (attached its props to the node): a field
 * filled before that keeps the server's value, and a form submits natively.
 */
export async function hydrated(locator: Locator): Promise<void> {
  await expect
    .poll(
      () =>
        locator.evaluate((element) =>
          Object.keys(element).some((key) => key.startsWith('__reactProps')),
        ),
      { timeout: 30_000 },
    )
    .toBe(true);
}

export function uniqueName(panel: string): string {
  return `e2e-${panel}-${Math.random().toString(36).slice(2, 8)}`;
}

export class PanelPage {
  constructor(
    readonly page: Page,
    readonly path: string,
    readonly title: string,
  ) {}

  /** Opens the panel; lists show 100 rows unless a test chose otherwise, so rows are easy to find. */
  async open() {
    const context = this.page.context();
    if (!(await context.cookies(E2E.baseUrl)).some((c) => c.name === 'page-size'))
      await context.addCookies([{ name: 'page-size', value: '100', url: E2E.baseUrl }]);
    await this.page.goto(this.path);
    await expect(this.page.getByRole('heading', { level: 1, name: this.title })).toBeVisible();
    await expect(this.table).not.toHaveAttribute('aria-busy', 'true');
  }

  get table(): Locator {
    return this.page.getByRole('table', { name: this.title });
  }

  /** The row whose name (its link, or a cell) is exactly `name`. */
  row(name: string): Locator {
    const named = this.page
      .getByRole('link', { name, exact: true })
      .or(this.page.getByRole('cell', { name, exact: true }));
    return this.table.getByRole('row').filter({ has: named });
  }

  /** The open dialog: a form, or a confirmation (an alert dialog). */
  get dialog(): Locator {
    return this.page.getByRole('dialog').or(this.page.getByRole('alertdialog'));
  }

  async openAction(label: string) {
    await this.page.getByRole('button', { name: label, exact: true }).first().click();
    return this.dialog;
  }

  /**
   * Runs a row action as a user would: the direct button, or the item in the
   * row's menu. A row in a transitional state offers fewer actions (and its menu
   * can close under the pointer when the row refreshes), so this tries again
   * until the action is offered or `timeout` passes.
   */
  async rowAction(name: string, label: string, timeout = 60_000) {
    const row = this.row(name);
    // A dialog still closing (a confirmation waiting for the list to refresh) is not
    // this action's: it goes first.
    await expect(this.dialog).toHaveCount(0, { timeout });
    let tried = false;
    await expect(async () => {
      // A try that timed out on a busy machine may still have opened the dialog, which
      // hides the table from the accessibility tree: then the action is done.
      if (tried && (await this.dialog.count())) return;
      tried = true;
      const direct = row.getByRole('button', { name: label, exact: true });
      if (await direct.count()) {
        await direct.click({ timeout: 2_000 });
        return;
      }
      const item = this.page.getByRole('menuitem', { name: label, exact: true });
      if (!(await item.count()))
        await row.getByRole('button', { name: `More actions for ${name}` }).click({
          timeout: 2_000,
        });
      try {
        await item.click({ timeout: 2_000 });
      } catch (error) {
        if (await this.page.getByRole('menu').count()) await this.page.keyboard.press('Escape');
        throw error;
      }
    }).toPass({ timeout, intervals: [500, 1_000, 2_000] });
    return this.dialog;
  }
}

export const test = base.extend<{ loggedIn: Page }>({
  loggedIn: async ({ page }, provide) => {
    await login(page);
    await provide(page);
  },
});

export { expect, E2E };
