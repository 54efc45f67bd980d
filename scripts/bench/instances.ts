#!/usr/bin/env -S npx tsx
// Benchmark of the Instances panel (not a test: it prints figures).
//   npx tsx scripts/bench/instances.ts [--cloud sandbox|devcloud] [--sizes 20,200,1000,5000] [--idle 60] [--runs 5]
//     [--port 3600] [--sandbox-port 9600] (a second, slow sandbox takes the port + 40)
// Production build, headless Chromium: time from navigation start to the first
// frame showing table rows (by the page's own clock; the driver's view, which
// adds its round trips, is printed beside it), upstream calls for that load (counted by the dashboard), and calls made by an
// idle page over --idle seconds with 0 and with 10 instances in transition.
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
    {
      sizes: { sandbox: '20,200,1000,5000', devcloud: '100' },
      idle: 60,
      port: 3600,
      sandboxPort: 9600,
    },
    {},
  );

function row(cells: (string | number)[]): string {
  return `| ${cells.join(' | ')} |`;
}

async function main() {
  ensureBuild();
  // Sandbox: one cloud whose servers boot at once, one whose servers stay in BUILD.
  const fast = onDevcloud
    ? undefined
    : await startSandbox({ port: sandboxPort, quiet: true, bootMs: 200 });
  const slow = await startSandbox({ port: sandboxPort + 40, quiet: true, bootMs: 30 * 60_000 });
  const mainUrl = fast?.authUrl ?? devcloudAuthUrl;
  const dashboard = await startDashboard(port, [
    { name: 'Measured cloud', authUrl: mainUrl },
    { name: 'Slow sandbox', authUrl: slow.authUrl },
  ]);
  const browser = await launchBrowser();
  const results: string[] = [];
  try {
    const demo = await signIn(mainUrl, 'demo', 'demo');
    const admin = await signIn(mainUrl, 'admin', 'admin');
    await raiseQuota(admin, demo.token.project.id, Math.max(...sizes) + 20);
    const context = await signedIn(browser, dashboard.url, 'Measured cloud', 'demo', 'demo');
    const prefix = `bench-${Date.now().toString(36)}`;
    let made = 0;
    for (const n of sizes) {
      await createServers(demo, prefix, n - made);
      made = n;
      await waitUntilActive(demo, prefix, n, onDevcloud ? 30 * 60_000 : 120_000);
      const loads = [];
      await measureLoad(context, dashboard.url, '/project/instances', 'Instances'); // warm caches
      for (let i = 0; i < runs; i++)
        loads.push(await measureLoad(context, dashboard.url, '/project/instances', 'Instances'));
      results.push(
        row([
          onDevcloud ? 'devcloud' : 'sandbox',
          n,
          `${Math.round(median(loads.map((l) => l.firstRowsMs)))} ms`,
          `${Math.min(...loads.map((l) => l.firstRowsMs))}–${Math.max(...loads.map((l) => l.firstRowsMs))} ms`,
          `${Math.round(median(loads.map((l) => l.seenByDriverMs)))} ms`,
          median(loads.map((l) => l.callsBeforeRows)),
          `${Math.round(median(loads.map((l) => l.upstreamMs)))} ms`,
          median(loads.map((l) => l.callsForLoad)),
        ]),
      );
      console.log(results[results.length - 1]);
    }
    const idle0 = await measureIdle(
      context,
      dashboard.url,
      '/project/instances',
      'Instances',
      idleSeconds,
    );
    console.log(`idle ${idleSeconds}s, 0 transitional rows: ${idle0.calls} calls`);

    // 10 instances that stay in BUILD, on the slow sandbox.
    const slowDemo = await signIn(slow.authUrl, 'demo', 'demo');
    await createServers(slowDemo, `${prefix}-busy`, 10);
    const slowContext = await signedIn(browser, dashboard.url, 'Slow sandbox', 'demo', 'demo');
    const idle10 = await measureIdle(
      slowContext,
      dashboard.url,
      '/project/instances',
      'Instances',
      idleSeconds,
    );
    console.log(`idle ${idleSeconds}s, 10 transitional rows: ${idle10.calls} calls`);

    if (onDevcloud) {
      await deleteServers(demo, prefix);
      await raiseQuota(admin, demo.token.project.id, 10);
    }
    console.log(
      `\nInstances panel, ${runs} runs each (median; min–max), page size 20, headless Chromium, 2 cores`,
    );
    console.log(
      row([
        'cloud',
        'servers',
        'first rows',
        'range',
        'seen by the driver',
        'calls before rows',
        'their upstream time',
        'calls for the load',
      ]),
    );
    console.log(row(['---', '---', '---', '---', '---', '---', '---', '---']));
    for (const r of results) console.log(r);
    console.log(
      `\nidle ${idleSeconds} s: ${idle0.calls} calls with 0 transitional rows, ${idle10.calls} with 10`,
    );
    console.log(`servers left: ${await countServers(demo, prefix)}`);
  } finally {
    await browser.close();
    dashboard.stop();
    await slow.close();
    await fast?.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
