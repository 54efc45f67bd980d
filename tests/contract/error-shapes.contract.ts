// The error bodies the dashboard turns into messages (lib/openstack/errors.ts):
// each service's own shape, checked on the target cloud as sent.
import { describe, expect, it } from 'vitest';
import { catalogFor } from '@/lib/catalog-cache';
import { findEndpoint } from '@/lib/openstack/catalog';
import { extractMessage } from '@/lib/openstack/errors';
import { authUrl, session } from './context';

async function compute(path: string, init: RequestInit & { token: string }) {
  const token = await session();
  const catalog = await catalogFor(token.authUrl, token.token, token.expiresAt);
  const endpoint = findEndpoint(catalog, 'compute', token.region);
  return fetch(`${endpoint}${path}`, {
    ...init,
    headers: {
      'X-Auth-Token': init.token,
      'Content-Type': 'application/json',
      'OpenStack-API-Version': 'compute 2.90',
      ...init.headers,
    },
  });
}

describe('error bodies as the services send them', () => {
  it('Keystone: 403 for a member listing all projects, in its {"error": …} shape', async () => {
    const token = await session();
    const response = await fetch(`${authUrl()}/projects`, {
      headers: { 'X-Auth-Token': token.token },
    });
    expect(response.status).toBe(403);
    const body = (await response.json()) as {
      error: { code: number; title: string; message: string };
    };
    expect(body.error.code).toBe(403);
    expect(body.error.title).toBe('Forbidden');
    expect(extractMessage(body).message).toMatch(
      /You are not authorized to perform the requested action/,
    );
  });

  it('Nova behind keystonemiddleware: 401 for a bad token, in the {"error": …} shape', async () => {
    const response = await compute('/os-keypairs', { token: 'gAAAAA-not-a-token' });
    expect(response.status).toBe(401);
    const body = (await response.json()) as { error: { code: number; message: string } };
    expect(body.error.code).toBe(401);
    expect(extractMessage(body).message).toBe('The request you have made requires authentication.');
  });

  it('Nova: 404 itemNotFound, 400 badRequest and 409 conflictingRequest', async () => {
    const token = (await session()).token;
    const missing = await compute('/os-keypairs/contract-no-such-key', { token });
    expect(missing.status).toBe(404);
    expect(Object.keys((await missing.json()) as object)).toEqual(['itemNotFound']);

    const bad = await compute('/os-keypairs', {
      token,
      method: 'POST',
      body: JSON.stringify({ keypair: { name: 'contract-bad', public_key: 'not a key' } }),
    });
    expect(bad.status).toBe(400);
    const badBody = (await bad.json()) as { badRequest: { code: number; message: string } };
    expect(badBody.badRequest.code).toBe(400);
    expect(extractMessage(badBody).message).toMatch(/^Keypair data is invalid/);

    const name = `contract-conflict-${Math.random().toString(36).slice(2, 8)}`;
    const first = await compute('/os-keypairs', {
      token,
      method: 'POST',
      body: JSON.stringify({ keypair: { name } }),
    });
    expect(first.status).toBe(201);
    const again = await compute('/os-keypairs', {
      token,
      method: 'POST',
      body: JSON.stringify({ keypair: { name } }),
    });
    expect(again.status).toBe(409);
    expect(await again.json()).toEqual({
      conflictingRequest: { code: 409, message: `Key pair '${name}' already exists.` },
    });
    expect((await compute(`/os-keypairs/${name}`, { token, method: 'DELETE' })).status).toBe(204);
  });
});
