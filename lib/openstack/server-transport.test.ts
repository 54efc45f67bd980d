import { createServer } from 'node:http';
import { describe, expect, it } from 'vitest';
import { OpenStackError } from './errors';
import { serverTransport, unansweredError } from './server-transport';
import type { AddressInfo } from 'node:net';

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('server transport, a service that does not answer', () => {
  it('a refused connection is an OpenStackError in plain words', async () => {
    const port = await closedPort();
    const transport = serverTransport({
      token: 't',
      region: 'RegionOne',
      iface: 'public',
      catalog: [
        {
          type: 'compute',
          endpoints: [
            { interface: 'public', region_id: 'RegionOne', url: `http://127.0.0.1:${port}/v2.1` },
          ],
        },
      ] as never,
    });
    const error = await transport
      .send({ service: 'compute', path: '/servers', microversion: '2.1' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenStackError);
    expect((error as OpenStackError).reason).toBe('unreachable');
    expect((error as OpenStackError).message).toBe(
      'Compute (Nova) cannot be reached (connection refused): it may be down or restarting. ' +
        "Try again in a moment; if it stays unreachable, contact the cloud's operators.",
    );
  });

  it('a timeout says how long it waited', () => {
    const timeout = Object.assign(new Error('The operation was aborted due to timeout'), {
      name: 'TimeoutError',
    });
    const error = unansweredError('network', timeout);
    expect(error.status).toBe(504);
    expect(error.reason).toBe('timeout');
    expect(error.message).toMatch(/^Networking \(Neutron\) did not answer within 30 s: /);
  });
});
