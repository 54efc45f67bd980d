// Dashboard-side helpers for the benchmarks: the production server with call
// counting on, a signed-in headless Chromium, and timing of a page's first rows.
import { chromium, type Browser, type BrowserContext } from '@playwright/test';
import { startServiceProcess } from './service-process';
import { chromiumLaunchOptions } from '../../lib/chromium';

export interface RunningDashboard {
  url: string;
  /** Its process group (`npx` and `next start`), for CPU accounting. */
  pid: number;
  stop(): void;
}

/** True when something already answers on 127.0.0.1:port. */
async function answers(url: string): Promise<boolean> {
  return fetch(url).then(
    () => true,
    () => false,
  );
}

/**
 * `next start` in its own process group. It is stopped by stop(), and also when
 * this process exits (an interrupt, a crash) so it never outlives the benchmark.
 */
export async function startDashboard(
  port: number,
  clouds: { name: string; authUrl: string }[],
  /** metrics: false runs it as in production, without call counting; env adds variables. */
  options: { metrics?: boolean; env?: Record<string, string> } = {},
): Promise<RunningDashboard> {
  const url = `http://127.0.0.1:${port}`;
  // Otherwise the readiness check below would measure someone else's server.
  if (await answers(url)) throw new Error(`port ${port} is already in use`);
  const running = await startServiceProcess(
    'the dashboard',
    'npx',
    ['next', 'start', '-H', '127.0.0.1', '-p', String(port)],
    {
      env: {
        ...process.env,
        NEXTAUTH_URL: url,
        NEXTAUTH_SECRET: 'bench-secret-not-for-production-0123456789',
        NEXT_TELEMETRY_DISABLED: '1',
        DASHBOARD_METRICS: options.metrics === false ? '0' : '1',
        ...options.env,
        DASHBOARD_CLOUDS: JSON.stringify(clouds),
      },
    },
    `${url}/login`,
  );
  return { url, ...running };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions);
}

/** /api/metrics is admin-only: the admin context that reads it for a member's context. */
const metricsReaders = new WeakMap<BrowserContext, BrowserContext>();

/**
 * `cloud` is the login form's Cloud choice; undefined when only one cloud is configured (no choice shown).
 * A non-admin context gets an admin one beside it for /api/metrics (BENCH_ADMIN_PASSWORD, default admin).
 */
export async function signedIn(
  browser: Browser,
  url: string,
  cloud: string | undefined,
  user: string,
  password: string,
  /** metrics: false when the dashboard runs without call counting (no admin reader needed). */
  options: { metrics?: boolean } = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 860 } });
  const page = await context.newPage();
  await page.goto(`${url}/login`);
  if (cloud) await page.getByLabel('Cloud', { exact: true }).selectOption({ label: cloud });
  await page.getByLabel('User Name', { exact: true }).fill(user);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign In' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  await page.close();
  if (user !== 'admin' && options.metrics !== false) {
    const admin = await signedIn(
      browser,
      url,
      cloud,
      'admin',
      process.env.BENCH_ADMIN_PASSWORD ?? 'admin',
    );
    metricsReaders.set(context, admin);
  }
  return context;
}

export type Counts = Record<string, { calls: number; totalMs: number }>;

export async function resetCounts(context: BrowserContext, url: string): Promise<void> {
  const response = await (metricsReaders.get(context) ?? context).request.delete(
    `${url}/api/metrics`,
  );
  if (!response.ok()) throw new Error(`DELETE /api/metrics: ${response.status()}`);
}

export async function readCounts(context: BrowserContext, url: string): Promise<Counts> {
  const response = await (metricsReaders.get(context) ?? context).request.get(`${url}/api/metrics`);
  if (!response.ok()) throw new Error(`GET /api/metrics: ${response.status()}`);
  return (await response.json()) as Counts;
}

export function totalCalls(counts: Counts): number {
  return Object.values(counts).reduce((sum, c) => sum + c.calls, 0);
}

export interface Load {
  /** Navigation start to the first frame with a table row in it, by the page's own clock. */
  firstRowsMs: number;
  /** The same moment as the test driver saw it (adds the driver's own round trips). */
  seenByDriverMs: number;
  callsBeforeRows: number;
  /** Time those calls spent waiting for the cloud, summed. */
  upstreamMs: number;
  callsForLoad: number;
}

declare global {
  interface Window {
    __firstRowsAt?: number;
  }
}

/**
 * Records, in the page, when the first row of `selector` got into a frame.
 * A string, not a function: tsx would add helpers the page does not have.
 */
function watchFirstRows(selector: string): string {
  return `(() => {
    const selector = ${JSON.stringify(selector)};
    const observer = new MutationObserver(() => {
      if (!document.querySelector(selector)) return;
      observer.disconnect();
      requestAnimationFrame((frameStart) => { window.__firstRowsAt ??= frameStart; });
    });
    observer.observe(document, { childList: true, subtree: true });
  })();`;
}

/**
 * Navigation start to the first frame holding `selector`, by the page's own clock, on
 * any site (Horizon's pages too): no call counting.
 */
export async function firstContentMs(
  context: BrowserContext,
  url: string,
  selector: string,
): Promise<number> {
  const page = await context.newPage();
  await page.addInitScript(watchFirstRows(selector));
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__firstRowsAt !== undefined, null, { timeout: 120_000 });
  const ms = Math.round(await page.evaluate(() => window.__firstRowsAt ?? NaN));
  await page.close();
  return ms;
}

/** Navigation to the first table rows visible, and the upstream calls it cost. */
export async function measureLoad(
  context: BrowserContext,
  url: string,
  path: string,
  table: string,
  /** What counts as a row (default: a link in the table's body). */
  selector = `table[aria-label="${table}"] tbody a`,
): Promise<Load> {
  const page = await context.newPage();
  await page.addInitScript(watchFirstRows(selector));
  await resetCounts(context, url);
  const started = Date.now();
  await page.goto(`${url}${path}`, { waitUntil: 'commit' });
  await page.locator(selector).first().waitFor({ timeout: 60_000 });
  const seenByDriverMs = Date.now() - started;
  const before = await readCounts(context, url);
  const callsBeforeRows = totalCalls(before);
  const upstreamMs = Object.values(before).reduce((sum, c) => sum + c.totalMs, 0);
  await page.waitForFunction(() => window.__firstRowsAt !== undefined);
  const firstRowsMs = Math.round(await page.evaluate(() => window.__firstRowsAt ?? NaN));
  await page.waitForLoadState('networkidle').catch(() => undefined);
  const callsForLoad = totalCalls(await readCounts(context, url));
  await page.close();
  return { firstRowsMs, seenByDriverMs, callsBeforeRows, upstreamMs, callsForLoad };
}

/** Calls made by an open, untouched page over `seconds`. */
export async function measureIdle(
  context: BrowserContext,
  url: string,
  path: string,
  table: string,
  seconds: number,
  selector = `table[aria-label="${table}"] tbody a`,
) {
  const page = await context.newPage();
  await page.goto(`${url}${path}`);
  await page.locator(selector).first().waitFor({ timeout: 60_000 });
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await resetCounts(context, url);
  await page.waitForTimeout(seconds * 1000);
  const counts = await readCounts(context, url);
  await page.close();
  return { calls: totalCalls(counts), counts };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
