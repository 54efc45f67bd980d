#!/usr/bin/env -S npx tsx
// First-load JavaScript of each route, as a browser receives it (not a test: it prints figures).
//   npx tsx scripts/bench/bundle-size.ts [--files] [--port 3600] [--sandbox-port 9400]
// Production build (built first if a source is newer), sandbox cloud and
// `next start` on 127.0.0.1, headless Chromium. Each page is opened in a fresh
// browser context (cold cache, session cookie only) and every JavaScript
// response until the network is idle is summed: body bytes on the wire
// (gzip, as `next start` serves them) and decoded. /login is opened signed out;
// every panel of the registry signed in as demo (admin-only panels as admin),
// plus one instance's detail page. kB are 1000 bytes of bodies, headers not
// counted; the "KiB with headers" column is the same transfer as Lighthouse and
// DevTools count it (bodies + response headers, 1024 bytes).
// The last line printed is the same figures as one JSON object.
// The routes come from the panel registry: if it moves, change the one import below.
import { execSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { PANEL_LIST } from '@/lib/panels';
import { startSandbox, type RunningSandbox } from '@/sandbox/server';
import { ensureBuild, ROOT } from './lib/build';
import { createServers, signIn, waitUntilActive } from './lib/cloud';
import { launchBrowser, signedIn, startDashboard, type RunningDashboard } from './lib/dashboard';
import { scriptsOfPage, type PageScripts } from './lib/js-transfer';
import type { BrowserContextOptions, Page } from '@playwright/test';

const { values } = parseArgs({
  options: {
    files: { type: 'boolean', default: false },
    port: { type: 'string', default: '3600' },
    'sandbox-port': { type: 'string', default: '9400' },
  },
});
/** The whole run, servers included, stops after this. */
const TIME_LIMIT_MS = 6 * 60_000;
const VIEWPORT = { width: 1366, height: 860 };

interface RouteFigures {
  route: string;
  path: string;
  user: 'none' | 'demo' | 'admin';
  files: number;
  encodedBytes: number;
  decodedBytes: number;
  /** Of encodedBytes, what arrived after the load event (lazy chunks, link prefetches). */
  encodedAfterLoad: number;
  headerBytes: number;
}

interface Target {
  route: string;
  path: string;
  user: RouteFigures['user'];
  check(page: Page): Promise<void>;
}

const kB = (bytes: number) => (bytes / 1000).toFixed(1);
const KiB = (bytes: number) => (bytes / 1024).toFixed(1);

function row(cells: (string | number)[]): string {
  return `| ${cells.join(' | ')} |`;
}

function heading(name: string) {
  return async (page: Page) => {
    await page.getByRole('heading', { level: 1, name }).waitFor({ timeout: 15_000 });
  };
}

function figures(target: Target, scripts: PageScripts): RouteFigures {
  const sum = (pick: (f: PageScripts['files'][number]) => number) =>
    scripts.files.reduce((total, f) => total + pick(f), 0);
  return {
    route: target.route,
    path: target.path,
    user: target.user,
    files: scripts.files.length,
    encodedBytes: sum((f) => f.encodedBytes),
    decodedBytes: sum((f) => f.decodedBytes),
    encodedAfterLoad: sum((f) => (f.beforeLoad ? 0 : f.encodedBytes)),
    headerBytes: sum((f) => f.headerBytes),
  };
}

/** One demo instance, ACTIVE, for the detail page; its id and name. */
async function oneInstance(authUrl: string): Promise<{ id: string; name: string }> {
  const demo = await signIn(authUrl, 'demo', 'demo');
  const prefix = `bench-${Date.now().toString(36)}`;
  await createServers(demo, prefix, 1);
  await waitUntilActive(demo, prefix, 1, 60_000);
  const page = await demo.api.compute.listServers({ filters: { name: `^${prefix}-` } });
  const server = page.items[0];
  if (!server) throw new Error('the benchmark instance was not listed');
  return { id: server.id, name: server.name };
}

async function main() {
  const port = Number(values.port);
  const sandboxPort = Number(values['sandbox-port']);
  ensureBuild();
  let sandbox: RunningSandbox | undefined;
  let dashboard: RunningDashboard | undefined;
  let browser: Awaited<ReturnType<typeof launchBrowser>> | undefined;
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      dashboard?.stop();
      await browser?.close().catch(() => undefined);
      await sandbox?.close().catch(() => undefined);
    })());
  const limit = setTimeout(() => {
    console.error(`bundle-size: over ${TIME_LIMIT_MS / 60_000} min, stopping`);
    void stop().finally(() => process.exit(1));
  }, TIME_LIMIT_MS);
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    // `on`, not `once`: tsx relays a Ctrl-C the process has already had, and a
    // second signal with no handler would end it before the servers are stopped.
    process.on(signal, () => void stop().finally(() => process.exit(130)));

  try {
    sandbox = await startSandbox({
      host: '127.0.0.1',
      port: sandboxPort,
      quiet: true,
      bootMs: 200,
    });
    dashboard = await startDashboard(port, [{ name: 'Sandbox', authUrl: sandbox.authUrl }]);
    browser = await launchBrowser();
    const sessions: Record<RouteFigures['user'], BrowserContextOptions> = {
      none: { viewport: VIEWPORT },
      demo: { viewport: VIEWPORT },
      admin: { viewport: VIEWPORT },
    };
    for (const user of ['demo', 'admin'] as const) {
      const context = await signedIn(browser, dashboard.url, undefined, user, user);
      sessions[user] = { viewport: VIEWPORT, storageState: await context.storageState() };
      await context.close();
    }
    const instance = await oneInstance(sandbox.authUrl);

    const targets: Target[] = [
      {
        route: '/login',
        path: '/login',
        user: 'none',
        check: async (page) => {
          await page.getByRole('button', { name: 'Sign In' }).waitFor({ timeout: 15_000 });
        },
      },
      ...PANEL_LIST.map((panel): Target => ({
        route: panel.path,
        path: panel.path,
        user: panel.adminOnly ? 'admin' : 'demo',
        check: heading(panel.title),
      })),
      {
        route: '/project/instances/[id]',
        path: `/project/instances/${instance.id}`,
        user: 'demo',
        check: heading(instance.name),
      },
    ];

    const results: RouteFigures[] = [];
    for (const target of targets) {
      const scripts = await scriptsOfPage(
        browser,
        `${dashboard.url}${target.path}`,
        sessions[target.user],
        target.check,
      );
      if (scripts.finalPath !== target.path)
        throw new Error(`${target.path} ended on ${scripts.finalPath}`);
      const plain = scripts.files.filter((f) => f.encoding === '' && f.decodedBytes > 1000);
      if (plain.length > 0)
        console.warn(`  ${target.route}: ${plain.length} script(s) served uncompressed`);
      if (values.files) {
        console.log(`\n${target.route}`);
        for (const f of [...scripts.files].sort((a, b) => b.encodedBytes - a.encodedBytes))
          console.log(
            `  ${kB(f.encodedBytes).padStart(7)} kB ${kB(f.decodedBytes).padStart(7)} kB ${f.encoding || 'identity'}${f.beforeLoad ? '' : ' (after load)'}  ${new URL(f.url).pathname}`,
          );
      }
      results.push(figures(target, scripts));
    }

    const commit = execSync('git describe --always --dirty', { cwd: ROOT }).toString().trim();
    console.log(
      `\nFirst-load JavaScript per route (commit ${commit}; cold cache; kB = 1000 bytes, bodies only)`,
    );
    console.log(
      row([
        'route',
        'signed in as',
        'JS files',
        'kB compressed',
        'kB uncompressed',
        'KiB with headers',
        'after load',
      ]),
    );
    console.log(row(['---', '---', '---:', '---:', '---:', '---:', '---:']));
    for (const r of results)
      console.log(
        row([
          r.route,
          r.user,
          r.files,
          kB(r.encodedBytes),
          kB(r.decodedBytes),
          KiB(r.encodedBytes + r.headerBytes),
          `${kB(r.encodedAfterLoad)} kB`,
        ]),
      );
    console.log(
      JSON.stringify({
        bench: 'bundle-size',
        commit,
        date: new Date().toISOString(),
        routes: results,
      }),
    );
  } finally {
    clearTimeout(limit);
    await stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
