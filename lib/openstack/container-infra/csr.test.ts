import { execFileSync } from 'node:child_process';
import { createPrivateKey } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { makeCsr } from './csr';

describe('makeCsr', () => {
  it('makes a CSR openssl verifies, for the subject asked, with a matching key', async () => {
    const { csrPem, keyPem } = await makeCsr({ cn: 'admin', o: 'system:masters' });
    const text = execFileSync('openssl', ['req', '-verify', '-noout', '-subject'], {
      input: csrPem,
      encoding: 'utf8',
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    expect(text).toMatch(/^subject=CN\s*=\s*admin, O\s*=\s*system:masters$/m);
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
