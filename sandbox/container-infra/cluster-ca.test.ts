import { X509Certificate, generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { makeClusterCa, signCsr } from './cluster-ca';
import { buildCsr } from './csr-builder';

function csr(cn = 'admin'): string {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return buildCsr(publicKey.export({ format: 'der', type: 'spki' }), privateKey, cn);
}

describe('cluster CA', () => {
  const now = Date.parse('2026-12-06T12:00:00Z');
  const ca = makeClusterCa('k8s-a', now);

  it('is a self-signed CA named after the cluster', () => {
    const cert = new X509Certificate(ca.certPem);
    expect(cert.subject).toBe('CN=k8s-a');
    expect(cert.issuer).toBe('CN=k8s-a');
    expect(cert.ca).toBe(true);
    expect(cert.verify(cert.publicKey)).toBe(true);
    expect(Date.parse(cert.validTo)).toBeGreaterThan(now + 4 * 365 * 86_400_000);
  });

  it('signs a CSR into a client certificate issued by the CA, keeping its subject and key', () => {
    const signed = signCsr(ca, csr('jane'), now);
    expect(signed).not.toBeNull();
    const cert = new X509Certificate(signed ?? '');
    const caCert = new X509Certificate(ca.certPem);
    expect(cert.subject).toBe('CN=jane\nO=system:masters');
    expect(cert.issuer).toBe('CN=k8s-a');
    expect(cert.ca).toBe(false);
    expect(cert.checkIssued(caCert)).toBe(true);
    expect(cert.verify(caCert.publicKey)).toBe(true);
    expect(cert.keyUsage).toEqual(['1.3.6.1.5.5.7.3.2']);
  });

  it('refuses what is not a CSR, and a CSR whose signature does not match its key', () => {
    expect(signCsr(ca, 'garbage', now)).toBeNull();
    const good = csr();
    const body = good.split('\n').slice(1, -2).join('');
    const der = Buffer.from(body, 'base64');
    der[der.length - 5] = (der[der.length - 5] ?? 0) ^ 0xff;
    const tampered = `-----BEGIN CERTIFICATE REQUEST-----\n${der.toString('base64')}\n-----END CERTIFICATE REQUEST-----\n`;
    expect(signCsr(ca, tampered, now)).toBeNull();
    expect(signCsr(makeClusterCa('other', now), good, now)).not.toBeNull();
  });
});
