import { createHash, X509Certificate } from 'node:crypto';
import { colonHex } from './ssh-public-key';

// Nova's crypto.generate_x509_fingerprint: SHA-1 of the DER certificate, loaded with
// cryptography's load_pem_x509_certificate, whose ValueError text Nova passes on.

export type X509Fingerprint = { ok: true; fingerprint: string } | { ok: false; error: string };

const PEM_FAQ =
  'Unable to load PEM file. See https://cryptography.io/en/latest/faq/#why-can-t-i-import-my-pem-file for more details.';
const BLOCK = /-----BEGIN ([^-\r\n]+)-----\r?\n([\s\S]*?)-----END \1-----/g;

export function x509Fingerprint(pem: string): X509Fingerprint {
  const blocks = [...pem.matchAll(BLOCK)];
  if (blocks.length === 0) return { ok: false, error: `${PEM_FAQ} MalformedFraming` };
  const cert = blocks.find((b) => b[1] === 'CERTIFICATE' || b[1] === 'X509 CERTIFICATE');
  if (!cert) {
    return {
      ok: false,
      error:
        'Valid PEM but no BEGIN CERTIFICATE/END CERTIFICATE delimiters. Are you sure this is a certificate?',
    };
  }
  const der = Buffer.from((cert[2] ?? '').replace(/\s+/g, ''), 'base64');
  try {
    new X509Certificate(der);
  } catch {
    return { ok: false, error: 'error parsing asn1 value: ParseError { kind: InvalidValue }' };
  }
  return { ok: true, fingerprint: colonHex(createHash('sha1').update(der).digest()) };
}
