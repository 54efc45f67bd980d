#!/usr/bin/env -S npx tsx
// Benchmark of a big Swift object through the dashboard (not a test: it prints figures).
//   npx tsx scripts/bench/object-transfer.ts [--cloud sandbox|devcloud] [--mib 1024]
//     [--port 3200] [--sandbox-port 7700]
// image-upload.ts's method for Swift, both ways: a generated object (made while it is
// sent, never held in memory) is uploaded straight to the object-store endpoint and
// through the dashboard's proxy (production build), then each is downloaded the same
// two ways and its bytes counted. Prints the throughput of each path, the proxy/direct
// ratios, and the peak resident memory each transfer adds to the dashboard's processes
// and, on the sandbox, to the sandbox's (sampled from /proc every 100 ms; targets
// < 100 MB). Its container and objects are deleted afterwards.
// Figures: docs/benchmarks.md, "Containers".
import { parseArgs } from 'node:util';
import { ensureBuild } from './lib/build';
import { signIn } from './lib/cloud';
import { startDashboard } from './lib/dashboard';
import { signInOverHttp } from './lib/http-sign-in';
import { startSandboxProcess, type SandboxProcess } from './lib/sandbox-process';
import { fmt, generated, generatedMd5, measured, MIB, type Run } from './lib/transfer';

const { values } = parseArgs({
  options: {
    cloud: { type: 'string', default: 'sandbox' },
    mib: { type: 'string', default: '1024' },
    port: { type: 'string', default: '3200' },
    'sandbox-port': { type: 'string', default: '7700' },
  },
});
const onDevcloud = values.cloud === 'devcloud';
const DEVCLOUD = process.env.DEVCLOUD_AUTH_URL ?? 'http://127.0.0.1:5000/v3';
const size = Number(values.mib) * MIB;

/** Reads a download to its end, counting bytes (nothing kept). */
async function drain(response: Response, what: string): Promise<void> {
  if (response.status !== 200 || !response.body) {
    throw new Error(`${what} answered ${response.status}: ${await response.text()}`);
  }
  let read = 0;
  const reader = response.body.getReader();
  for (let part = await reader.read(); !part.done; part = await reader.read()) {
    read += part.value.byteLength;
  }
  if (read !== size) throw new Error(`${what} gave ${read} bytes, not ${size}`);
}

async function main() {
  ensureBuild();
  const md5 = generatedMd5(size);
  let sandbox: SandboxProcess | undefined;
  if (!onDevcloud) sandbox = await startSandboxProcess(Number(values['sandbox-port']));
  const authUrl = sandbox?.authUrl ?? DEVCLOUD;
  const dashboard = await startDashboard(
    Number(values.port),
    [{ name: 'Measured cloud', authUrl }],
    { metrics: false },
  );
  const demo = await signIn(authUrl, 'demo', 'demo');
  const store = demo.api.objectStore;
  const container = `bench-transfer-${Date.now().toString(36)}`;
  const proxyUrl = (name: string) =>
    `${dashboard.url}/api/os/object-store/${encodeURIComponent(container)}/${name}`;
  try {
    const cookie = await signInOverHttp(dashboard.url, 'demo', 'demo');
    await store.createContainer({ name: container });
    const groups = [dashboard.pid, ...(sandbox ? [sandbox.pid] : [])];

    const upDirect = await measured(groups, async () => {
      const { etag } = await store.uploadObject({
        container,
        name: 'direct.bin',
        body: generated(size),
        size,
      });
      if (etag !== md5) throw new Error(`direct upload: ETag ${etag}, expected ${md5}`);
    });
    const upProxy = await measured(groups, async () => {
      const response = await fetch(proxyUrl('proxy.bin'), {
        method: 'PUT',
        headers: {
          cookie,
          origin: dashboard.url,
          'content-type': 'application/octet-stream',
          'content-length': String(size),
        },
        body: generated(size),
        duplex: 'half',
      } as RequestInit);
      const etag = response.headers.get('etag')?.replace(/"/g, '');
      await response.body?.cancel();
      if (response.status !== 201 || etag !== md5) {
        throw new Error(`upload through the proxy: ${response.status}, ETag ${etag}`);
      }
    });
    const downDirect = await measured(groups, async () =>
      drain(await store.downloadObject(container, 'direct.bin'), 'direct download'),
    );
    const downProxy = await measured(groups, async () =>
      drain(
        await fetch(proxyUrl('proxy.bin'), { headers: { cookie, origin: dashboard.url } }),
        'download through the proxy',
      ),
    );

    const rate = (run: Run) => size / MIB / run.seconds;
    console.log(
      `\nSwift object of ${values.mib} MiB on the ${onDevcloud ? 'devcloud' : 'sandbox'}\n`,
    );
    const header = ['transfer', 'path', 'seconds', 'MiB/s', 'dashboard RSS added (MB)'];
    if (sandbox) header.push('sandbox RSS added (MB)');
    console.log(`| ${header.join(' | ')} |`);
    console.log(`| ${header.map(() => '---').join(' | ')} |`);
    for (const [transfer, path, run] of [
      ['upload', 'direct to Swift', upDirect],
      ['upload', 'through the proxy', upProxy],
      ['download', 'direct from Swift', downDirect],
      ['download', 'through the proxy', downProxy],
    ] as const) {
      console.log(
        `| ${[transfer, path, fmt(run.seconds, 2), fmt(rate(run)), ...run.addedMb.map((m) => fmt(m))].join(' | ')} |`,
      );
    }
    console.log(
      `\nproxy / direct throughput: upload ${fmt(rate(upProxy) / rate(upDirect), 2)}, download ${fmt(rate(downProxy) / rate(downDirect), 2)}`,
    );
  } finally {
    for (const name of ['direct.bin', 'proxy.bin']) {
      await store.deleteObject(container, name).catch(() => undefined);
    }
    await store.deleteContainer(container).catch((error: unknown) => {
      console.error(`could not delete container ${container}:`, error);
    });
    dashboard.stop();
    sandbox?.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
