#!/usr/bin/env -S npx tsx
// Benchmark of the Containers panel (not a test: it prints figures).
//   npx tsx scripts/bench/containers.ts [--cloud sandbox|devcloud] [--sizes 100,10000] [--runs 5]
//       [--idle 30] [--port 3660] [--sandbox-port 9740]
// The Volumes benchmark's method: production build, headless Chromium, navigation
// start to the first frame showing a row of the container's Objects table by the
// page's own clock, the upstream calls before it and for the whole load, and the
// calls an idle page makes. The container is filled with small objects here (20
// PUTs at a time) and removed afterwards with bulk deletes.
import { bulkDeleteNames } from '@/components/containers/delete-objects';
import { startSandbox } from '@/sandbox/server';
import { ensureBuild } from './lib/build';
import { signIn, type CloudUser } from './lib/cloud';
import {
  launchBrowser,
  measureIdle,
  measureLoad,
  median,
  signedIn,
  startDashboard,
  type Load,
} from './lib/dashboard';
import { pool } from './lib/neutron-seed';
import { pageBenchOptions } from './lib/options';

const { onDevcloud, sizes, idleSeconds, runs, port, sandboxPort, devcloudAuthUrl } =
  pageBenchOptions(
    {
      sizes: { sandbox: '100,10000', devcloud: '100,10000' },
      idle: 30,
      port: 3660,
      sandboxPort: 9740,
    },
    {},
  );
const TABLE = 'Objects';

const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
const ms = (n: number) => `${Math.round(n)} ms`;

async function fill(user: CloudUser, container: string, from: number, to: number) {
  const names = Array.from(
    { length: to - from },
    (_, i) => `object-${String(from + i).padStart(5, '0')}.txt`,
  );
  await pool(names, 20, (name) =>
    user.api.objectStore.uploadObject({ container, name, body: name, contentType: 'text/plain' }),
  );
}

async function main() {
  ensureBuild();
  const sandbox = onDevcloud
    ? undefined
    : await startSandbox({ port: sandboxPort, quiet: true, bootMs: 200 });
  const authUrl = sandbox?.authUrl ?? devcloudAuthUrl;
  const dashboard = await startDashboard(port, [{ name: 'Measured cloud', authUrl }]);
  const browser = await launchBrowser();
  const container = `bench-${Date.now().toString(36)}`;
  const demo = await signIn(authUrl, 'demo', 'demo');
  const results: string[] = [];
  const path = `/project/containers/${container}`;
  let idleCalls = NaN;
  try {
    await demo.api.objectStore.createContainer({ name: container });
    const context = await signedIn(browser, dashboard.url, undefined, 'demo', 'demo');
    let have = 0;
    for (const size of sizes) {
      const started = Date.now();
      await fill(demo, container, have, size);
      have = size;
      const info = await demo.api.objectStore.showContainer(container);
      console.log(
        `${info.objectCount} objects in ${container} (${Math.round((Date.now() - started) / 1000)} s to fill)`,
      );
      await measureLoad(context, dashboard.url, path, TABLE); // warm caches
      const loads: Load[] = [];
      for (let i = 0; i < runs; i++)
        loads.push(await measureLoad(context, dashboard.url, path, TABLE));
      const list: Load[] = [];
      for (let i = 0; i < runs; i++)
        list.push(await measureLoad(context, dashboard.url, '/project/containers', 'Containers'));
      const first = loads.map((l) => l.firstRowsMs);
      results.push(
        row([
          size,
          ms(median(first)),
          `${Math.min(...first)}–${Math.max(...first)} ms`,
          median(loads.map((l) => l.callsBeforeRows)),
          ms(median(loads.map((l) => l.upstreamMs))),
          median(loads.map((l) => l.callsForLoad)),
          ms(median(list.map((l) => l.firstRowsMs))),
          median(list.map((l) => l.callsBeforeRows)),
        ]),
      );
      console.log(results[results.length - 1]);
    }
    idleCalls = (await measureIdle(context, dashboard.url, path, TABLE, idleSeconds)).calls;
  } finally {
    await browser.close();
    dashboard.stop();
    const names = (await demo.api.objectStore.listObjects(container)).flatMap((e) =>
      e.kind === 'object' ? [e.name] : [],
    );
    await bulkDeleteNames(demo.api, container, names);
    await demo.api.objectStore.deleteContainer(container);
    console.log(`removed ${container} and its ${names.length} objects`);
    await sandbox?.close();
  }
  console.log(
    `\nContainers on the ${onDevcloud ? 'devcloud' : 'sandbox'}, ${runs} runs each (median; min–max), page size 20, headless Chromium, 2 cores`,
  );
  console.log(
    row([
      'objects',
      'container page: first rows',
      'range',
      'calls before rows',
      'their upstream time',
      'calls for the load',
      'Containers list: first rows',
      'list: calls before rows',
    ]),
  );
  console.log(row(['---', '---', '---', '---', '---', '---', '---', '---']));
  for (const r of results) console.log(r);
  console.log(`\nidle ${idleSeconds} s on the container page: ${idleCalls} calls`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
