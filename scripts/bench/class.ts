#!/usr/bin/env -S npx tsx
// A class of 30 on one machine (benchmark, not a test: it prints figures).
//   npx tsx scripts/bench/class.ts                       # 30 students, 2 rounds each
//   npx tsx scripts/bench/class.ts --students 30 --rounds 3 --boot-ms 3000
// One production dashboard (`next start`) and one sandbox with SANDBOX_STUDENTS, both
// on 127.0.0.1 in their own process groups, stopped at the end. Every student signs in
// through the dashboard's real sign-in (next-auth credentials) and then, all at once,
// does the API traffic of two walkthroughs through the dashboard's proxy, as the
// browser would: "launch your first instance" (the Instances page, the Launch
// dialog's lookups, create, poll until ACTIVE, delete) and "a network, subnet and
// router" (create, gateway, interface, list, tear down). Bounded: --rounds per
// student and a deadline for the whole run. Prints p50/p95/max per kind and errors.
import os from 'node:os';
import { parseArgs } from 'node:util';
import { ensureBuild } from './lib/build';
import { percentile } from './lib/cannon';
import { startDashboard, type RunningDashboard } from './lib/dashboard';
import { signInOverHttp } from './lib/http-sign-in';
import { startSandboxProcess, type SandboxProcess } from './lib/sandbox-process';

const { values } = parseArgs({
  options: {
    students: { type: 'string', default: '30' },
    rounds: { type: 'string', default: '2' },
    'boot-ms': { type: 'string', default: '3000' },
    port: { type: 'string', default: '3220' },
    'sandbox-port': { type: 'string', default: '7860' },
    'deadline-seconds': { type: 'string', default: '600' },
  },
});
const students = Number(values.students);
const rounds = Number(values.rounds);
const bootMs = Number(values['boot-ms']);
const port = Number(values.port);
const sandboxPort = Number(values['sandbox-port']);
const deadlineSeconds = Number(values['deadline-seconds']);
const PASSWORD = 'class-bench-pw';

type Group = 'page' | 'lookup' | 'action' | 'sign-in';

interface Sample {
  group: Group;
  kind: string;
  ms: number;
  ok: boolean;
}

const samples: Sample[] = [];
const errors: string[] = [];

class Student {
  readonly name: string;
  constructor(
    private readonly base: string,
    index: number,
    private readonly cookie: string,
  ) {
    this.name = `student${String(index).padStart(2, '0')}`;
  }

  /** One timed request through the dashboard; `expect` lists the statuses that are right. */
  async call(
    group: Group,
    kind: string,
    method: string,
    path: string,
    body?: unknown,
    expect: number[] = [200, 201, 202, 204],
  ): Promise<{ status: number; json: unknown }> {
    const headers: Record<string, string> = {
      cookie: this.cookie,
      accept: group === 'page' ? 'text/html' : 'application/json',
    };
    if (method !== 'GET') headers.origin = this.base;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const started = performance.now();
    let status = 0;
    let text = '';
    try {
      const response = await fetch(`${this.base}${path}`, {
        method,
        headers,
        redirect: 'manual',
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(30_000),
      });
      status = response.status;
      text = await response.text();
    } catch (error) {
      text = error instanceof Error ? error.message : String(error);
    }
    const ok = expect.includes(status);
    samples.push({ group, kind, ms: performance.now() - started, ok });
    if (!ok) {
      errors.push(`${this.name} ${kind}: ${status} ${text.slice(0, 160)}`);
      throw new Error(`${kind}: ${status}`);
    }
    let json: unknown = null;
    if (group !== 'page' && text) json = JSON.parse(text) as unknown;
    return { status, json };
  }

  page(path: string) {
    return this.call('page', `page ${path}`, 'GET', path);
  }

  async lookup<T>(kind: string, path: string): Promise<T> {
    return (await this.call('lookup', kind, 'GET', `/api/os/${path}`)).json as T;
  }

  async action<T>(kind: string, method: string, path: string, body?: unknown): Promise<T> {
    return (await this.call('action', kind, method, `/api/os/${path}`, body)).json as T;
  }

  /** Polls like the table's row polling: every second until `done`, at most `limitMs`. */
  async until(what: string, check: () => Promise<boolean>, limitMs = 60_000): Promise<void> {
    const until = Date.now() + limitMs;
    while (!(await check())) {
      if (Date.now() > until) {
        errors.push(`${this.name}: ${what} did not happen within ${limitMs / 1000} s`);
        throw new Error(what);
      }
      await new Promise((r) => setTimeout(r, 1000));
    }
  }

  /** "Launch your first instance": the page, the wizard's lookups, create, ACTIVE, delete. */
  async launchInstance(round: number): Promise<void> {
    await this.page('/project/instances');
    await this.lookup('GET servers (table)', 'compute/servers/detail?limit=20');
    const [flavors, images, networks] = await Promise.all([
      this.lookup<{ flavors: { id: string; ram: number }[] }>(
        'GET flavors',
        'compute/flavors/detail',
      ),
      this.lookup<{ images: { id: string; name: string }[] }>(
        'GET images',
        'image/v2/images?limit=50&status=active',
      ),
      this.lookup<{ networks: { id: string; name: string; 'router:external': boolean }[] }>(
        'GET networks',
        'network/v2.0/networks',
      ),
      this.lookup('GET key pairs', 'compute/os-keypairs'),
      this.lookup('GET security groups', 'network/v2.0/security-groups'),
      this.lookup('GET limits', 'compute/limits'),
    ]);
    const flavor = [...flavors.flavors].sort((a, b) => a.ram - b.ram)[0];
    const image = images.images.find((i) => i.name.startsWith('cirros')) ?? images.images[0];
    const network = networks.networks.find((n) => !n['router:external']);
    if (!flavor || !image || !network) throw new Error('no flavor, image or network');
    const created = await this.action<{ server: { id: string } }>(
      'POST server',
      'POST',
      'compute/servers',
      {
        server: {
          name: `${this.name}-bench-${round}`,
          flavorRef: flavor.id,
          imageRef: image.id,
          networks: [{ uuid: network.id }],
          security_groups: [{ name: 'default' }],
        },
      },
    );
    const id = created.server.id;
    await this.until('the server ACTIVE', async () => {
      const { server } = await this.lookup<{ server: { status: string } }>(
        'GET server (poll)',
        `compute/servers/${id}`,
      );
      if (server.status === 'ERROR') throw new Error('server ERROR');
      return server.status === 'ACTIVE';
    });
    await this.action('DELETE server', 'DELETE', `compute/servers/${id}`);
    await this.until('the server gone', async () => {
      const { status } = await this.call(
        'lookup',
        'GET server (poll)',
        'GET',
        `/api/os/compute/servers/${id}`,
        undefined,
        [200, 404],
      );
      return status === 404;
    });
  }

  /** "A network, subnet and router to reach the outside": build, list, tear down. */
  async networkWalkthrough(round: number, index: number): Promise<void> {
    await this.page('/project/networks');
    const name = `${this.name}-bench-${round}`;
    const { network } = await this.action<{ network: { id: string } }>(
      'POST network',
      'POST',
      'network/v2.0/networks',
      { network: { name, admin_state_up: true } },
    );
    const { subnet } = await this.action<{ subnet: { id: string } }>(
      'POST subnet',
      'POST',
      'network/v2.0/subnets',
      {
        subnet: {
          name: `${name}-subnet`,
          network_id: network.id,
          ip_version: 4,
          cidr: `192.168.${(index * 4 + round) % 250}.0/24`,
        },
      },
    );
    const external = await this.lookup<{ networks: { id: string }[] }>(
      'GET external networks',
      'network/v2.0/networks?router:external=true',
    );
    const gateway = external.networks[0];
    if (!gateway) throw new Error('no external network');
    const { router } = await this.action<{ router: { id: string } }>(
      'POST router (gateway)',
      'POST',
      'network/v2.0/routers',
      { router: { name: `${name}-router`, external_gateway_info: { network_id: gateway.id } } },
    );
    await this.action(
      'PUT add_router_interface',
      'PUT',
      `network/v2.0/routers/${router.id}/add_router_interface`,
      { subnet_id: subnet.id },
    );
    await this.page('/project/routers');
    await Promise.all([
      this.lookup('GET networks', 'network/v2.0/networks'),
      this.lookup('GET subnets', 'network/v2.0/subnets'),
      this.lookup('GET routers', 'network/v2.0/routers'),
      this.lookup('GET ports', `network/v2.0/ports?device_id=${router.id}`),
    ]);
    await this.action(
      'PUT remove_router_interface',
      'PUT',
      `network/v2.0/routers/${router.id}/remove_router_interface`,
      { subnet_id: subnet.id },
    );
    await this.action('DELETE router', 'DELETE', `network/v2.0/routers/${router.id}`);
    await this.action('DELETE subnet', 'DELETE', `network/v2.0/subnets/${subnet.id}`);
    await this.action('DELETE network', 'DELETE', `network/v2.0/networks/${network.id}`);
  }
}

function ms(value: number): string {
  return Number.isFinite(value) ? `${Math.round(value)} ms` : '–';
}

function figures(list: Sample[]) {
  const sorted = list.map((s) => s.ms).sort((a, b) => a - b);
  return {
    count: list.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    max: sorted[sorted.length - 1] ?? NaN,
    errors: list.filter((s) => !s.ok).length,
  };
}

function table(rows: [string, ReturnType<typeof figures>][]): string {
  const lines = [
    '| requests | count | p50 | p95 | max | errors |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const [name, f] of rows)
    lines.push(
      `| ${name} | ${f.count} | ${ms(f.p50)} | ${ms(f.p95)} | ${ms(f.max)} | ${f.errors} |`,
    );
  return lines.join('\n');
}

function startClassSandbox(): Promise<SandboxProcess> {
  return startSandboxProcess(sandboxPort, {
    SANDBOX_STUDENTS: String(students),
    SANDBOX_STUDENT_PASSWORD: PASSWORD,
    SANDBOX_BOOT_MS: String(bootMs),
  });
}

async function main() {
  if (!Number.isInteger(students) || students < 1 || students > 200)
    throw new Error('--students must be 1 to 200');
  setTimeout(() => {
    console.error(`gave up after ${deadlineSeconds} s`);
    process.exit(2); // the exit handlers stop the servers
  }, deadlineSeconds * 1000).unref();

  ensureBuild();
  const sandbox = await startClassSandbox();
  let dashboard: RunningDashboard | undefined;
  try {
    dashboard = await startDashboard(port, [{ name: 'Sandbox cloud', authUrl: sandbox.authUrl }], {
      metrics: false,
    });
    const base = dashboard.url;
    console.log(
      `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, load average ${os.loadavg()[0]!.toFixed(1)}`,
    );
    // Everyone signs in at the start of the class, all at once.
    const signedIn = await Promise.all(
      Array.from({ length: students }, async (_, i) => {
        const name = `student${String(i + 1).padStart(2, '0')}`;
        const started = performance.now();
        try {
          const cookie = await signInOverHttp(base, name, PASSWORD);
          samples.push({
            group: 'sign-in',
            kind: 'sign-in',
            ms: performance.now() - started,
            ok: true,
          });
          return new Student(base, i + 1, cookie);
        } catch (error) {
          samples.push({
            group: 'sign-in',
            kind: 'sign-in',
            ms: performance.now() - started,
            ok: false,
          });
          errors.push(`${name} sign-in: ${error instanceof Error ? error.message : String(error)}`);
          return null;
        }
      }),
    );
    const signInSamples = samples.filter((sample) => sample.group === 'sign-in');
    // Warm-up, not reported: each page and the proxy's first call once (a fresh server
    // compiles and caches on its first request; a class meets a server already in use).
    const first = signedIn.find((st) => st !== null);
    if (first) {
      for (const path of ['/project/instances', '/project/networks', '/project/routers'])
        await first.page(path);
      await first.lookup('GET servers (table)', 'compute/servers/detail?limit=20');
      samples.length = 0;
      signInSamples.forEach((sample) => samples.push(sample));
    }
    const started = Date.now();
    let walkthroughsDone = 0;
    await Promise.all(
      signedIn.map(async (student, i) => {
        if (!student) return;
        for (let round = 0; round < rounds; round++) {
          // Half the class starts with the network, half with the instance.
          const order =
            (i + round) % 2 === 0
              ? [() => student.launchInstance(round), () => student.networkWalkthrough(round, i)]
              : [() => student.networkWalkthrough(round, i), () => student.launchInstance(round)];
          for (const walk of order) {
            try {
              await walk();
              walkthroughsDone += 1;
            } catch {
              // recorded in errors; the student goes on with the next walkthrough
            }
          }
        }
      }),
    );
    const seconds = (Date.now() - started) / 1000;

    const byKind = new Map<string, Sample[]>();
    for (const s of samples) byKind.set(s.kind, [...(byKind.get(s.kind) ?? []), s]);
    const groups: Group[] = ['sign-in', 'page', 'lookup', 'action'];
    console.log(
      `\nA class of ${students}: ${rounds} round(s) of both walkthroughs each, ${walkthroughsDone} walkthroughs done in ${seconds.toFixed(0)} s, SANDBOX_BOOT_MS ${bootMs}, ${samples.length} requests`,
    );
    console.log(
      table(
        groups.map((g) => [
          g === 'page'
            ? 'page loads'
            : g === 'lookup'
              ? 'lookups (GET /api/os)'
              : g === 'action'
                ? 'actions (POST/PUT/DELETE)'
                : g,
          figures(samples.filter((s) => s.group === g)),
        ]),
      ),
    );
    console.log('\nPer kind');
    console.log(
      table(
        [...byKind.keys()]
          .sort()
          .map(
            (kind) => [kind, figures(byKind.get(kind)!)] as [string, ReturnType<typeof figures>],
          ),
      ),
    );
    console.log(`\nerrors: ${errors.length}`);
    for (const e of errors.slice(0, 20)) console.log(`  ${e}`);
  } finally {
    dashboard?.stop();
    sandbox.stop();
  }
}

main().then(
  () => process.exit(errors.length ? 1 : 0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
