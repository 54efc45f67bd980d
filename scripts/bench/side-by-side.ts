#!/usr/bin/env -S npx tsx
// Horizon and this dashboard side by side on the same devcloud (not a test: it prints figures).
//   sudo scripts/horizon.sh start          # Debian's Horizon on http://127.0.0.1:8000
//   npx tsx scripts/bench/side-by-side.ts [--servers 20] [--runs 5] [--pages Instances,Volumes]
//       [--horizon http://127.0.0.1:8000] [--port 3630] [--keep] [--svg docs/benchmarks/side-by-side.svg]
//       [--networks 10 --routers 5]
// Both are timed the same way, in the same headless Chromium: navigation start to
// the first frame holding the page's content (a table row, the empty-table row
// included, or a node of the topology), by the page's own clock. Before timing,
// the demo project is brought to --servers servers (made here, removed afterwards
// unless --keep), and given one Swift container if it has none (Horizon draws its
// Containers list only when there is one). A page this dashboard does not have
// yet is reported as such. --svg also writes the figures as a bar chart. With
// --networks (and --routers), the servers are made on that many new networks
// behind routers with a gateway (the Network Topology benchmark's shape), and
// all of it is removed afterwards.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ensureBuild } from './lib/build';
import { createServers, deleteServers, raiseQuota, signIn, waitUntilActive } from './lib/cloud';
import { firstContentMs, launchBrowser, median, signedIn, startDashboard } from './lib/dashboard';
import { pairedBarChart, type BarPair } from './lib/svg-bars';
import { addServers, raiseNetworkQuota, removeTopology, seedNetworks } from './lib/topology-seed';
import type { Browser, BrowserContext } from '@playwright/test';

const { values } = parseArgs({
  options: {
    servers: { type: 'string', default: '20' },
    runs: { type: 'string', default: '5' },
    pages: { type: 'string' },
    horizon: { type: 'string', default: 'http://127.0.0.1:8000' },
    port: { type: 'string', default: '3630' },
    keep: { type: 'boolean', default: false },
    svg: { type: 'string' },
    networks: { type: 'string' },
    routers: { type: 'string', default: '5' },
  },
});
const servers = Number(values.servers);
const runs = Number(values.runs);
const HORIZON = values.horizon.replace(/\/$/, '');
/** Networks and routers to spread the servers over (--networks), or none: the project's own. */
const topology = values.networks
  ? { networks: Number(values.networks), routers: Number(values.routers) }
  : undefined;
const AUTH_URL = process.env.DEVCLOUD_AUTH_URL ?? 'http://127.0.0.1:5000/v3';
const PROJECT = 'demo';

interface Side {
  path: string;
  /** What counts as the page's content being shown. */
  selector: string;
}

/** A row of our data table, the empty-table row included, not a loading placeholder. */
const ourRows = (table: string) =>
  `table[aria-label="${table}"] tbody tr:not(:has(.animate-pulse))`;

const PAGES: { name: string; ours: Side; horizon: Side }[] = [
  {
    name: 'Instances',
    ours: { path: '/project/instances', selector: ourRows('Instances') },
    horizon: { path: '/project/instances/', selector: '#instances tbody tr' },
  },
  {
    name: 'Volumes',
    ours: { path: '/project/volumes', selector: ourRows('Volumes') },
    horizon: { path: '/project/volumes/', selector: '#volumes tbody tr' },
  },
  {
    name: 'Networks',
    ours: { path: '/project/networks', selector: ourRows('Networks') },
    horizon: { path: '/project/networks/', selector: '#networks tbody tr' },
  },
  {
    name: 'Images',
    ours: { path: '/project/images', selector: ourRows('Images') },
    // Horizon's Images panel is an AngularJS table filled after the page loads.
    horizon: { path: '/project/images', selector: 'table tbody tr[ng-repeat-start]' },
  },
  {
    name: 'Containers',
    ours: { path: '/project/containers', selector: ourRows('Containers') },
    // Horizon's AngularJS accordion of containers, drawn once Swift's listing is in.
    horizon: {
      path: '/project/containers/',
      selector: '.hz-container-accordion .hz-container-title',
    },
  },
  {
    name: 'Overview',
    ours: { path: '/project/overview', selector: ourRows('Usage') },
    horizon: { path: '/project/', selector: '#project_usage tbody tr' },
  },
  {
    name: 'Network Topology',
    // The graph is in our page's HTML; React Flow's nodes replace it.
    ours: {
      path: '/project/network_topology',
      selector: '.topology-static-node, .react-flow__node',
    },
    // Horizon draws its SVG once the topology data has arrived.
    horizon: { path: '/project/network_topology/', selector: 'svg g.network' },
  },
];

async function horizonSignedIn(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 860 } });
  const page = await context.newPage();
  await page.goto(`${HORIZON}/auth/login/`);
  await page.fill('#id_username', 'demo');
  await page.fill('#id_password', 'demo');
  await Promise.all([
    page.waitForURL((u) => !u.pathname.startsWith('/auth/login')),
    page.click('#loginBtn'),
  ]);
  // The demo user has two projects; Horizon may land in the other one.
  const switchTo = await page.evaluate((name) => {
    const link = Array.from(
      document.querySelectorAll<HTMLAnchorElement>('a[href*="/auth/switch/"]'),
    ).find((a) => a.textContent?.trim() === name);
    return link?.getAttribute('href') ?? null;
  }, PROJECT);
  if (switchTo) await page.goto(`${HORIZON}${switchTo}`);
  await page.close();
  return context;
}

/** Whether our dashboard has the page (a panel not built yet answers 404). */
async function oursHas(context: BrowserContext, url: string): Promise<boolean> {
  const response = await context.request.get(url, { maxRedirects: 0 });
  return response.status() !== 404;
}

function figure(samples: number[]): string {
  if (samples.length === 0) return '—';
  return `${median(samples)} ms (${Math.min(...samples)}–${Math.max(...samples)})`;
}

async function main() {
  ensureBuild();
  const horizonUp = await fetch(`${HORIZON}/auth/login/`).then(
    (r) => r.ok,
    () => false,
  );
  if (!horizonUp)
    throw new Error(`Horizon does not answer at ${HORIZON}: run scripts/horizon.sh start`);
  const demo = await signIn(AUTH_URL, 'demo', 'demo');
  const admin = await signIn(AUTH_URL, 'admin', 'admin');
  const prefix = `side-${Date.now().toString(36)}`;
  // Up to 1,000: enough for the sizes this compares at.
  const existing = (await demo.api.compute.listServers({ limit: 1000 })).items.length;
  const toMake = Math.max(0, servers - existing);
  if (toMake > 0) {
    await raiseQuota(admin, demo.token.project.id, servers + 10);
    console.log(`making ${toMake} servers (the project has ${existing})…`);
    if (topology) {
      await raiseNetworkQuota(admin, demo.token.project.id, { ...topology, servers: toMake });
      const seeded = await seedNetworks(demo, prefix, topology);
      await addServers(demo, prefix, seeded.networkIds, toMake, 0);
    } else await createServers(demo, prefix, toMake, 50);
    await waitUntilActive(demo, prefix, toMake, 30 * 60_000);
  }
  const containers = await demo.api.objectStore.listContainers({ limit: 1 });
  const madeContainer = containers.length === 0 ? `${prefix}-container` : undefined;
  if (madeContainer) await demo.api.objectStore.createContainer({ name: madeContainer });
  const dashboard = await startDashboard(
    Number(values.port),
    [{ name: 'devcloud', authUrl: AUTH_URL }],
    {
      metrics: false,
    },
  );
  const browser = await launchBrowser();
  const wanted = values.pages?.split(',');
  const lines: string[] = [];
  const pairs: BarPair[] = [];
  try {
    const ours = await signedIn(browser, dashboard.url, undefined, 'demo', 'demo', {
      metrics: false,
    });
    const horizon = await horizonSignedIn(browser);
    for (const page of PAGES.filter((p) => !wanted || wanted.includes(p.name))) {
      const oursUrl = `${dashboard.url}${page.ours.path}`;
      const built = await oursHas(ours, oursUrl);
      const oursMs: number[] = [];
      const horizonMs: number[] = [];
      // Interleaved, so a slow moment of the machine falls on both.
      for (let i = 0; i < runs; i++) {
        if (built) oursMs.push(await firstContentMs(ours, oursUrl, page.ours.selector));
        horizonMs.push(
          await firstContentMs(horizon, `${HORIZON}${page.horizon.path}`, page.horizon.selector),
        );
      }
      const ratio = built ? (median(horizonMs) / median(oursMs)).toFixed(1) + '×' : 'not built yet';
      const line = `| ${page.name} | ${built ? figure(oursMs) : '—'} | ${figure(horizonMs)} | ${ratio} |`;
      console.log(line);
      lines.push(line);
      pairs.push({
        label: page.name,
        ours: built ? median(oursMs) : undefined,
        theirs: median(horizonMs),
      });
    }
  } finally {
    await browser.close();
    dashboard.stop();
    if (toMake > 0 && !values.keep)
      await (topology ? removeTopology(demo, prefix) : deleteServers(demo, prefix));
    if (madeContainer) await demo.api.objectStore.deleteContainer(madeContainer);
  }
  console.log(
    `\nSide by side on the devcloud, ${servers} servers in the project` +
      (topology ? ` on ${topology.networks} networks behind ${topology.routers} routers` : '') +
      `, ${runs} runs each (median; min–max),` +
      ' navigation start to the first frame with the page content, headless Chromium 1366×860, 2 cores',
  );
  console.log('| Page | This dashboard | Horizon | Horizon ÷ ours |');
  console.log('|---|---|---|---|');
  for (const line of lines) console.log(line);
  if (values.svg) {
    const svg = pairedBarChart(pairs, {
      title: `Time to the page's content, ${servers} servers on the devcloud (median of ${runs})`,
      caption:
        'Navigation start to the first frame with the content, headless Chromium, same machine',
      oursName: 'This dashboard',
      theirsName: 'Horizon (Zed)',
    });
    await mkdir(path.dirname(values.svg), { recursive: true });
    await writeFile(values.svg, svg);
    console.log(`chart written to ${values.svg}`);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
