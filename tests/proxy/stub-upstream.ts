// A stand-in OpenStack service on 127.0.0.1 that answers however a test asks
// (or never), and a session whose catalog points one service at it.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { catalogFor, rememberCatalog } from '@/lib/catalog-cache';
import type { DashboardToken } from '@/lib/session-token';
import type { AddressInfo } from 'node:net';

export type StubHandler = (req: IncomingMessage, res: ServerResponse) => void;

export interface StubUpstream {
  url: string;
  handle(handler: StubHandler): void;
  close(): Promise<void>;
}

export async function startStubUpstream(): Promise<StubUpstream> {
  let current: StubHandler = (_req, res) => res.end();
  const server = createServer((req, res) => current(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    handle(handler) {
      current = handler;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Points `type`'s endpoints in this session's catalog at `url`; returns an undo. */
export async function routeServiceTo(
  token: DashboardToken,
  type: string,
  url: string,
): Promise<() => void> {
  const catalog = await catalogFor(token.authUrl, token.token, token.expiresAt);
  rememberCatalog(
    token.token,
    catalog.map((entry) =>
      entry.type === type
        ? { ...entry, endpoints: entry.endpoints.map((e) => ({ ...e, url })) }
        : entry,
    ),
    token.expiresAt,
  );
  return () => rememberCatalog(token.token, catalog, token.expiresAt);
}
