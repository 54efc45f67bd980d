#!/usr/bin/env -S npx tsx
// The Network Topology's first drawing (the server's HTML) against React Flow's
// (after hydration), on the sandbox. Not a test: it prints how far each node
// and edge label moves at the switch, the layout shift, and takes screenshots
// (light and dark) of the page before hydration (its scripts blocked, and with
// JavaScript off) and after.
//   npx tsx scripts/bench/network-topology-handover.ts [--servers 20] [--port 3610]
//     [--sandbox-port 9660] [--screenshots DIR]
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startSandbox } from '@/sandbox/server';
import { ensureBuild } from './lib/build';
import { raiseQuota, signIn, waitUntilActive } from './lib/cloud';
import { launchBrowser, signedIn, startDashboard } from './lib/dashboard';
import { addServers, raiseNetworkQuota, seedNetworks } from './lib/topology-seed';
import type { Browser, BrowserContext, Page } from '@playwright/test';

const { values } = parseArgs({
  options: {
    servers: { type: 'string', default: '20' },
    port: { type: 'string', default: '3610' },
    'sandbox-port': { type: 'string', default: '9660' },
    screenshots: { type: 'string' },
  },
});
const PATH = '/project/network_topology';
const servers = Number(values.servers);

type Rects = Record<string, { x: number; y: number; width: number; height: number }>;

/** Each drawn node's box on the screen, by its text (kind and name lead it). */
async function nodeRects(page: Page, selector: string): Promise<Rects> {
  return page.$$eval(selector, (elements) =>
    Object.fromEntries(
      elements.map((e) => {
        const r = e.getBoundingClientRect();
        return [e.textContent ?? '', { x: r.x, y: r.y, width: r.width, height: r.height }];
      }),
    ),
  );
}

async function labelCentres(
  page: Page,
  selector: string,
): Promise<Record<string, [number, number]>> {
  return page.$$eval(selector, (elements) =>
    Object.fromEntries(
      elements.map((e) => {
        const r = e.getBoundingClientRect();
        return [e.textContent ?? '', [r.x + r.width / 2, r.y + r.height / 2]];
      }),
    ),
  );
}

function farthest(a: Rects, b: Rects): { compared: number; moved: number } {
  let moved = 0;
  let compared = 0;
  for (const [key, r] of Object.entries(a)) {
    const s = b[key];
    if (!s) continue;
    compared++;
    moved = Math.max(moved, Math.abs(r.x - s.x), Math.abs(r.y - s.y), Math.abs(r.width - s.width));
  }
  return { compared, moved };
}

async function shot(page: Page, dir: string | undefined, name: string) {
  if (!dir) return;
  const file = path.join(dir, `${name}.png`);
  await page.screenshot({ path: file });
  console.log(`screenshot: ${file}`);
}

async function main() {
  ensureBuild();
  const sandbox = await startSandbox({
    port: Number(values['sandbox-port']),
    quiet: true,
    bootMs: 200,
  });
  const dashboard = await startDashboard(Number(values.port), [
    { name: 'Measured cloud', authUrl: sandbox.authUrl },
  ]);
  let browser: Browser | undefined;
  try {
    browser = await launchBrowser();
    const demo = await signIn(sandbox.authUrl, 'demo', 'demo');
    const admin = await signIn(sandbox.authUrl, 'admin', 'admin');
    await raiseQuota(admin, demo.token.project.id, servers + 20);
    await raiseNetworkQuota(admin, demo.token.project.id, { networks: 10, routers: 5, servers });
    const seeded = await seedNetworks(demo, 'handover', { networks: 10, routers: 5 });
    await addServers(demo, 'handover', seeded.networkIds, servers, 0);
    await waitUntilActive(demo, 'handover', servers, 300_000);
    const context: BrowserContext = await signedIn(
      browser,
      dashboard.url,
      undefined,
      'demo',
      'demo',
    );
    const cookies = await context.cookies();

    for (const scheme of ['light', 'dark'] as const) {
      const suffix = scheme === 'dark' ? '-dark' : '';
      // Before hydration: the page's own scripts never arrive.
      const before = await context.newPage();
      await before.emulateMedia({ colorScheme: scheme });
      await before.route(
        (url) => url.pathname.startsWith('/_next/static/') && url.pathname.endsWith('.js'),
        (route) => route.abort(),
      );
      await before.goto(`${dashboard.url}${PATH}`);
      await before.locator('.topology-static-node').first().waitFor();
      const staticNodes = await nodeRects(before, '.topology-static-node');
      const staticLabels = await labelCentres(before, '.topology-static-label');
      await shot(before, values.screenshots, `network-topology-before-hydration${suffix}`);
      await before.close();

      // After: React Flow has taken over.
      const after = await context.newPage();
      // A hydration mismatch would show here (React then redraws the page from scratch).
      const errors: string[] = [];
      after.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      after.on('pageerror', (error) => errors.push(error.message));
      await after.emulateMedia({ colorScheme: scheme });
      await after.goto(`${dashboard.url}${PATH}`);
      await after.waitForFunction(() => window.__topologyInteractiveAt !== undefined);
      await after.waitForFunction(() => window.__topologyDrawnAt !== undefined);
      await after.locator('.topology-static').waitFor({ state: 'detached' });
      const flowNodes = await nodeRects(after, '.react-flow__node');
      const flowLabels = await labelCentres(after, '.react-flow__edge-text');
      const marks = await after.evaluate(async () => {
        const shifts = await new Promise<number>((resolve) => {
          let sum = 0;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries() as (PerformanceEntry & { value: number })[])
              sum += e.value;
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(sum), 300);
        });
        return {
          drawn: window.__topologyDrawnAt,
          interactive: window.__topologyInteractiveAt,
          shifts,
        };
      });
      await shot(after, values.screenshots, `network-topology-after-hydration${suffix}`);
      await after.close();

      const nodes = farthest(staticNodes, flowNodes);
      let labelMoved = 0;
      let labelsCompared = 0;
      for (const [text, [x, y]] of Object.entries(staticLabels)) {
        const other = flowLabels[text];
        if (!other) continue;
        labelsCompared++;
        labelMoved = Math.max(labelMoved, Math.abs(x - other[0]), Math.abs(y - other[1]));
      }
      console.log(
        `${scheme}: ${nodes.compared} nodes compared, moved at most ${nodes.moved.toFixed(2)} px; ` +
          `${labelsCompared} edge labels, at most ${labelMoved.toFixed(2)} px; ` +
          `layout shift ${marks.shifts.toFixed(4)}; drawn ${Math.round(marks.drawn ?? NaN)} ms, ` +
          `interactive ${Math.round(marks.interactive ?? NaN)} ms; ` +
          `${errors.length} console errors${errors.length ? `: ${errors.join(' | ')}` : ''}`,
      );
    }

    // JavaScript off altogether: the same first drawing, links that work.
    const noScript = await browser.newContext({
      viewport: { width: 1366, height: 860 },
      javaScriptEnabled: false,
    });
    await noScript.addCookies(cookies);
    const page = await noScript.newPage();
    await page.goto(`${dashboard.url}${PATH}`);
    const links = await page.locator('a.topology-static-node').count();
    await shot(page, values.screenshots, 'network-topology-no-javascript');
    // A node inside the pane (a large graph's first drawing reaches beyond it).
    const href = await page.$$eval('a.topology-static-node', (links) => {
      const pane = document.querySelector('.topology-static')!.getBoundingClientRect();
      const inside = links.find((a) => {
        const r = a.getBoundingClientRect();
        return (
          r.left >= pane.left &&
          r.right <= pane.right &&
          r.top >= pane.top &&
          r.bottom <= pane.bottom
        );
      });
      return inside?.getAttribute('href') ?? null;
    });
    if (!href) throw new Error('no node link inside the pane');
    await page.locator(`a.topology-static-node[href="${href}"]`).click();
    await page.waitForURL((u) => u.pathname === href);
    console.log(`JavaScript off: ${links} node links; a click opened ${href}`);
    await noScript.close();
  } finally {
    await browser?.close();
    dashboard.stop();
    await sandbox.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
