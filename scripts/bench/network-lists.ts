#!/usr/bin/env -S npx tsx
// Benchmark of the Networks and Security Groups lists (not a test: it prints figures).
//   npx tsx scripts/bench/network-lists.ts [--cloud sandbox|devcloud] [--networks 500]
//     [--groups 200] [--rules 20] [--idle 60] [--runs 5] [--lists networks,security-groups]
//     [--port 3610] [--sandbox-port 9680]
// Same method as scripts/bench/instances.ts: production build, headless Chromium,
// time from navigation start to the first frame showing table rows (the page's
// own clock), upstream calls before the rows and for the whole load (counted by
// the dashboard), and calls made by an idle page over --idle seconds.
// On the devcloud the counts are bounded (default 50 networks, 20 groups) and
// what was made is removed afterwards, quotas reset.
import { startSandbox } from '@/sandbox/server';
import { ensureBuild } from './lib/build';
import { signIn } from './lib/cloud';
import {
  launchBrowser,
  measureIdle,
  measureLoad,
  median,
  signedIn,
  startDashboard,
  type Load,
} from './lib/dashboard';
import {
  countMade,
  createNetworks,
  createSecurityGroups,
  deleteMade,
  raiseNetworkQuota,
  resetNetworkQuota,
} from './lib/neutron-seed';
import { pageBenchOptions } from './lib/options';

const { own, onDevcloud, idleSeconds, runs, port, sandboxPort, devcloudAuthUrl } = pageBenchOptions(
  { idle: 60, port: 3610, sandboxPort: 9680 },
  {
    networks: { type: 'string' },
    groups: { type: 'string' },
    rules: { type: 'string', default: '20' },
    lists: { type: 'string', default: 'networks,security-groups' },
  },
);

const counts = {
  networks: Number(own.networks ?? (onDevcloud ? 50 : 500)),
  groups: Number(own.groups ?? (onDevcloud ? 20 : 200)),
  rules: Number(own.rules),
};

const LISTS = [
  { id: 'networks', path: '/project/networks', table: 'Networks', size: () => counts.networks },
  {
    id: 'security-groups',
    path: '/project/security_groups',
    table: 'Security Groups',
    size: () => counts.groups,
  },
].filter((l) => own.lists.split(',').includes(l.id));

function row(cells: (string | number)[]): string {
  return `| ${cells.join(' | ')} |`;
}

const ms = (n: number) => `${Math.round(n)} ms`;

async function main() {
  ensureBuild();
  const sandbox = onDevcloud ? undefined : await startSandbox({ port: sandboxPort, quiet: true });
  const authUrl = sandbox?.authUrl ?? devcloudAuthUrl;
  const dashboard = await startDashboard(port, [{ name: 'Measured cloud', authUrl }]);
  const browser = await launchBrowser();
  const prefix = `bench-${Date.now().toString(36)}`;
  const demo = await signIn(authUrl, 'demo', 'demo');
  const admin = await signIn(authUrl, 'admin', 'admin');
  const projectId = demo.token.project.id;
  const results: string[] = [];
  const idle: string[] = [];
  try {
    await raiseNetworkQuota(admin, projectId, counts);
    let started = Date.now();
    if (LISTS.some((l) => l.id === 'networks')) await createNetworks(demo, prefix, counts.networks);
    if (LISTS.some((l) => l.id === 'security-groups'))
      await createSecurityGroups(demo, prefix, counts.groups, counts.rules);
    const made = await countMade(demo, prefix);
    console.log(
      `seeded ${made.networks.length} networks, ${made.groups.length} security groups (${counts.rules} rules each) in ${Math.round((Date.now() - started) / 1000)} s`,
    );

    const context = await signedIn(browser, dashboard.url, undefined, 'demo', 'demo');
    for (const list of LISTS) {
      // The Networks page comes from another branch: measure it only where it exists.
      const probe = await context.newPage();
      const response = await probe.goto(`${dashboard.url}${list.path}`);
      const present =
        response?.ok() && (await probe.getByRole('table', { name: list.table }).count()) > 0;
      await probe.close();
      if (!present) {
        console.log(
          `${list.table}: ${list.path} answered ${response?.status()} without its table; skipped`,
        );
        results.push(row([list.table, list.size(), 'not available', '', '', '', '', '']));
        continue;
      }
      started = Date.now();
      await measureLoad(context, dashboard.url, list.path, list.table); // warm caches
      const loads: Load[] = [];
      for (let i = 0; i < runs; i++)
        loads.push(await measureLoad(context, dashboard.url, list.path, list.table));
      const first = loads.map((l) => l.firstRowsMs);
      results.push(
        row([
          list.table,
          list.size(),
          ms(median(first)),
          `${Math.min(...first)}–${Math.max(...first)} ms`,
          ms(median(loads.map((l) => l.seenByDriverMs))),
          median(loads.map((l) => l.callsBeforeRows)),
          ms(median(loads.map((l) => l.upstreamMs))),
          median(loads.map((l) => l.callsForLoad)),
        ]),
      );
      console.log(results[results.length - 1]);
      const quiet = await measureIdle(context, dashboard.url, list.path, list.table, idleSeconds);
      idle.push(`${list.table}: ${quiet.calls} calls over ${idleSeconds} s idle`);
      console.log(idle[idle.length - 1]);
    }
  } finally {
    await browser.close();
    dashboard.stop();
    if (onDevcloud) {
      await deleteMade(demo, prefix);
      await resetNetworkQuota(admin, projectId).catch(() => undefined);
      const left = await countMade(demo, prefix);
      console.log(
        `left on the devcloud: ${left.networks.length} networks, ${left.groups.length} groups`,
      );
    }
    await sandbox?.close();
  }
  console.log(
    `\nNetwork lists on the ${onDevcloud ? 'devcloud' : 'sandbox'}, ${runs} runs each (median; min–max), page size 20, headless Chromium, 2 cores`,
  );
  console.log(
    row([
      'list',
      'rows in the project',
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
  console.log('');
  for (const line of idle) console.log(line);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
