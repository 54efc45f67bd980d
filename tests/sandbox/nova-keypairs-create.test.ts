import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { get, json, post } from './helpers';
import { createKeypair, ED25519, ED25519_FP, mv, novaFixture } from './nova-helpers';
import { generateX509Keypair } from '../../sandbox/compute/x509-keygen';
import type { RunningSandbox } from '../../sandbox/server';

let sandbox: RunningSandbox;
let keypairs: string;
let demo: string;
let demoUserId: string;

beforeAll(async () => {
  ({ sandbox, keypairs, demo, demoUserId } = await novaFixture());
});
afterAll(() => sandbox.close());

const create = (body: unknown, version = '2.1', token = demo, url = keypairs) =>
  createKeypair(url, token, body, version);
describe('creating key pairs', () => {
  it('generates an RSA key pair at 2.1 (200, private key once, no type)', async () => {
    const res = await create({ keypair: { name: 'gen-21' } });
    expect(res.status).toBe(200);
    const { keypair } = await json(res);
    expect(Object.keys(keypair)).toEqual([
      'private_key',
      'name',
      'public_key',
      'fingerprint',
      'user_id',
    ]);
    expect(keypair.private_key).toMatch(
      /^-----BEGIN RSA PRIVATE KEY-----\n[\s\S]+-----END RSA PRIVATE KEY-----\n$/,
    );
    expect(keypair.public_key).toMatch(/^ssh-rsa AAAAB3NzaC1yc2E\S+ Generated-by-Nova$/);
    expect(keypair.user_id).toBe(demoUserId);
    const blob = Buffer.from(keypair.public_key.split(' ')[1], 'base64');
    expect(keypair.fingerprint).toBe(
      createHash('md5')
        .update(blob)
        .digest('hex')
        .replace(/(..)(?!$)/g, '$1:'),
    );
    const shown = await json(await get(`${keypairs}/gen-21`, demo));
    expect(shown.keypair.private_key).toBeUndefined();
  });

  it('imports a key at 2.2 (201 with type) and shows it with its record fields', async () => {
    const res = await create({ keypair: { name: 'imported', public_key: ED25519 } }, '2.2');
    expect(res.status).toBe(201);
    expect((await json(res)).keypair).toEqual({
      type: 'ssh',
      name: 'imported',
      public_key: ED25519,
      fingerprint: ED25519_FP,
      user_id: demoUserId,
    });
    const v21 = await json(await get(`${keypairs}/imported`, demo));
    expect(v21.keypair).toEqual({
      name: 'imported',
      public_key: ED25519,
      fingerprint: ED25519_FP,
      user_id: demoUserId,
      created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.000000$/),
      deleted: false,
      deleted_at: null,
      id: expect.any(Number),
      updated_at: null,
    });
    const v22 = await json(await get(`${keypairs}/imported`, demo, mv('2.2')));
    expect(v22.keypair.type).toBe('ssh');
  });

  it('imports and generates x509 certificates', async () => {
    const cert = await generateX509Keypair('someone');
    const res = await create(
      { keypair: { name: 'cert', type: 'x509', public_key: cert.publicKey } },
      '2.2',
    );
    expect(res.status).toBe(201);
    expect((await json(res)).keypair).toMatchObject({
      type: 'x509',
      fingerprint: cert.fingerprint,
    });
    const generated = await create({ keypair: { name: 'gen-cert', type: 'x509' } }, '2.2');
    expect(generated.status).toBe(201);
    const body = (await json(generated)).keypair;
    expect(body.public_key).toMatch(/^-----BEGIN CERTIFICATE-----/);
    expect(body.private_key).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(body.fingerprint).toMatch(/^([0-9a-f]{2}:){19}[0-9a-f]{2}$/);
  });

  it('refuses duplicates (case-insensitively, like MariaDB) with 409', async () => {
    await create({ keypair: { name: 'dup', public_key: ED25519 } });
    for (const name of ['dup', 'DUP']) {
      const res = await create({ keypair: { name, public_key: ED25519 } });
      expect(res.status).toBe(409);
      expect(await json(res)).toEqual({
        conflictingRequest: { code: 409, message: `Key pair '${name}' already exists.` },
      });
    }
    expect((await create({ keypair: { name: 'dup' } })).status).toBe(409);
  });

  it('refuses keys that do not parse with 400', async () => {
    for (const [publicKey, type] of [
      ['ssh-rsa not-a-key', 'ssh'],
      [ED25519.replace('AAAAC3', 'AAAAB3'), 'ssh'],
      ['', 'ssh'],
    ]) {
      const res = await create(
        { keypair: { name: 'bad-key', public_key: publicKey, type } },
        '2.2',
      );
      expect(res.status).toBe(400);
      expect(await json(res)).toEqual({
        badRequest: {
          code: 400,
          message: 'Keypair data is invalid: failed to generate fingerprint',
        },
      });
    }
    const x509 = await create(
      { keypair: { name: 'bad-cert', public_key: ED25519, type: 'x509' } },
      '2.2',
    );
    expect((await json(x509)).badRequest.message).toMatch(
      /^Keypair data is invalid: failed to generate X509 fingerprint\. Error message: Unable to load PEM file/,
    );
  });

  it('refuses bad names and bodies with 400', async () => {
    const cases: [unknown, string, string][] = [
      [
        { keypair: { name: 'bad/name' } },
        '2.1',
        "An invalid 'name' value was provided. The name must be: Only expected characters: [_- 0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ]",
      ],
      [
        { keypair: { name: '' } },
        '2.1',
        "Invalid input for field/attribute name. Value: . '' is too short",
      ],
      [
        { keypair: { name: ' x' } },
        '2.1',
        "An invalid 'name' value was provided. The name must be: printable characters. Can not start or end with whitespace.",
      ],
      [
        { keypair: {} },
        '2.1',
        "Invalid input for field/attribute keypair. Value: {}. 'name' is a required property",
      ],
      [{}, '2.1', "'keypair' is a required property"],
      [
        { keypair: { name: 'k', type: 'ssh' } },
        '2.1',
        "Invalid input for field/attribute keypair. Value: {'name': 'k', 'type': 'ssh'}. Additional properties are not allowed ('type' was unexpected)",
      ],
    ];
    for (const [body, version, message] of cases) {
      const res = await create(body, version);
      expect(res.status, message).toBe(400);
      expect(await json(res)).toEqual({ badRequest: { code: 400, message } });
    }
    const malformed = await create('{oops', '2.1');
    expect(await json(malformed)).toEqual({
      badRequest: { code: 400, message: 'Malformed request body' },
    });
    const empty = await fetch(keypairs, { method: 'POST', headers: { 'X-Auth-Token': demo } });
    expect((await json(empty)).badRequest.message).toBe("None is not of type 'object'");
    const xml = await post(keypairs, '<keypair/>', {
      'X-Auth-Token': demo,
      'Content-Type': 'application/xml',
    });
    expect(xml.status).toBe(415);
    expect(await json(xml)).toEqual({
      badMediaType: { code: 415, message: 'Unsupported Content-Type' },
    });
  });

  it('requires a public key from 2.92 and then allows @ and . in names', async () => {
    const res = await create({ keypair: { name: 'gen-292' } }, '2.92');
    expect(res.status).toBe(400);
    expect((await json(res)).badRequest.message).toBe(
      "Invalid input for field/attribute keypair. Value: {'name': 'gen-292'}. 'public_key' is a required property",
    );
    const dotted = await create(
      { keypair: { name: 'me@laptop.local', public_key: ED25519 } },
      '2.92',
    );
    expect(dotted.status).toBe(201);
    expect((await json(dotted)).keypair.private_key).toBeUndefined();
    expect(
      (await create({ keypair: { name: 'me@old', public_key: ED25519 } }, '2.91')).status,
    ).toBe(400);
  });
});
