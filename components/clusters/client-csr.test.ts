import { execFileSync } from 'node:child_process';
import { createPrivateKey } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { makeClientCsr } from './client-csr';

describe('makeClientCsr', () => {
  it('makes a CSR openssl verifies, for the subject asked, with a matching key', async () => {
    const { csrPem, keyPem } = await makeClientCsr('admin', 'system:masters');
    const text = execFileSync('openssl', ['req', '-verify', '-noout', '-subject'], {
      input: csrPem,
      encoding: 'utf8',
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    expect(text).toMatch(/O\s*=\s*system:masters, CN\s*=\s*admin/);
    const fromKey = createPrivateKey(keyPem).asymmetricKeyDetails;
    expect(fromKey?.modulusLength).toBe(2048);
    const csrModulus = execFileSync('openssl', ['req', '-noout', '-modulus'], {
      input: csrPem,
      encoding: 'utf8',
    });
    const keyModulus = execFileSync('openssl', ['rsa', '-noout', '-modulus'], {
      input: keyPem,
      encoding: 'utf8',
    });
    expect(csrModulus.trim()).toBe(keyModulus.trim());
  });
});
