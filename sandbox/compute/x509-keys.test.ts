import { X509Certificate } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateX509Keypair } from './x509-keygen';
import { x509Fingerprint } from './x509-keys';

describe('x509 key pairs', () => {
  it('generates a client certificate whose SHA-1 fingerprint Nova-style matches', async () => {
    const generated = await generateX509Keypair('user-1');
    const cert = new X509Certificate(generated.publicKey);
    expect(cert.subject).toBe('CN=user-1');
    expect(cert.fingerprint.toLowerCase()).toBe(generated.fingerprint);
    expect(x509Fingerprint(generated.publicKey)).toEqual({
      ok: true,
      fingerprint: generated.fingerprint,
    });
    expect(Buffer.from(generated.privateKey, 'base64')[0]).toBe(0x30);
  });

  it("refuses what cryptography's PEM loader refuses", () => {
    expect(x509Fingerprint('ssh-rsa AAAA')).toEqual({
      ok: false,
      error:
        'Unable to load PEM file. See https://cryptography.io/en/latest/faq/#why-can-t-i-import-my-pem-file for more details. MalformedFraming',
    });
    expect(
      x509Fingerprint('-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n'),
    ).toMatchObject({
      ok: false,
      error: expect.stringContaining('Valid PEM but no BEGIN CERTIFICATE'),
    });
    expect(
      x509Fingerprint('-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n'),
    ).toMatchObject({
      ok: false,
      error: expect.stringContaining('error parsing asn1 value'),
    });
  });
});
