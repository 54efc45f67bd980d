// Faults: services break on purpose (the sandbox's fault switch) and the
// dashboard says so in plain words, only where that service is used. Panels
// come from the registry, so a new panel is covered without new code here.
import { SANDBOX_ONLY } from './env';
import { faultableServices, resetFaults, serviceRequests, setFault } from './faults';
import { ADMIN, DEMO, E2E, expect, fillLogin, login, PanelPage, test } from './fixtures';
import { sandboxTokens } from './sandbox-tokens';
import { serviceLabel } from '../lib/openstack/errors';
import { PANEL_LIST, type Panel } from '../lib/panels';
import { PREFETCH_BUDGET_MS } from '../lib/within-budget';
import type { Page, Request } from '@playwright/test';

const OPERATORS = "contact the cloud's operators";

function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

async function openPanel(page: Page, panel: Panel) {
  // Not 'load': a page that streams its data fires it only once the slow call has answered.
  await page.goto(panel.path, { waitUntil: 'commit' });
  await expect(page.getByRole('heading', { level: 1, name: panel.title })).toBeVisible();
}

/** Nothing on the page is waiting any more (tables, charts, the topology). */
async function settled(page: Page) {
  await expect(page.locator('main [aria-busy="true"]')).toHaveCount(0, { timeout: 20_000 });
}

test.describe('faults', () => {
  test.skip(!E2E.isSandbox, SANDBOX_ONLY.faults);
  /** The sandbox's regional services (Keystone has its own test) and the panels built on them. */
  let services: string[] = [];
  let panels: Panel[] = [];
  test.beforeAll(async () => {
    services = (await faultableServices()).filter((service) => service !== 'identity');
    panels = PANEL_LIST.filter((panel) => services.includes(panel.service));
  });
  test.beforeEach(() => resetFaults());
  test.afterEach(() => resetFaults());

  /**
   * The services each panel's page calls (browser and server side alike), counted by
   * the sandbox while the page loads with everything working.
   */
  async function servicesUsed(page: Page): Promise<Map<string, Set<string>>> {
    const used = new Map<string, Set<string>>();
    for (const panel of panels) {
      const before = await serviceRequests();
      await openPanel(page, panel);
      await settled(page);
      await page.waitForLoadState('networkidle');
      const after = await serviceRequests();
      used.set(panel.id, new Set(services.filter((s) => (after[s] ?? 0) > (before[s] ?? 0))));
    }
    return used;
  }

  test('a service down: only its panels and charts say so, the rest works', async ({ page }) => {
    test.setTimeout(60_000 + panels.length * (services.length + 1) * 4_000);
    const errors = pageErrors(page);
    await login(page, ADMIN);
    // A page that never calls a service cannot be hurt by its fall, so each service's
    // fall is checked on the pages that call it: its own panels, and the others that
    // borrow from it (Overview's charts, the topology, names looked up elsewhere).
    const used = await servicesUsed(page);
    for (const panel of panels) {
      expect([...(used.get(panel.id) ?? [])], `${panel.title} calls ${panel.service}`).toContain(
        panel.service,
      );
    }
    for (const service of services) {
      await setFault(service, { kind: 'down' });
      const label = serviceLabel(service);
      for (const panel of panels.filter((p) => used.get(p.id)?.has(service))) {
        await test.step(`${service} down: ${panel.title}`, async () => {
          await openPanel(page, panel);
          const alerts = page.locator('main').getByRole('alert');
          // Errors and warnings alike (a warning is a status, not an alert, to screen readers).
          const notices = page.locator('main :is([data-tone="error"], [data-tone="warning"])');
          if (panel.service === service) {
            const said = alerts.filter({ hasText: `${label} cannot be reached` });
            await expect(said.first()).toBeVisible();
            await expect(said.first()).toContainText(OPERATORS);
            await page.screenshot({
              path: test.info().outputPath(`${service}-down-${panel.id}.png`),
            });
          } else {
            await settled(page);
            // A list panel's own rows are there (no error in its table)…
            await expect(
              page.getByRole('table', { name: panel.title }).getByRole('alert'),
            ).toHaveCount(0);
            // …and whatever complains (an Overview chart group, the topology's instances) is about this service.
            for (const text of await notices.allInnerTexts()) expect(text).toContain(label);
            if ((await notices.count()) > 0) {
              await page.screenshot({
                path: test.info().outputPath(`${service}-down-on-${panel.id}.png`),
              });
            }
          }
        });
      }
      await resetFaults();
    }
    expect(errors).toEqual([]);
  });

  test('Keystone down or refusing at sign-in: a clear message on the login page', async ({
    page,
  }) => {
    const form = page.getByRole('form', { name: 'Log in' });
    await page.goto('/login');

    await setFault('identity', { kind: 'down' });
    await fillLogin(page, DEMO);
    await expect(form.getByRole('alert')).toContainText(
      `Could not reach Keystone at ${E2E.sandboxAuthUrl}`,
    );
    await expect(form.getByRole('alert')).toContainText(OPERATORS);

    await setFault('identity', { kind: 'refuse', status: 503 });
    await fillLogin(page, DEMO);
    await expect(form.getByRole('alert')).toContainText(
      'Identity (Keystone) answered 503 Service Unavailable',
    );
    await expect(form.getByRole('alert')).toContainText(OPERATORS);
    await expect(page).toHaveURL(/\/login/);

    await resetFaults();
    await fillLogin(page, DEMO);
    await expect(page.getByRole('button', { name: 'User menu' })).toBeVisible();
  });

  test('the token revoked mid-session: the login page, then back to the same page', async ({
    page,
  }) => {
    const before = new Set(await sandboxTokens());
    await login(page, DEMO);
    const mine = (await sandboxTokens(before.size + 1)).filter((token) => !before.has(token));
    expect(mine.length).toBeGreaterThan(0);
    const keypairs = new PanelPage(page, '/project/key_pairs?from=revoked', 'Key Pairs');
    await keypairs.open();

    // Revoked at Keystone behind the dashboard's back (an operator, a password change).
    for (const token of mine) {
      const revoked = await fetch(`${E2E.sandboxAuthUrl}/auth/tokens`, {
        method: 'DELETE',
        headers: { 'X-Auth-Token': token, 'X-Subject-Token': token },
      });
      expect(revoked.status).toBe(204);
    }
    await page.reload();
    await expect(page).toHaveURL(/\/login\?reason=expired&callbackUrl=/);
    await expect(page.getByText('Your session has expired.')).toBeVisible();
    await fillLogin(page, DEMO);
    await expect(page).toHaveURL(/\/project\/key_pairs\?from=revoked$/);
    await expect(keypairs.table).toBeVisible();
  });

  test('a slow service: a loading state, no duplicate requests, no layout jump', async ({
    page,
  }) => {
    test.setTimeout(60_000 + panels.length * 10_000);
    await login(page, ADMIN);
    for (const panel of panels) {
      await test.step(`${panel.service} slow: ${panel.title}`, async () => {
        // Past the server render's wait for its list, so the page comes without it and shows
        // its loading state; not longer, as every panel in the registry waits it once.
        await setFault(panel.service, { kind: 'slow', ms: PREFETCH_BUDGET_MS + 1_500 });
        const prefix = `/api/os/${panel.service}/`;
        const sent: string[] = [];
        const onRequest = (request: Request) => {
          const url = new URL(request.url());
          if (url.pathname.startsWith(prefix))
            sent.push(`${request.method()} ${url.pathname}${url.search}`);
        };
        page.on('request', onRequest);
        await openPanel(page, panel);
        const busy = page.locator('main [aria-busy="true"]').first();
        await expect(busy).toBeVisible();
        const heading = page.getByRole('heading', { level: 1 });
        const headingBefore = await heading.boundingBox();
        // Watched: the outermost labelled section around the busy element (a streamed
        // section replaces its loading placeholder by a new node of the same size), or
        // the element itself.
        const waiting = await busy.evaluate((element) => {
          let watched: Element = element;
          for (let at = element.parentElement; at && at.tagName !== 'MAIN'; at = at.parentElement)
            if (at.tagName === 'SECTION' && at.hasAttribute('aria-labelledby')) watched = at;
          watched.setAttribute('data-fault-watch', '');
          return watched.tagName;
        });
        const watched = page.locator('[data-fault-watch]');
        const watchedBefore = await watched.boundingBox();
        await settled(page);
        expect(await heading.boundingBox()).toEqual(headingBefore);
        expect((await watched.boundingBox())?.y, `${waiting} moved`).toBe(watchedBefore?.y);
        page.off('request', onRequest);
        const twice = sent.filter((request, i) => sent.indexOf(request) !== i);
        expect(twice, `requested twice: ${twice.join(', ')}`).toEqual([]);
        await resetFaults();
      });
    }
  });

  test("a service's 500: its own words in plain sentences, no crash", async ({ page }) => {
    test.setTimeout(60_000 + panels.length * 10_000);
    const errors = pageErrors(page);
    await login(page, ADMIN);
    for (const service of services) {
      const words = `The ${service} database is on fire (e2e)`;
      await setFault(service, { kind: 'error', status: 500, message: `${words}.` });
      for (const panel of panels.filter((p) => p.service === service)) {
        await test.step(`${service} 500: ${panel.title}`, async () => {
          await openPanel(page, panel);
          const alert = page.locator('main').getByRole('alert').filter({ hasText: words }).first();
          await expect(alert).toContainText(
            `${serviceLabel(service)} answered 500 Internal Server Error: "${words}".`,
          );
          await expect(alert).toContainText(OPERATORS);
          await page.screenshot({ path: test.info().outputPath(`${service}-500-${panel.id}.png`) });
        });
      }
      await resetFaults();
    }
    expect(errors).toEqual([]);
  });
});
