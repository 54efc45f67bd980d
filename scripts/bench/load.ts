#!/usr/bin/env -S npx tsx
// Load benchmark (not a test: it prints figures).
//   npx tsx scripts/bench/load.ts                        # load, then proxy overhead
//   npx tsx scripts/bench/load.ts --only load --users 50 --seconds 60
//   npx tsx scripts/bench/load.ts --only overhead --connections 1,10,50 --processes 1,2,3
//   npx tsx scripts/bench/load.ts --only cache --rounds 4   # the session cache off vs on, alternated
// Production build (`next start`, call counting off), the sandbox cloud in its own
// process, autocannon in this one; everything on 127.0.0.1, everything it starts
// stopped at the end. Each part is bounded in time and in requests, and the whole
// run gives up after a deadline.
import os from 'node:os';
import { parseArgs } from 'node:util';
import { catalogFor } from '@/lib/catalog-cache';
import { findEndpoint } from '@/lib/openstack/catalog';
import { PANEL_LIST } from '@/lib/panels';
import { ensureBuild } from './lib/build';
import { runCannon, type CannonResult, type Step } from './lib/cannon';
import { createServers, raiseQuota, signIn, waitUntilActive } from './lib/cloud';
import { startDashboard, type RunningDashboard } from './lib/dashboard';
import { signInOverHttp } from './lib/http-sign-in';
import { groupCpuMs, pinGroup } from './lib/proc-cpu';
import { startSandboxProcess } from './lib/sandbox-process';

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    users: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '60' },
    'overhead-seconds': { type: 'string', default: '15' },
    connections: { type: 'string', default: '1,10,50' },
    processes: { type: 'string', default: '1,2,3' },
    'load-processes': { type: 'string', default: '1' },
    servers: { type: 'string', default: '20' },
    port: { type: 'string', default: '3210' },
    'sandbox-port': { type: 'string', default: '7780' },
    rounds: { type: 'string', default: '4' },
  },
});
const users = Number(values.users);
const loadSeconds = Number(values.seconds);
const overheadSeconds = Number(values['overhead-seconds']);
const connectionCounts = values.connections.split(',').map(Number);
const processCounts = values.processes.split(',').map(Number);
const loadProcesses = Number(values['load-processes']);
const compareCache = values.only === 'cache';
const runLoad = values.only === undefined || values.only === 'load';
const runOverhead = values.only === undefined || values.only === 'overhead';
const rounds = Number(values.rounds);
const port = Number(values.port);
const sandboxPort = Number(values['sandbox-port']);
/** A bound on requests per run far above what 2 cores can serve, so time is what ends a run. */
const MAX_REQUESTS_PER_SECOND = 50_000;

const PROXY_GETS = [
  'compute/servers/detail?limit=20',
  'compute/flavors/detail',
  'compute/os-keypairs',
  'compute/os-server-groups',
  'network/v2.0/networks?limit=20',
  'network/v2.0/security-groups?fields=id&fields=name&fields=description&limit=21',
  'network/v2.0/floatingips',
  'image/v2/images?limit=20',
];
/** The same call through the proxy (`/api/os/compute/…`) and straight to Nova. */
const OVERHEAD_PATH = 'servers/detail?limit=20';

function rotate<T>(list: T[], by: number): T[] {
  const n = by % list.length;
  return [...list.slice(n), ...list.slice(0, n)];
}

/** User `index`: every member panel in turn, each followed by four proxy GETs. */
function userSteps(index: number, cookie: string): Step[] {
  const pages = rotate(
    PANEL_LIST.filter((p) => !p.adminOnly),
    index,
  );
  const gets = rotate(PROXY_GETS, index);
  const steps: Step[] = [];
  pages.forEach((page, i) => {
    steps.push({ kind: 'page', path: page.path, headers: { cookie, accept: 'text/html' } });
    for (let k = 0; k < 4; k++) {
      const path = gets[(i * 4 + k) % gets.length]!;
      steps.push({
        kind: 'proxy GET',
        path: `/api/os/${path}`,
        headers: { cookie, accept: 'application/json' },
      });
    }
  });
  return steps;
}

function ms(value: number): string {
  return Number.isFinite(value) ? `${value < 10 ? value.toFixed(1) : Math.round(value)} ms` : '–';
}

function row(cells: (string | number)[]): string {
  return `| ${cells.join(' | ')} |`;
}

function table(header: string[], rows: (string | number)[][]): string {
  return [row(header), row(header.map(() => '---')), ...rows.map(row)].join('\n');
}

function load1(): string {
  return os.loadavg()[0]!.toFixed(1);
}

/** A run with the CPU its dashboard processes used, per request. */
async function measured(
  groups: number[],
  run: () => Promise<CannonResult>,
): Promise<CannonResult & { cpuMsPerRequest: number; loadAverage: string }> {
  const loadAverage = load1();
  const before = groups.reduce((sum, pid) => sum + groupCpuMs(pid), 0);
  const result = await run();
  const used = groups.reduce((sum, pid) => sum + groupCpuMs(pid), 0) - before;
  return { ...result, cpuMsPerRequest: used / result.requests, loadAverage };
}

async function expectOk(url: string, headers: Record<string, string>, what: string) {
  const response = await fetch(url, { headers, redirect: 'manual' });
  const body = await response.text();
  if (response.status !== 200) throw new Error(`${what}: ${response.status} ${body.slice(0, 200)}`);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The same proxied GET, 25 connections to each of two processes at once, the cache on in one and off in the other. */
async function cacheComparison(dashboards: RunningDashboard[], cookies: string[]): Promise<string> {
  const settings = [
    { name: 'session cache on', dashboard: dashboards[0]! },
    { name: 'session cache off (DASHBOARD_SESSION_CACHE_SECONDS=0)', dashboard: dashboards[1]! },
  ];
  // Both on the same one core, run at the same time: the same machine for both.
  for (const { dashboard } of settings) pinGroup(dashboard.pid, os.cpus().length - 1);
  const results = new Map<string, Awaited<ReturnType<typeof measured>>[]>();
  for (let round = 0; round < rounds; round++) {
    const pair = await Promise.all(
      settings.map(async (setting) => ({
        setting,
        result: await measured([setting.dashboard.pid], () =>
          runCannon({
            targets: [setting.dashboard.url],
            connections: 25,
            seconds: overheadSeconds,
            maxRequests: overheadSeconds * MAX_REQUESTS_PER_SECOND,
            stepsFor: (i) => [
              {
                kind: 'proxy',
                path: `/api/os/compute/${OVERHEAD_PATH}`,
                headers: { cookie: cookies[i % cookies.length]!, accept: 'application/json' },
              },
            ],
          }),
        ),
      })),
    );
    for (const { setting, result } of pair) {
      results.set(setting.name, [...(results.get(setting.name) ?? []), result]);
      console.log(
        `round ${round + 1}, ${setting.name}: ${result.perSecond.toFixed(0)} req/s, p50 ${ms(result.all.p50)}, CPU ${result.cpuMsPerRequest.toFixed(2)} ms/req, load ${result.loadAverage}`,
      );
    }
  }
  return [
    `\nSession cache: GET compute/${OVERHEAD_PATH}, 25 connections to each of two processes at once, both pinned to one core, ${rounds} runs of ${overheadSeconds} s (median)`,
    table(
      ['setting', 'req/s', 'p50', 'p99', 'dashboard CPU ms/req', 'errors'],
      [...results].map(([name, list]) => [
        name,
        median(list.map((r) => r.perSecond)).toFixed(0),
        ms(median(list.map((r) => r.all.p50))),
        ms(median(list.map((r) => r.all.p99))),
        median(list.map((r) => r.cpuMsPerRequest)).toFixed(2),
        list.reduce((sum, r) => sum + r.errors + r.non2xx, 0),
      ]),
    ),
  ].join('\n');
}

async function main() {
  const processes = compareCache
    ? 2
    : Math.max(loadProcesses, ...(runOverhead ? processCounts : [1]));
  const runs =
    (runLoad ? 1 : 0) +
    (runOverhead ? connectionCounts.length * (1 + processCounts.length) : 0) +
    (compareCache ? 2 * rounds : 0);
  const deadlineMs = (loadSeconds + 5 + runs * (overheadSeconds + 5) + 300) * 1000;
  setTimeout(() => {
    console.error(`gave up after ${Math.round(deadlineMs / 1000)} s`);
    process.exit(2); // the exit handlers stop the servers
  }, deadlineMs).unref();

  ensureBuild();
  const sandbox = await startSandboxProcess(sandboxPort);
  const dashboards: RunningDashboard[] = [];
  try {
    const demo = await signIn(sandbox.authUrl, 'demo', 'demo');
    const admin = await signIn(sandbox.authUrl, 'admin', 'admin');
    await raiseQuota(admin, demo.token.project.id, Number(values.servers) + 10);
    const prefix = `load-${Date.now().toString(36)}`;
    await createServers(demo, prefix, Number(values.servers));
    await waitUntilActive(demo, prefix, Number(values.servers), 120_000);
    const clouds = [{ name: 'Sandbox cloud', authUrl: sandbox.authUrl }];
    // For the comparison, the second process runs with the decoded-session cache off.
    const envOf = (i: number) =>
      compareCache && i === 1 ? { DASHBOARD_SESSION_CACHE_SECONDS: '0' } : undefined;
    for (let i = 0; i < processes; i++)
      dashboards.push(await startDashboard(port + i, clouds, { metrics: false, env: envOf(i) }));

    // Signed in on the first process only: the others accept its cookies (stateless sessions).
    const cookies: string[] = [];
    while (cookies.length < users) {
      const batch = Math.min(5, users - cookies.length);
      cookies.push(
        ...(await Promise.all(
          Array.from({ length: batch }, () => signInOverHttp(dashboards[0]!.url, 'demo', 'demo')),
        )),
      );
    }
    for (const dashboard of dashboards)
      for (const step of userSteps(0, cookies[0]!))
        await expectOk(
          `${dashboard.url}${step.path}`,
          step.headers,
          `${dashboard.url}${step.path}`,
        );

    console.log(
      `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, load average ${load1()}`,
    );
    // Warm-up (JIT, caches, connections), not reported.
    await runCannon({
      targets: dashboards.map((d) => d.url),
      connections: 10,
      seconds: 5,
      maxRequests: 5 * MAX_REQUESTS_PER_SECOND,
      stepsFor: (i) => userSteps(i, cookies[i % users]!),
    });

    const output: string[] = [];
    const json: Record<string, unknown> = { users, loadSeconds, overheadSeconds };
    if (runLoad) {
      const targets = dashboards.slice(0, loadProcesses);
      const result = await measured(
        targets.map((d) => d.pid),
        () =>
          runCannon({
            targets: targets.map((d) => d.url),
            connections: users,
            seconds: loadSeconds,
            maxRequests: loadSeconds * MAX_REQUESTS_PER_SECOND,
            stepsFor: (i) => userSteps(i, cookies[i]!),
          }),
      );
      json.load = result;
      output.push(
        `\nLoad: ${users} signed-in users for ${Math.round(result.seconds)} s, ${targets.length} dashboard process(es), load average ${result.loadAverage} at the start`,
        table(
          ['requests', 'count', 'per second', 'p50', 'p99', 'max', 'not 2xx'],
          [...result.kinds, result.all].map((k) => [
            k.kind,
            k.requests,
            (k.requests / result.seconds).toFixed(0),
            ms(k.p50),
            ms(k.p99),
            ms(k.max),
            k.non2xx,
          ]),
        ),
        `errors ${result.errors} (timeouts ${result.timeouts}), not 2xx ${result.non2xx}, status codes ${JSON.stringify(result.statusCodes)}, dashboard CPU ${result.cpuMsPerRequest.toFixed(2)} ms per request`,
      );
      console.log(output.slice(-3).join('\n'));
    }

    if (runOverhead) {
      const catalog = await catalogFor(demo.token.authUrl, demo.token.token, demo.token.expiresAt);
      const compute = findEndpoint(catalog, 'compute', demo.token.region);
      if (!compute) throw new Error('the sandbox has no compute endpoint');
      const probe = await fetch(`${dashboards[0]!.url}/api/os/compute/${OVERHEAD_PATH}`, {
        headers: { cookie: cookies[0]! },
      });
      const version = probe.headers.get('openstack-api-version');
      const direct: Step = {
        kind: 'direct',
        path: `${new URL(compute).pathname.replace(/\/$/, '')}/${OVERHEAD_PATH}`,
        headers: {
          'x-auth-token': demo.token.token,
          accept: 'application/json',
          ...(version ? { 'openstack-api-version': version } : {}),
        },
      };
      await expectOk(`${new URL(compute).origin}${direct.path}`, direct.headers, 'direct GET');
      const rows: (string | number)[][] = [];
      const figures: unknown[] = [];
      for (const connections of connectionCounts) {
        const straight = await measured([sandbox.pid], () =>
          runCannon({
            targets: [new URL(compute).origin],
            connections,
            seconds: overheadSeconds,
            maxRequests: overheadSeconds * MAX_REQUESTS_PER_SECOND,
            stepsFor: () => [direct],
          }),
        );
        rows.push([
          'sandbox alone',
          connections,
          straight.perSecond.toFixed(0),
          ms(straight.all.p50),
          ms(straight.all.p99),
          '',
          '',
          '',
          straight.loadAverage,
          straight.errors + straight.non2xx,
        ]);
        figures.push({ target: 'direct', connections, ...straight });
        console.log(row(rows[rows.length - 1]!));
        // With fewer connections than processes, some processes would get none.
        for (const count of processCounts.filter((n) => n <= connections)) {
          const targets = dashboards.slice(0, count);
          const proxied = await measured(
            targets.map((d) => d.pid),
            () =>
              runCannon({
                targets: targets.map((d) => d.url),
                connections,
                seconds: overheadSeconds,
                maxRequests: overheadSeconds * MAX_REQUESTS_PER_SECOND,
                stepsFor: (i) => [
                  {
                    kind: 'proxy',
                    path: `/api/os/compute/${OVERHEAD_PATH}`,
                    headers: { cookie: cookies[i % users]!, accept: 'application/json' },
                  },
                ],
              }),
          );
          rows.push([
            `proxy, ${count} process${count > 1 ? 'es' : ''}`,
            connections,
            proxied.perSecond.toFixed(0),
            ms(proxied.all.p50),
            ms(proxied.all.p99),
            ms(proxied.all.p50 - straight.all.p50),
            ms(proxied.all.p99 - straight.all.p99),
            proxied.cpuMsPerRequest.toFixed(2),
            proxied.loadAverage,
            proxied.errors + proxied.non2xx,
          ]);
          figures.push({ target: 'proxy', processes: count, connections, ...proxied });
          console.log(row(rows[rows.length - 1]!));
        }
      }
      json.overhead = figures;
      output.push(
        `\nProxy overhead: GET compute/${OVERHEAD_PATH} (${Number(values.servers)} servers), ${overheadSeconds} s per row`,
        table(
          [
            'target',
            'connections',
            'req/s',
            'p50',
            'p99',
            'added p50',
            'added p99',
            'dashboard CPU ms/req',
            'load avg',
            'errors',
          ],
          rows,
        ),
      );
    }
    if (compareCache) output.push(await cacheComparison(dashboards, cookies));
    console.log(output.join('\n'));
    console.log(
      JSON.stringify(json, (key, value) =>
        key === 'kinds' || key === 'statusCodes' ? undefined : value,
      ),
    );
  } finally {
    for (const dashboard of dashboards) dashboard.stop();
    sandbox.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
