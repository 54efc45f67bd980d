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

export async function fillLogin(page: Page, creds: Credentials) {
  if (creds.cloud) await page.getByLabel('Cloud').selectOption({ label: creds.cloud });
  await page.getByLabel('User Name').fill(creds.user);
  await page.getByLabel('Password').fill(creds.password);
  if (creds.domain !== undefined) await page.getByLabel('Domain').fill(creds.domain);
  await page.getByRole('button', { name: 'Sign In' }).click();
}

export async function login(page: Page, creds: Credentials = DEMO, path = '/login') {
  await page.goto(path);
  await fillLogin(page, creds);
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
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

  async open() {
    await this.page.goto(this.path);
    await expect(this.page.getByRole('heading', { level: 1, name: this.title })).toBeVisible();
    await expect(this.table).not.toHaveAttribute('aria-busy', 'true');
  }

  get table(): Locator {
    return this.page.getByRole('table', { name: this.title });
  }

  row(name: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('cell', { name, exact: true }) });
  }

  async openAction(label: string) {
    await this.page.getByRole('button', { name: label, exact: true }).first().click();
    return this.page.getByRole('dialog');
  }

  async rowAction(name: string, label: string) {
    const row = this.row(name);
    const direct = row.getByRole('button', { name: label, exact: true });
    if (await direct.count()) await direct.click();
    else {
      await row.getByRole('button', { name: `More actions for ${name}` }).click();
      await this.page.getByRole('menuitem', { name: label }).click();
    }
    return this.page.getByRole('dialog');
  }
}

export const test = base.extend<{ loggedIn: Page }>({
  loggedIn: async ({ page }, provide) => {
    await login(page);
    await provide(page);
  },
});

export { expect, E2E };
