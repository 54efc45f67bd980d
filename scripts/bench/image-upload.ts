#!/usr/bin/env -S npx tsx
// Benchmark of an image upload (not a test: it prints figures).
//   npx tsx scripts/bench/image-upload.ts [--cloud sandbox|devcloud] [--mib 1024]
//     [--port 3200] [--sandbox-port 7700]
// A generated file (made while it is sent, never held in memory) is uploaded to
// Glance twice, as the same user: once straight to the image endpoint, once
// through the dashboard's proxy (production build). Prints the throughput of
// both, their ratio (target ≥ 0.8), and the resident memory each upload adds to
// the dashboard's processes and, on the sandbox, to the sandbox's (targets < 100 MB).
// The images it makes are deleted afterwards. Figures: docs/benchmarks.md, "Image upload".
import { parseArgs } from 'node:util';
import { ensureBuild } from './lib/build';
import { signIn } from './lib/cloud';
import { startDashboard } from './lib/dashboard';
import { signInOverHttp } from './lib/http-sign-in';
import { startSandboxProcess, type SandboxProcess } from './lib/sandbox-process';
import { fmt, generated, measured, MIB, type Run } from './lib/transfer';

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

async function main() {
  ensureBuild();
  let sandbox: SandboxProcess | undefined;
  if (!onDevcloud) sandbox = await startSandboxProcess(Number(values['sandbox-port']));
  const authUrl = sandbox?.authUrl ?? DEVCLOUD;
  const dashboard = await startDashboard(
    Number(values.port),
    [{ name: 'Measured cloud', authUrl }],
    { metrics: false },
  );
  const made: string[] = [];
  const demo = await signIn(authUrl, 'demo', 'demo');
  try {
    const cookie = await signInOverHttp(dashboard.url, 'demo', 'demo');
    const newImage = async (how: string) => {
      const image = await demo.api.image.createImage({
        name: `bench-upload-${how}-${Date.now().toString(36)}`,
        disk_format: 'raw',
        container_format: 'bare',
        visibility: 'private',
      });
      made.push(image.id);
      return image.id;
    };
    const groups = [dashboard.pid, ...(sandbox ? [sandbox.pid] : [])];

    const directId = await newImage('direct');
    const direct = await measured(groups, () =>
      demo.api.image.uploadImageData(directId, generated(size), size),
    );
    const proxiedId = await newImage('proxy');
    const proxied = await measured(groups, async () => {
      const response = await fetch(`${dashboard.url}/api/os/image/v2/images/${proxiedId}/file`, {
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
      if (response.status !== 204) {
        throw new Error(
          `upload through the proxy answered ${response.status}: ${await response.text()}`,
        );
      }
    });
    for (const id of [directId, proxiedId]) {
      const image = await demo.api.image.getImage(id);
      if (image.status !== 'active' || image.size !== size) {
        throw new Error(
          `image ${id} is ${image.status} with size ${image.size}, not active with ${size}`,
        );
      }
    }

    const rate = (run: Run) => size / MIB / run.seconds;
    console.log(
      `\nImage upload of ${values.mib} MiB on the ${onDevcloud ? 'devcloud' : 'sandbox'}\n`,
    );
    const header = ['path', 'seconds', 'MiB/s', 'dashboard RSS added (MB)'];
    if (sandbox) header.push('sandbox RSS added (MB)');
    console.log(`| ${header.join(' | ')} |`);
    console.log(`| ${header.map(() => '---').join(' | ')} |`);
    for (const [name, run] of [
      ['direct to Glance', direct],
      ['through the proxy', proxied],
    ] as const) {
      console.log(
        `| ${[name, fmt(run.seconds, 2), fmt(rate(run)), ...run.addedMb.map((m) => fmt(m))].join(' | ')} |`,
      );
    }
    console.log(
      `\nproxy / direct throughput: ${fmt(rate(proxied) / rate(direct), 2)} (target ≥ 0.8)`,
    );
  } finally {
    for (const id of made) await demo.api.image.deleteImage(id).catch(() => undefined);
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
