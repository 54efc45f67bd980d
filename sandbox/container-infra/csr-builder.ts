import { sign, type KeyObject } from 'node:crypto';
import {
  bitString,
  context,
  integer,
  nullValue,
  oid,
  sequence,
  set,
  utf8String,
} from '../compute/der';

// A PKCS#10 certificate request built by hand (no openssl needed): CN and O, RSA,
// SHA-256. Tests use it to ask the cluster CA for certificates.

function rdn(type: string, value: string): Buffer {
  return set(sequence(oid(type), utf8String(value)));
}

export function buildCsr(
  spkiDer: Buffer,
  privateKey: KeyObject,
  cn = 'admin',
  o = 'system:masters',
): string {
  const info = sequence(
    integer(0),
    sequence(rdn('2.5.4.3', cn), rdn('2.5.4.10', o)),
    spkiDer,
    context(0),
  );
  const algorithm = sequence(oid('1.2.840.113549.1.1.11'), nullValue());
  const der = sequence(info, algorithm, bitString(sign('sha256', info, privateKey)));
  const lines = der.toString('base64').match(/.{1,64}/g) ?? [];
  return `-----BEGIN CERTIFICATE REQUEST-----\n${lines.join('\n')}\n-----END CERTIFICATE REQUEST-----\n`;
}
