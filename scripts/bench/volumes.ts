#!/usr/bin/env -S npx tsx
// Benchmark of the Volumes panel (not a test: it prints figures).
//   npx tsx scripts/bench/volumes.ts [--cloud sandbox|devcloud] [--sizes 20,1000] [--runs 5] [--idle 60]
//       [--port 3640] [--sandbox-port 9720]
// The Instances benchmark's method: production build, headless Chromium, navigation
// start to the first frame showing a row of the Volumes table by the page's own
// clock, the upstream calls before it and for the whole load, and the calls an idle
// page makes. The project is brought to each size with 1 GiB volumes made here (a
// pool of 10 requests at a time); on the devcloud they are removed afterwards.
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
    // The devcloud's Cinder makes volumes one by one through its scheduler: fewer there.
    { sizes: { sandbox: '20,1000', devcloud: '20,100' }, idle: 60, port: 3640, sandboxPort: 9720 },
    {},
  );
const PATH = '/project/volumes';
const TABLE = 'Volumes';

const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
const ms = (n: number) => `${Math.round(n)} ms`;

async function volumeIds(user: CloudUser, prefix: string): Promise<string[]> {
  const ids: string[] = [];
  let marker: string | undefined;
  for (;;) {
    const page = await user.api.volume.pageVolumes({ limit: 1000, marker });
    ids.push(...page.items.filter((v) => v.name?.startsWith(prefix)).map((v) => v.id));
    if (!page.next) return ids;
    marker = page.next;
  }
}

async function countVolumes(user: CloudUser): Promise<number> {
  let total = 0;
  let marker: string | undefined;
  for (;;) {
    const page = await user.api.volume.pageVolumes({ limit: 1000, marker });
    total += page.items.length;
    if (!page.next) return total;
    marker = page.next;
  }
}

async function waitAvailable(user: CloudUser, prefix: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const pending = (
      await user.api.volume.pageVolumes({ limit: 1000, filters: { status: 'creating' } })
    ).items.filter((v) => v.name?.startsWith(prefix)).length;
    if (pending === 0) return;
    if (Date.now() > until) throw new Error(`${pending} volumes still creating`);
    await new Promise((r) => setTimeout(r, 2000));
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
  const prefix = `bench-${Date.now().toString(36)}`;
  const demo = await signIn(authUrl, 'demo', 'demo');
  const admin = await signIn(authUrl, 'admin', 'admin');
  const projectId = demo.token.project.id;
  const results: string[] = [];
  let idleCalls = NaN;
  let quotaBefore: Awaited<ReturnType<typeof admin.api.volume.getVolumeQuotaUsage>> | undefined;
  try {
    const top = Math.max(...sizes);
    quotaBefore = await admin.api.volume.getVolumeQuotaUsage(projectId);
    await admin.api.volume.updateVolumeQuotas(projectId, {
      volumes: top + 50,
      gigabytes: top * 2 + 100,
    });
    const context = await signedIn(browser, dashboard.url, undefined, 'demo', 'demo');
    for (const size of sizes) {
      const have = await countVolumes(demo);
      const started = Date.now();
      await pool(
        Array.from({ length: Math.max(0, size - have) }, (_, i) => have + i),
        10,
        (i) => demo.api.volume.createVolume({ name: `${prefix}-${i}`, size: 1 }),
      );
      await waitAvailable(demo, prefix, 30 * 60_000);
      console.log(
        `${await countVolumes(demo)} volumes in the project (${Math.round((Date.now() - started) / 1000)} s to make)`,
      );
      await measureLoad(context, dashboard.url, PATH, TABLE); // warm caches
      const loads: Load[] = [];
      for (let i = 0; i < runs; i++)
        loads.push(await measureLoad(context, dashboard.url, PATH, TABLE));
      const first = loads.map((l) => l.firstRowsMs);
      results.push(
        row([
          size,
          ms(median(first)),
          `${Math.min(...first)}–${Math.max(...first)} ms`,
          ms(median(loads.map((l) => l.seenByDriverMs))),
          median(loads.map((l) => l.callsBeforeRows)),
          ms(median(loads.map((l) => l.upstreamMs))),
          median(loads.map((l) => l.callsForLoad)),
        ]),
      );
      console.log(results[results.length - 1]);
    }
    idleCalls = (await measureIdle(context, dashboard.url, PATH, TABLE, idleSeconds)).calls;
  } finally {
    await browser.close();
    dashboard.stop();
    if (onDevcloud) {
      const ids = await volumeIds(demo, prefix);
      await pool(ids, 10, (id) => demo.api.volume.deleteVolume(id).catch(() => undefined));
      console.log(`removed ${ids.length} volumes from the devcloud`);
      if (quotaBefore)
        await admin.api.volume.updateVolumeQuotas(projectId, {
          volumes: quotaBefore.volumes?.limit ?? -1,
          gigabytes: quotaBefore.gigabytes?.limit ?? -1,
        });
    }
    await sandbox?.close();
  }
  console.log(
    `\nVolumes on the ${onDevcloud ? 'devcloud' : 'sandbox'}, ${runs} runs each (median; min–max), page size 20, headless Chromium, 2 cores`,
  );
  console.log(
    row([
      'volumes',
      'first rows',
      'range',
      'seen by the driver',
      'calls before rows',
      'their upstream time',
      'calls for the load',
    ]),
  );
  console.log(row(['---', '---', '---', '---', '---', '---', '---']));
  for (const r of results) console.log(r);
  console.log(`\nidle ${idleSeconds} s: ${idleCalls} calls`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
