#!/usr/bin/env -S npx tsx
// Benchmark of the Overview (not a test: it prints figures).
//   npx tsx scripts/bench/overview.ts [--cloud sandbox|devcloud] [--sizes 20,300] [--runs 5] [--idle 30]
// The Instances benchmark's method (production build, headless Chromium, the
// page's own clock): navigation start to the first frame showing a row of the
// Usage table, the upstream calls before it and for the whole load, and the
// calls an idle page makes. On the devcloud the servers it makes are removed
// afterwards.
import { startSandbox } from '@/sandbox/server';
import { ensureBuild } from './lib/build';
import {
  countServers,
  createServers,
  deleteServers,
  raiseQuota,
  signIn,
  waitUntilActive,
} from './lib/cloud';
import {
  launchBrowser,
  measureIdle,
  measureLoad,
  median,
  signedIn,
  startDashboard,
} from './lib/dashboard';
import { pageBenchOptions } from './lib/options';

const { onDevcloud, sizes, idleSeconds, runs, port, sandboxPort, devcloudAuthUrl } =
  pageBenchOptions(
    { sizes: { sandbox: '20,300', devcloud: '20' }, idle: 30, port: 3620, sandboxPort: 9700 },
    {},
  );

// A usage row, not one of the skeleton rows shown while the answer is awaited.
const USAGE_ROW = 'table[aria-label="Usage"] tbody tr:not(:has(.animate-pulse)) td';

const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;

async function main() {
  ensureBuild();
  const sandbox = onDevcloud
    ? undefined
    : await startSandbox({ port: sandboxPort, quiet: true, bootMs: 200 });
  const authUrl = sandbox?.authUrl ?? devcloudAuthUrl;
  const dashboard = await startDashboard(port, [{ name: 'Measured cloud', authUrl }]);
  const browser = await launchBrowser();
  const results: string[] = [];
  const demo = await signIn(authUrl, 'demo', 'demo');
  const prefix = `bench-${Date.now().toString(36)}`;
  try {
    const admin = await signIn(authUrl, 'admin', 'admin');
    await raiseQuota(admin, demo.token.project.id, Math.max(...sizes) + 20);
    const context = await signedIn(browser, dashboard.url, undefined, 'demo', 'demo');
    let made = 0;
    for (const n of sizes) {
      await createServers(demo, prefix, n - made);
      made = n;
      await waitUntilActive(demo, prefix, n, onDevcloud ? 30 * 60_000 : 120_000);
      const measure = () =>
        measureLoad(context, dashboard.url, '/project/overview', 'Usage', USAGE_ROW);
      await measure(); // warm caches
      const loads = [];
      for (let i = 0; i < runs; i++) loads.push(await measure());
      const first = loads.map((l) => l.firstRowsMs);
      results.push(
        row([
          onDevcloud ? 'devcloud' : 'sandbox',
          n,
          `${Math.round(median(first))} ms`,
          `${Math.min(...first)}–${Math.max(...first)} ms`,
          `${Math.round(median(loads.map((l) => l.seenByDriverMs)))} ms`,
          median(loads.map((l) => l.callsBeforeRows)),
          `${Math.round(median(loads.map((l) => l.upstreamMs)))} ms`,
          median(loads.map((l) => l.callsForLoad)),
        ]),
      );
      console.log(results[results.length - 1]);
    }
    const idle = await measureIdle(
      context,
      dashboard.url,
      '/project/overview',
      'Usage',
      idleSeconds,
      USAGE_ROW,
    );
    console.log(`\nOverview, ${runs} runs each (median; min–max), headless Chromium, 2 cores`);
    console.log(
      row([
        'cloud',
        'servers',
        'first usage row',
        'range',
        'seen by the driver',
        'calls before it',
        'their upstream time',
        'calls for the load',
      ]),
    );
    console.log(row(Array(8).fill('---')));
    for (const r of results) console.log(r);
    console.log(`\nidle ${idleSeconds} s: ${idle.calls} calls`);
  } finally {
    if (onDevcloud) {
      await deleteServers(demo, prefix).catch(() => undefined);
      console.log(`servers left: ${await countServers(demo, prefix)}`);
    }
    await browser.close();
    dashboard.stop();
    await sandbox?.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
