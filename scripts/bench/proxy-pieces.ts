#!/usr/bin/env -S npx tsx
// What one proxied GET costs in the dashboard's own code, piece by piece (not a
// test: it prints figures). In-process, without Next's server around it:
//   npx tsx scripts/bench/proxy-pieces.ts [--calls 5000] [--sandbox-port 7780]
// CPU time of this process per call (the sandbox runs in a process of its own).
// The rest of a request's cost, Next's own HTTP and routing pipeline, is what
// load.ts shows beside it (its "dashboard CPU ms/req").
import { parseArgs } from 'node:util';
import { NextRequest } from 'next/server';
import { decode, encode } from 'next-auth/jwt';
import { catalogFor } from '@/lib/catalog-cache';
import { findEndpoint } from '@/lib/openstack/catalog';
import { forward } from '@/lib/proxy/forward';
import { sessionState } from '@/lib/session-cookie';
import { decodeSession } from '@/lib/session-decode-cache';
import { signIn } from './lib/cloud';
import { startSandboxProcess } from './lib/sandbox-process';

const { values } = parseArgs({
  options: {
    calls: { type: 'string', default: '5000' },
    'sandbox-port': { type: 'string', default: '7780' },
  },
});
const calls = Number(values.calls);
const SECRET = 'proxy-pieces-secret-0123456789abcdef';

/** CPU µs per call and wall µs per call, `concurrency` calls in flight. */
async function cost(
  name: string,
  run: () => Promise<unknown>,
  concurrency = 1,
  n = calls,
): Promise<string> {
  for (let i = 0; i < Math.min(500, n); i++) await run(); // warm-up
  let left = n;
  const cpu = process.cpuUsage();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (left-- > 0) await run();
    }),
  );
  const wall = ((performance.now() - started) * 1000) / n;
  const used = process.cpuUsage(cpu);
  const cpuPerCall = (used.user + used.system) / n;
  return `| ${name} | ${concurrency} | ${cpuPerCall.toFixed(0)} µs | ${wall.toFixed(0)} µs |`;
}

async function main() {
  const sandbox = await startSandboxProcess(Number(values['sandbox-port']));
  try {
    process.env.NEXTAUTH_SECRET = SECRET;
    process.env.DASHBOARD_CLOUDS = JSON.stringify([{ name: 'Sandbox', authUrl: sandbox.authUrl }]);
    const { token } = await signIn(sandbox.authUrl, 'demo', 'demo');
    const jwt = await encode({ token, secret: SECRET });
    const cookie = `next-auth.session-token=${jwt}`;
    const path = '/api/os/compute/servers/detail?limit=20';
    const request = () =>
      new NextRequest(`http://127.0.0.1:3000${path}`, {
        headers: { host: '127.0.0.1:3000', cookie, accept: 'application/json' },
      });
    const catalog = await catalogFor(token.authUrl, token.token, token.expiresAt);
    const compute = findEndpoint(catalog, 'compute', token.region);
    if (!compute) throw new Error('no compute endpoint');
    const store = request().cookies;
    const rows = [
      await cost('next-auth decode (key derivation + decryption), every call', () =>
        decode({ token: jwt, secret: SECRET }),
      ),
      await cost('decodeSession, remembered', () => decodeSession(jwt, SECRET)),
      await cost('sessionState (cookie reassembly, decode, schema, expiry)', () =>
        sessionState(store),
      ),
      await cost('catalog lookup (cache hit + endpoint)', async () =>
        findEndpoint(
          await catalogFor(token.authUrl, token.token, token.expiresAt),
          'compute',
          token.region,
        ),
      ),
      await cost('new NextRequest (what Next builds per request)', async () => request()),
      await cost(
        'fetch straight to Nova + read the body',
        async () => {
          const response = await fetch(`${compute}/servers/detail?limit=20`, {
            headers: { 'x-auth-token': token.token, accept: 'application/json' },
          });
          await response.arrayBuffer();
        },
        10,
      ),
      await cost(
        'forward() whole: checks, session, catalog, fetch, hardening + read the body',
        async () => {
          const response = await forward(request());
          if (response.status !== 200) throw new Error(`forward answered ${response.status}`);
          await response.arrayBuffer();
        },
        10,
      ),
    ];
    console.log(
      `\nProxy pieces, ${calls} calls each, CPU of this process per call (Node ${process.version})`,
    );
    console.log('| piece | in flight | CPU per call | wall per call |');
    console.log('| --- | --- | --- | --- |');
    for (const row of rows) console.log(row);
  } finally {
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
