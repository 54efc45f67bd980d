import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createKeypairInput, importKeypairInput, isSshPublicKey } from './keypair-inputs';

function sshString(value: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(value.length);
  return Buffer.concat([length, value]);
}

function ed25519(): string {
  const raw = generateKeyPairSync('ed25519')
    .publicKey.export({ format: 'der', type: 'spki' })
    .subarray(-32);
  return `ssh-ed25519 ${Buffer.concat([sshString(Buffer.from('ssh-ed25519')), sshString(raw)]).toString('base64')} me@host`;
}

describe('key pair inputs', () => {
  it('accepts a real OpenSSH key and refuses look-alikes', () => {
    expect(isSshPublicKey(ed25519())).toBe(true);
    expect(isSshPublicKey('ssh-rsa AAAA')).toBe(false);
    expect(isSshPublicKey(ed25519().replace('ssh-ed25519', 'ssh-rsa'))).toBe(false);
    expect(isSshPublicKey('hello world')).toBe(false);
  });

  it('explains bad names', () => {
    const messages = (name: string) =>
      createKeypairInput.safeParse({ name, type: 'ssh' }).error?.issues.map((i) => i.message) ?? [];
    expect(messages('')).toContain('Key Pair Name is required.');
    expect(messages('x'.repeat(256))).toContain('Key Pair Name must be 255 characters or fewer.');
    expect(messages('<b>hi</b>')).toContain(
      'Key Pair Name may only contain letters, numbers, spaces, underscores and hyphens.',
    );
    expect(messages('my key_1-a')).toEqual([]);
  });

  it('puts a malformed public key error on the public key field', () => {
    const result = importKeypairInput.safeParse({ name: 'k', type: 'ssh', public_key: 'nonsense' });
    expect(result.error?.issues[0]?.path).toEqual(['public_key']);
  });
});
