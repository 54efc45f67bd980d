// The Keystone token must never reach the browser: not in HTML, JS chunks, JSON,
// headers or cookies readable by script, nor in the server's log.
import { readFile } from 'node:fs/promises';
import { SANDBOX_ONLY } from './env';
import { ADMIN, DEMO, E2E, expect, login, PanelPage, test, type Credentials } from './fixtures';
import { sandboxTokens } from './sandbox-tokens';
import { PANEL_LIST } from '../lib/panels';
import type { Page } from '@playwright/test';

const FERNET_TOKEN = /gAAAAA[A-Za-z0-9_-]{60,}/;

interface Har {
  log: {
    entries: {
      request: { url: string };
      response: {
        status: number;
        headers: { name: string; value: string }[];
        content: { text?: string; encoding?: string };
      };
    }[];
  };
}

/** Every response's headers and body from a HAR the browser recorded (nothing read late or lost). */
async function harTexts(file: string): Promise<{ texts: string[]; responses: number }> {
  const har = JSON.parse(await readFile(file, 'utf8')) as Har;
  const texts = har.log.entries.flatMap(({ response }) => {
    const { text = '', encoding } = response.content;
    const body = encoding === 'base64' ? Buffer.from(text, 'base64').toString('utf8') : text;
    return [JSON.stringify(response.headers), body];
  });
  return { texts, responses: har.log.entries.length };
}

/** Every panel of the registry this user may see, and each one's first detail page. */
async function visitEveryPanel(page: Page, creds: Credentials) {
  await login(page, creds);
  for (const panel of PANEL_LIST) {
    if (panel.adminOnly && creds !== ADMIN) continue;
    await page.goto(panel.path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const firstRow = page.getByRole('table').first().getByRole('link').first();
    if (await firstRow.isVisible()) {
      await firstRow.click();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    }
  }
}

test.describe('Security', () => {
  test('no token in any response the browser gets, nor in the server log', async ({
    browser,
  }, testInfo) => {
    test.setTimeout(300_000);
    // Only the tokens this test's sign-ins get are looked for (the sandbox has issued
    // many to earlier specs).
    const earlier = new Set(E2E.isSandbox ? await sandboxTokens(0, { includeRevoked: true }) : []);
    const harPath = testInfo.outputPath('session.har');
    const context = await browser.newContext({ recordHar: { path: harPath, content: 'embed' } });
    const page = await context.newPage();
    await visitEveryPanel(page, DEMO);
    const keypairs = new PanelPage(page, '/project/key_pairs', 'Key Pairs');
    await keypairs.open();
    await page.getByRole('button', { name: 'Project: demo' }).click();
    await page.getByRole('menuitemradio', { name: 'class-lab' }).click();
    await expect(page.getByRole('button', { name: 'Project: class-lab' })).toBeVisible();
    await keypairs.open();
    const extra: string[] = [];
    const session = await page.request.get('/api/auth/session');
    extra.push(await session.text());
    const cookieValues = await page.evaluate(() => document.cookie);
    extra.push(cookieValues);
    await page.getByRole('button', { name: 'Project: class-lab' }).click();
    await page.getByRole('menuitemradio', { name: 'demo' }).click();
    await expect(page.getByRole('button', { name: 'Project: demo' })).toBeVisible();
    // Leave the dashboard first: a page that loses its session navigates by itself.
    await page.goto('about:blank');
    await context.clearCookies();
    await visitEveryPanel(page, ADMIN);
    extra.push(await (await page.request.get('/api/auth/session')).text());
    await context.close(); // writes the HAR

    const { texts, responses } = await harTexts(harPath);
    expect(responses).toBeGreaterThan(50);
    const log = await readFile(E2E.serverLogPath, 'utf8');
    const everything = [...texts, ...extra, log].join('\n');

    // Keystone's Fernet tokens (and the sandbox's) have this shape; none may show.
    expect(FERNET_TOKEN.exec(everything)?.[0]).toBeUndefined();
    if (E2E.isSandbox) {
      // On the sandbox we also know the tokens it issued: look for each one exactly.
      // Demo signed in, switched project twice, then admin signed in: at least 4.
      const tokens = (await sandboxTokens(0, { includeRevoked: true })).filter(
        (t) => !earlier.has(t),
      );
      expect(tokens.length).toBeGreaterThanOrEqual(4);
      expect(tokens.filter((t) => everything.includes(t))).toEqual([]);
    }
    // The session cookie is HttpOnly: script sees no session at all.
    expect(cookieValues).not.toContain('next-auth.session-token');
  });

  test('the proxy refuses cross-origin changes and paths outside the endpoint', async ({
    page,
  }) => {
    await login(page, DEMO);
    const evil = await page.request.post('/api/os/compute/os-keypairs', {
      headers: { Origin: 'https://evil.example' },
      data: { keypair: { name: 'evil' } },
    });
    expect(evil.status()).toBe(403);
    expect((await evil.json()).error.message).toContain(
      'Cross-origin request from https://evil.example refused.',
    );

    // Browsers fold %2e%2e into '..' before sending; either way nothing reaches Keystone.
    const traversal = await page.request.get('/api/os/compute/%2e%2e/%2e%2e/v3/auth/tokens');
    expect([400, 404]).toContain(traversal.status());
    const encodedSlash = await page.request.get('/api/os/compute/os-keypairs%2f..%2f..%2fservers');
    expect(encodedSlash.status()).toBe(400);
    const unknown = await page.request.get('/api/os/not-a-service/anything');
    expect(unknown.status()).toBe(404);
    // Placement is in both clouds' catalogs now (the sandbox has a minimal one); it answers
    // a member by its own policy. A known service missing from the catalog is refused in
    // the proxy's words (tests/proxy/forward.test.ts).
    const placement = await page.request.get('/api/os/placement/resource_providers');
    expect([200, 403]).toContain(placement.status());
  });

  test('a token Keystone no longer accepts ends the session at the next call', async ({ page }) => {
    test.skip(!E2E.isSandbox, SANDBOX_ONLY.tokens);
    await login(page, DEMO);
    const keypairs = new PanelPage(page, '/project/key_pairs', 'Key Pairs');
    await keypairs.open();
    // Revoke every token the sandbox issued to this session, as an operator would.
    for (const token of await sandboxTokens(1)) {
      await fetch(`${E2E.sandboxAuthUrl}/auth/tokens`, {
        method: 'DELETE',
        headers: { 'X-Auth-Token': token, 'X-Subject-Token': token },
      });
    }
    await page.getByRole('button', { name: 'Create Key Pair' }).click();
    await page
      .getByRole('dialog')
      .getByLabel('Key Pair Name', { exact: true })
      .fill('after-revoke');
    await page.getByRole('dialog').getByRole('button', { name: 'Create Key Pair' }).click();
    await expect(page).toHaveURL(/\/login\?reason=expired&callbackUrl=%2Fproject%2Fkey_pairs/);
    await expect(page.getByText('Your session has expired.')).toBeVisible();
  });

  test('pages carry the security headers: CSP without eval, no framing, no sniffing', async ({
    page,
  }) => {
    for (const path of ['/login', '/project/key_pairs']) {
      const response = await page.request.get(path, { maxRedirects: 0 });
      const headers = response.headers();
      const csp = headers['content-security-policy'] ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe-eval');
      expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'/);
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBe('same-origin');
      expect(headers['x-frame-options']).toBe('DENY');
    }
  });

  test('scripts run only with the response nonce: a fresh one per page, none for injected script', async ({
    page,
  }) => {
    const nonceOf = async (path: string) => {
      const csp = (await page.request.get(path)).headers()['content-security-policy'] ?? '';
      return /'nonce-([^']+)'/.exec(csp)?.[1];
    };
    const first = await nonceOf('/login');
    expect(first).toBeTruthy();
    expect(await nonceOf('/login')).not.toBe(first);

    const violations: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy/.test(m.text()))
        violations.push(m.text());
    });
    await login(page, DEMO);
    await page.goto('/project/key_pairs');
    // The page hydrated: its own (nonce-carrying) scripts ran.
    await expect(page.getByRole('button', { name: 'Create Key Pair' })).toBeEnabled();
    expect(violations).toEqual([]);
    // Markup injected into the page (as an XSS would be) carries no nonce: its
    // inline handler must not run.
    const ran = await page.evaluate(() => {
      const w = window as unknown as { injectedRan?: boolean };
      document.body.insertAdjacentHTML(
        'beforeend',
        '<img alt="" src="data:," onerror="window.injectedRan=true">',
      );
      return new Promise<boolean>((resolve) =>
        setTimeout(() => resolve(Boolean(w.injectedRan)), 300),
      );
    });
    expect(ran).toBe(false);
  });
});
