#!/usr/bin/env -S npx tsx
// Benchmark of Orchestration (not a test: it prints figures).
//   npx tsx scripts/bench/stack.ts [--cloud sandbox|devcloud] [--runs 5] [--events 500]
//     [--port 3640] [--sandbox-port 9720]
// Production build, headless Chromium, as demo. Two stacks, made straight against Heat:
// - 50 resources: a network, its subnet, a router (gateway on the external network) with
//   an interface, a security group, a key pair, 20 ports and 20 servers on them, and 4
//   random strings. Measured: Heat's time from the create request to CREATE_COMPLETE
//   (polled every 250 ms), and on the stack's page the Topology tab drawn (from the tab
//   pressed to the frame holding all 50 nodes).
// - `--events` OS::Heat::None resources (default 500: about 1,000 events). Measured: the
//   Events tab, from pressed to the frame holding its first rows (the newest 100).
// Times on the page are by its own clock (a MutationObserver and the next animation
// frame); each is the median of --runs page loads after one warm-up. Both stacks are
// deleted at the end.
import type { Api } from '@/lib/openstack/api';
import type { StackRef } from '@/lib/openstack/orchestration/heat-request';
import { startSandbox } from '@/sandbox/server';
import { ensureBuild } from './lib/build';
import { raiseQuota, signIn } from './lib/cloud';
import { launchBrowser, median, signedIn, startDashboard } from './lib/dashboard';
import { pageBenchOptions } from './lib/options';
import { raiseNetworkQuota } from './lib/topology-seed';
import type { BrowserContext } from '@playwright/test';

const { own, onDevcloud, runs, port, sandboxPort, devcloudAuthUrl } = pageBenchOptions(
  { idle: 0, port: 3640, sandboxPort: 9720 },
  { events: { type: 'string', default: '500' } },
);
const eventResources = Number(own.events);
const SERVERS = 20;
const PUBLIC_KEY =
  'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIK5YkpcBJ47g2kbS84CfK0JaZp7AaUp63i90WispapHw bench@stack';

function appTemplate(prefix: string): string {
  const lines = [
    'heat_template_version: 2018-08-31',
    'description: 50 resources for the benchmark',
    'resources:',
    '  net: {type: OS::Neutron::Net, properties: {name: ' + `${prefix}-net}}`,
    '  subnet: {type: OS::Neutron::Subnet, properties: {network: {get_resource: net}, cidr: 10.73.0.0/24}}',
    '  router: {type: OS::Neutron::Router, properties: {external_gateway_info: {network: public}}}',
    '  router_interface: {type: OS::Neutron::RouterInterface, properties: {router: {get_resource: router}, subnet: {get_resource: subnet}}}',
    '  sg: {type: OS::Neutron::SecurityGroup, properties: {rules: [{protocol: icmp}]}}',
    // Zed's Nova no longer makes a key pair's keys: a public key is given.
    `  key: {type: OS::Nova::KeyPair, properties: {name: ${prefix}-key, public_key: '${PUBLIC_KEY}'}}`,
  ];
  for (let i = 0; i < SERVERS; i++) {
    lines.push(
      `  port${i}: {type: OS::Neutron::Port, properties: {network: {get_resource: net}, security_groups: [{get_resource: sg}], fixed_ips: [{subnet: {get_resource: subnet}}]}}`,
      `  server${i}: {type: OS::Nova::Server, properties: {name: ${prefix}-vm${i}, image: cirros-like, flavor: m1.tiny, key_name: {get_resource: key}, networks: [{port: {get_resource: port${i}}}]}}`,
    );
  }
  for (let i = 0; i < 4; i++)
    lines.push(`  secret${i}: {type: OS::Heat::RandomString, properties: {length: 12}}`);
  return lines.join('\n') + '\n';
}

function eventsTemplate(): string {
  const lines = ['heat_template_version: 2018-08-31', 'resources:'];
  for (let i = 0; i < eventResources; i++) lines.push(`  none${i}: {type: OS::Heat::None}`);
  return lines.join('\n') + '\n';
}

/** Creates the stack and waits for CREATE_COMPLETE; the seconds Heat took. */
async function createAndWait(
  api: Api,
  name: string,
  template: string,
): Promise<[StackRef, number]> {
  const started = performance.now();
  const ref = await api.orchestration.createStack({ name, template, timeoutMins: 60 });
  for (;;) {
    const stack = await api.orchestration.getStack(ref);
    if (stack.stack_status === 'CREATE_COMPLETE')
      return [ref, (performance.now() - started) / 1000];
    if (!stack.stack_status.endsWith('IN_PROGRESS'))
      throw new Error(`${name}: ${stack.stack_status} ${stack.stack_status_reason ?? ''}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** From the tab pressed to the frame in which `ready` first holds, by the page's clock. */
async function tabMs(
  context: BrowserContext,
  url: string,
  tab: string,
  ready: string,
): Promise<number> {
  const page = await context.newPage();
  await page.goto(url);
  await page.getByRole('tab', { name: 'Overview' }).waitFor();
  await page.evaluate((test) => {
    const w = window as unknown as { __pressedAt?: number; __readyAt?: number };
    const check = new Function(`return (${test});`) as () => boolean;
    const observer = new MutationObserver(() => {
      if (w.__pressedAt === undefined || !check()) return;
      observer.disconnect();
      requestAnimationFrame((frame) => {
        w.__readyAt ??= frame;
      });
    });
    observer.observe(document, { childList: true, subtree: true, attributes: true });
    document.addEventListener(
      'pointerdown',
      () => {
        w.__pressedAt ??= performance.now();
      },
      { capture: true, once: true },
    );
  }, ready);
  await page.getByRole('tab', { name: tab }).click();
  await page.waitForFunction(
    () => (window as { __readyAt?: number }).__readyAt !== undefined,
    null,
    {
      timeout: 120_000,
    },
  );
  const ms = await page.evaluate(() => {
    const w = window as unknown as { __pressedAt: number; __readyAt: number };
    return w.__readyAt - w.__pressedAt;
  });
  await page.close();
  return Math.round(ms);
}

async function measured(label: string, measure: () => Promise<number>): Promise<string> {
  await measure(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await measure());
  return `| ${label} | ${Math.round(median(times))} ms | ${Math.min(...times)}–${Math.max(...times)} ms |`;
}

async function main() {
  ensureBuild();
  const sandbox = onDevcloud
    ? undefined
    : await startSandbox({ port: sandboxPort, quiet: true, bootMs: 200 });
  const authUrl = sandbox?.authUrl ?? devcloudAuthUrl;
  const dashboard = await startDashboard(port, [{ name: 'Measured cloud', authUrl }]);
  const browser = await launchBrowser();
  const prefix = `bench-stack-${Date.now().toString(36)}`;
  const demo = await signIn(authUrl, 'demo', 'demo');
  const made: StackRef[] = [];
  try {
    const admin = await signIn(authUrl, 'admin', 'admin');
    await raiseQuota(admin, demo.token.project.id, SERVERS + 20);
    await raiseNetworkQuota(admin, demo.token.project.id, {
      networks: 2,
      routers: 2,
      servers: SERVERS,
    });
    const [app, appSeconds] = await createAndWait(demo.api, `${prefix}-app`, appTemplate(prefix));
    made.push(app);
    const [events, eventsSeconds] = await createAndWait(
      demo.api,
      `${prefix}-events`,
      eventsTemplate(),
    );
    made.push(events);
    const eventCount = (await demo.api.orchestration.listStackEvents(events, { limit: 5000 })).items
      .length;

    const context = await signedIn(browser, dashboard.url, undefined, 'demo', 'demo', {
      metrics: false,
    });
    const rows = [
      await measured('Topology tab, 50 resources drawn', () =>
        tabMs(
          context,
          `${dashboard.url}/project/stacks/${app.id}`,
          'Topology',
          "document.querySelectorAll('.react-flow__node').length >= 50",
        ),
      ),
      await measured(`Events tab, first rows of ${eventCount} events`, () =>
        tabMs(
          context,
          `${dashboard.url}/project/stacks/${events.id}`,
          'Events',
          'document.querySelector(\'section[aria-label="Events"] tbody tr\') !== null',
        ),
      ),
    ];
    console.log(`\nOrchestration on the ${onDevcloud ? 'devcloud' : 'sandbox'} (${runs} runs)\n`);
    console.log('| Heat: create to CREATE_COMPLETE | seconds |');
    console.log('| --- | ---: |');
    console.log(
      `| 50 resources (20 servers, 20 ports, network, router, …) | ${appSeconds.toFixed(1)} |`,
    );
    console.log(
      `| ${eventResources} OS::Heat::None (${eventCount} events) | ${eventsSeconds.toFixed(1)} |`,
    );
    console.log('\n| page | median | range |');
    console.log('| --- | ---: | --- |');
    for (const row of rows) console.log(row);
  } finally {
    for (const ref of made) await demo.api.orchestration.deleteStack(ref).catch(() => undefined);
    await browser.close();
    dashboard.stop();
    await sandbox?.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
