#!/usr/bin/env -S npx tsx
// Benchmark of the Network Topology panel (not a test: it prints figures).
//   npx tsx scripts/bench/network-topology.ts [--cloud sandbox|devcloud] [--sizes 20,200,1000]
//     [--networks 10] [--routers 5] [--runs 5] [--idle 60] [--port 3610] [--sandbox-port 9660]
//     [--screenshots DIR]
// Production build, headless Chromium, the Instances benchmark's method: the
// project gets 10 networks behind 5 routers (gateway on the external network)
// and then 20, 200, 1,000 servers spread over them. For each size, by the
// page's own clock (topology-marks.ts): time from navigation start to the
// graph first painted (the server's HTML holds it drawn; its paint is read
// from Element Timing) and to React Flow drawn over it (the page hydrated,
// interactive); when the data arrived; the page's size and how many nodes its
// first drawing holds; the upstream calls made before it and until 2 s after
// it (counted by the dashboard with DASHBOARD_METRICS=1), and the calls of an
// open idle page (it re-reads every 8 s while visible).
// On the devcloud, everything it made is removed at the end.
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { startSandbox } from '@/sandbox/server';
import { ensureBuild } from './lib/build';
import { raiseQuota, signIn, waitUntilActive } from './lib/cloud';
import {
  launchBrowser,
  median,
  readCounts,
  resetCounts,
  signedIn,
  startDashboard,
  totalCalls,
} from './lib/dashboard';
import { pageBenchOptions } from './lib/options';
import { addServers, raiseNetworkQuota, removeTopology, seedNetworks } from './lib/topology-seed';
import type { BrowserContext } from '@playwright/test';

const { own, onDevcloud, sizes, idleSeconds, runs, port, sandboxPort, devcloudAuthUrl } =
  pageBenchOptions(
    {
      sizes: { sandbox: '20,200,1000', devcloud: '20,200' },
      idle: 60,
      port: 3610,
      sandboxPort: 9660,
    },
    {
      networks: { type: 'string', default: '10' },
      routers: { type: 'string', default: '5' },
      screenshots: { type: 'string' },
    },
  );
const networks = Number(own.networks);
const routers = Number(own.routers);
const PATH = '/project/network_topology';
/** After the graph is drawn, calls within this still count to the load (the refresh is every 8 s). */
const SETTLE_MS = 2_000;

/** Horizon on the same devcloud, for its topology data alone (issue 7). */
const HORIZON_DATA_S: Record<number, number> = { 20: 0.74, 1000: 4.61 };

interface Load {
  drawnMs: number;
  interactiveMs: number;
  firstByteMs: number;
  htmlInMs: number;
  dataMs: number;
  htmlBytes: number;
  htmlGzipBytes: number;
  staticNodes: number;
  seenByDriverMs: number;
  callsBeforeDrawn: number;
  upstreamMs: number;
  callsForLoad: number;
  nodes: number;
}

function row(cells: (string | number)[]): string {
  return `| ${cells.join(' | ')} |`;
}

async function measureLoad(context: BrowserContext, url: string): Promise<Load> {
  const page = await context.newPage();
  await resetCounts(context, url);
  const started = Date.now();
  const response = await page.goto(`${url}${PATH}`, { waitUntil: 'commit' });
  await page.waitForFunction(
    () => window.__topologyDrawnAt !== undefined && window.__topologyInteractiveAt !== undefined,
    null,
    { timeout: 120_000, polling: 'raf' },
  );
  const seenByDriverMs = Date.now() - started;
  const before = await readCounts(context, url);
  const marks = await page.evaluate(() => ({
    drawn: window.__topologyDrawnAt ?? NaN,
    interactive: window.__topologyInteractiveAt ?? NaN,
    // The server's part: its answer's first byte and last (it renders after the six lists).
    firstByte:
      (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)
        ?.responseStart ?? NaN,
    htmlIn:
      (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)
        ?.responseEnd ?? NaN,
    data: window.__topologyDataAt ?? NaN,
    nodes: document.querySelectorAll('.react-flow__node').length,
  }));
  const html = (await response?.body()) ?? Buffer.alloc(0);
  const staticNodes = html.toString().split('class="topology-static-node"').length - 1;
  // The page re-reads every 8 s, so "the load" ends a little after drawing, not at network idle.
  await page.waitForTimeout(SETTLE_MS);
  const callsForLoad = totalCalls(await readCounts(context, url));
  await page.close();
  return {
    drawnMs: Math.round(marks.drawn),
    interactiveMs: Math.round(marks.interactive),
    firstByteMs: Math.round(marks.firstByte),
    htmlInMs: Math.round(marks.htmlIn),
    dataMs: Math.round(marks.data),
    htmlBytes: html.length,
    htmlGzipBytes: gzipSync(html).length,
    staticNodes,
    seenByDriverMs,
    callsBeforeDrawn: totalCalls(before),
    upstreamMs: Object.values(before).reduce((sum, c) => sum + c.totalMs, 0),
    callsForLoad,
    nodes: marks.nodes,
  };
}

async function measureIdle(context: BrowserContext, url: string, seconds: number) {
  const page = await context.newPage();
  await page.goto(`${url}${PATH}`);
  await page.waitForFunction(() => window.__topologyInteractiveAt !== undefined, null, {
    timeout: 120_000,
  });
  await page.waitForTimeout(SETTLE_MS);
  await resetCounts(context, url);
  await page.waitForTimeout(seconds * 1000);
  const calls = totalCalls(await readCounts(context, url));
  await page.close();
  return calls;
}

async function screenshots(context: BrowserContext, url: string, dir: string) {
  for (const scheme of ['light', 'dark'] as const) {
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${url}${PATH}`);
    await page.waitForFunction(() => window.__topologyInteractiveAt !== undefined);
    await page.waitForTimeout(500);
    const file = path.join(dir, `network-topology${scheme === 'dark' ? '-dark' : ''}.png`);
    await page.screenshot({ path: file });
    console.log(`screenshot: ${file}`);
    await page.close();
  }
}

async function main() {
  ensureBuild();
  const sandbox = onDevcloud
    ? undefined
    : await startSandbox({ port: sandboxPort, quiet: true, bootMs: 200 });
  const authUrl = sandbox?.authUrl ?? devcloudAuthUrl;
  const dashboard = await startDashboard(port, [{ name: 'Measured cloud', authUrl }]);
  const browser = await launchBrowser();
  const prefix = `bench-topo-${Date.now().toString(36)}`;
  const demo = await signIn(authUrl, 'demo', 'demo');
  const results: string[] = [];
  let idleCalls = NaN;
  try {
    const admin = await signIn(authUrl, 'admin', 'admin');
    const largest = Math.max(...sizes);
    await raiseQuota(admin, demo.token.project.id, largest + 20);
    await raiseNetworkQuota(admin, demo.token.project.id, { networks, routers, servers: largest });
    const seeded = await seedNetworks(demo, prefix, { networks, routers });
    const context = await signedIn(browser, dashboard.url, undefined, 'demo', 'demo');
    let made = 0;
    for (const [index, n] of sizes.entries()) {
      await addServers(demo, prefix, seeded.networkIds, n - made, index);
      made = n;
      await waitUntilActive(demo, prefix, n, onDevcloud ? 30 * 60_000 : 300_000);
      if (index === 0 && own.screenshots)
        await screenshots(context, dashboard.url, own.screenshots);
      await measureLoad(context, dashboard.url); // warm caches
      const loads: Load[] = [];
      for (let i = 0; i < runs; i++) loads.push(await measureLoad(context, dashboard.url));
      const drawn = loads.map((l) => l.drawnMs);
      const interactive = loads.map((l) => l.interactiveMs);
      const horizon = HORIZON_DATA_S[n];
      results.push(
        row([
          onDevcloud ? 'devcloud' : 'sandbox',
          n,
          `${networks} + ${routers}`,
          `${loads[0]!.staticNodes} / ${loads[0]!.nodes}`,
          `${Math.round(loads[0]!.htmlBytes / 1024)} kB (${Math.round(loads[0]!.htmlGzipBytes / 1024)} kB gzip)`,
          `${Math.round(median(drawn))} ms`,
          `${Math.min(...drawn)}–${Math.max(...drawn)} ms`,
          `${Math.round(median(interactive))} ms`,
          `${Math.min(...interactive)}–${Math.max(...interactive)} ms`,
          `${Math.round(median(loads.map((l) => l.firstByteMs)))} / ${Math.round(median(loads.map((l) => l.htmlInMs)))} ms`,
          `${Math.round(median(loads.map((l) => l.dataMs)))} ms`,
          `${Math.round(median(loads.map((l) => l.seenByDriverMs)))} ms`,
          median(loads.map((l) => l.callsBeforeDrawn)),
          `${Math.round(median(loads.map((l) => l.upstreamMs)))} ms`,
          median(loads.map((l) => l.callsForLoad)),
          horizon ? `${horizon} s (data only)` : '–',
        ]),
      );
      console.log(results[results.length - 1]);
    }
    idleCalls = await measureIdle(context, dashboard.url, idleSeconds);
  } finally {
    if (onDevcloud) await removeTopology(demo, prefix).catch((e: unknown) => console.error(e));
    await browser.close();
    dashboard.stop();
    await sandbox?.close();
  }
  console.log(
    `\nNetwork Topology, ${runs} runs each (median; min–max), ${networks} networks behind ${routers} routers, headless Chromium, 1366×860, 2 cores`,
  );
  console.log(
    row([
      'cloud',
      'servers',
      'networks + routers',
      'nodes: first drawing / React Flow',
      'HTML',
      'graph drawn',
      'range',
      'interactive',
      'range',
      'HTML first / last byte',
      'data in',
      'seen by the driver',
      'calls before drawn',
      'their upstream time',
      'calls until 2 s after',
      'Horizon',
    ]),
  );
  console.log(row(Array.from({ length: 16 }, () => '---')));
  for (const r of results) console.log(r);
  console.log(`\nidle ${idleSeconds} s with the page open: ${idleCalls} calls`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
