// Nova key pair calls (lib/openstack/compute/keypairs.ts) against the target cloud.
import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '@/lib/openstack/api';
import { apiFor, apiWithBadToken, session, unique } from './context';
import { failure } from './failure';

function ed25519(): string {
  const raw = generateKeyPairSync('ed25519')
    .publicKey.export({ format: 'der', type: 'spki' })
    .subarray(-32);
  const part = (b: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(b.length);
    return Buffer.concat([len, b]);
  };
  return `ssh-ed25519 ${Buffer.concat([part(Buffer.from('ssh-ed25519')), part(raw)]).toString('base64')} contract@test`;
}

let api: Api;
const created: string[] = [];

beforeAll(async () => {
  api = await apiFor(await session());
});

afterAll(async () => {
  await Promise.allSettled(created.map((name) => api.compute.deleteKeypair(name)));
});

describe('compute os-keypairs', () => {
  it('generates a key pair and returns the private key once', async () => {
    const name = unique('gen');
    created.push(name);
    const keypair = await api.compute.createKeypair({ name, type: 'ssh' });
    expect(keypair.private_key).toMatch(/-----BEGIN (RSA )?PRIVATE KEY-----/);
    expect(keypair.public_key).toMatch(/^ssh-rsa /);
    expect(keypair.fingerprint).toMatch(/^([0-9a-f]{2}:){15}[0-9a-f]{2}$/);
    const shown = await api.compute.getKeypair(name);
    expect(shown.private_key).toBeUndefined();
    expect(shown.public_key).toBe(keypair.public_key);
    expect(shown.user_id).toBeTruthy();
  });

  it('imports a public key and lists it with paging', async () => {
    const names = [unique('imp'), unique('imp'), unique('imp')];
    for (const name of names) {
      created.push(name);
      const keypair = await api.compute.importKeypair({ name, type: 'ssh', public_key: ed25519() });
      expect(keypair.type).toBe('ssh');
      expect(keypair.private_key).toBeUndefined();
    }
    const all = await api.compute.listKeypairs();
    expect(all.items.map((k) => k.name)).toEqual(expect.arrayContaining(names));
    const first = await api.compute.listKeypairs({ limit: 2 });
    expect(first.items).toHaveLength(2);
    expect(first.next).toBe(first.items[1]?.name);
    const second = await api.compute.listKeypairs({ limit: 2, marker: first.next });
    expect(second.items[0]?.name).not.toBe(first.items[0]?.name);
  });

  it("refuses a duplicate name with 409 and Nova's text", async () => {
    const name = unique('dup');
    created.push(name);
    await api.compute.importKeypair({ name, type: 'ssh', public_key: ed25519() });
    const error = await failure(
      api.compute.importKeypair({ name, type: 'ssh', public_key: ed25519() }),
    );
    expect(error.status).toBe(409);
    expect(error.message).toBe(`Key pair '${name}' already exists.`);
  });

  it('refuses a malformed public key and a bad name with 400', async () => {
    const bad = await failure(
      api.compute.importKeypair({
        name: unique('bad'),
        type: 'ssh',
        public_key: 'ssh-rsa AAAAnot',
      }),
    );
    expect(bad.status).toBe(400);
    expect(bad.message).toMatch(/Keypair data is invalid/);
    const badName = await failure(api.compute.createKeypair({ name: 'bad<name>', type: 'ssh' }));
    expect(badName.status).toBe(400);
    expect(badName.message).toBe(
      "An invalid 'name' value was provided. The name must be: Only expected characters: [_- 0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ]",
    );
  });

  it('answers 404 for a missing key pair, on show and delete', async () => {
    const missing = unique('missing');
    const shown = await failure(api.compute.getKeypair(missing));
    expect(shown.status).toBe(404);
    expect(shown.message).toMatch(new RegExp(`^Keypair ${missing} not found for user`));
    const deleted = await failure(api.compute.deleteKeypair(missing));
    expect(deleted.status).toBe(404);
    expect(deleted.message).toMatch(new RegExp(`^Keypair ${missing} not found for user \\S+$`));
  });

  it('answers 401 for a token the cloud does not accept', async () => {
    const bad = await apiWithBadToken(await session());
    const refused = await failure(bad.compute.listKeypairs());
    expect(refused.status).toBe(401);
    expect(refused.message).toBe('The request you have made requires authentication.');
  });
});
