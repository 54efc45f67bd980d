import { createPublicKey, generateKeyPairSync, randomBytes, sign, verify } from 'node:crypto';
import { children, oidText, readElement } from './der-reader';
import {
  bitString,
  context,
  integer,
  nullValue,
  octetString,
  oid,
  sequence,
  set,
  time,
  utf8String,
  tlv,
} from '../compute/der';

// Each cluster's certificate authority, as Magnum's x509 helpers make it: an RSA
// key and a self-signed CA certificate named after the cluster (CA:TRUE,
// pathlen 0, keyCertSign), valid five years; and CSRs it signs into client
// certificates (CA:FALSE, digitalSignature + keyEncipherment, clientAuth).

const SHA256_RSA = sequence(oid('1.2.840.113549.1.1.11'), nullValue());
const DAY = 86_400_000;
const BOOLEAN_TRUE = Buffer.from([0x01, 0x01, 0xff]);

const SIGNATURE_HASHES: Record<string, string> = {
  '1.2.840.113549.1.1.5': 'sha1',
  '1.2.840.113549.1.1.11': 'sha256',
  '1.2.840.113549.1.1.12': 'sha384',
  '1.2.840.113549.1.1.13': 'sha512',
  '1.2.840.10045.4.3.2': 'sha256',
  '1.2.840.10045.4.3.3': 'sha384',
  '1.2.840.10045.4.3.4': 'sha512',
};

function pem(label: string, der: Buffer): string {
  const lines = der.toString('base64').match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

function pemBody(text: string, label: string): Buffer | null {
  const m = new RegExp(`-----BEGIN ${label}-----([A-Za-z0-9+/=\\s]+)-----END ${label}-----`).exec(
    text,
  );
  return m?.[1] ? Buffer.from(m[1].replace(/\s+/g, ''), 'base64') : null;
}

function commonName(cn: string): Buffer {
  return sequence(set(sequence(oid('2.5.4.3'), utf8String(cn))));
}

function serial(): Buffer {
  const bytes = randomBytes(16);
  bytes[0] = (bytes[0] ?? 0) & 0x7f;
  return integer(bytes);
}

function extension(id: string, critical: boolean, value: Buffer): Buffer {
  return critical
    ? sequence(oid(id), BOOLEAN_TRUE, octetString(value))
    : sequence(oid(id), octetString(value));
}

/** keyUsage as a BIT STRING: bit 0 digitalSignature, 2 keyEncipherment, 5 keyCertSign. */
function keyUsage(bits: number[]): Buffer {
  let byte = 0;
  for (const b of bits) byte |= 0x80 >> b;
  let unused = 0;
  while (unused < 7 && !(byte & (1 << unused))) unused += 1;
  return tlv(0x03, Buffer.from([unused, byte]));
}

function certificate(
  tbsParts: { issuer: Buffer; subject: Buffer; spki: Buffer; extensions: Buffer[]; days: number },
  signingKeyPem: string,
  now: number,
): string {
  const tbs = sequence(
    context(0, integer(2)),
    serial(),
    SHA256_RSA,
    tbsParts.issuer,
    sequence(time(new Date(now - DAY)), time(new Date(now + tbsParts.days * DAY))),
    tbsParts.subject,
    tbsParts.spki,
    context(3, sequence(...tbsParts.extensions)),
  );
  const der = sequence(tbs, SHA256_RSA, bitString(sign('sha256', tbs, signingKeyPem)));
  return pem('CERTIFICATE', der);
}

export interface ClusterCa {
  certPem: string;
  keyPem: string;
}

export function makeClusterCa(clusterName: string, now: number): ClusterCa {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const keyPem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
  const name = commonName(clusterName);
  const certPem = certificate(
    {
      issuer: name,
      subject: name,
      spki: publicKey.export({ format: 'der', type: 'spki' }),
      extensions: [
        extension('2.5.29.19', true, sequence(BOOLEAN_TRUE, integer(0))),
        extension('2.5.29.15', true, keyUsage([5])),
      ],
      days: 5 * 365,
    },
    keyPem,
    now,
  );
  return { certPem: certPem.trimEnd(), keyPem };
}

/** The CSR's subject and key, once its own signature checks out; null when unreadable. */
function readCsr(text: string): { subject: Buffer; spki: Buffer } | null {
  const der = pemBody(text, 'CERTIFICATE REQUEST') ?? pemBody(text, 'NEW CERTIFICATE REQUEST');
  if (!der) return null;
  try {
    const [info, algorithm, signature] = children(readElement(der));
    if (!info || !algorithm || !signature) return null;
    const [, subject, spki] = children(info);
    const algorithmId = children(algorithm)[0];
    if (!subject || !spki || !algorithmId) return null;
    const hash = SIGNATURE_HASHES[oidText(algorithmId.content)];
    if (!hash) return null;
    const key = createPublicKey({ key: spki.raw, format: 'der', type: 'spki' });
    const ok = verify(hash, info.raw, key, signature.content.subarray(1));
    return ok ? { subject: subject.raw, spki: spki.raw } : null;
  } catch {
    return null;
  }
}

/** A client certificate for the CSR signed by the CA, or null when the CSR is not one. */
export function signCsr(ca: ClusterCa, csr: string, now: number): string | null {
  const request = readCsr(csr);
  if (!request) return null;
  const caDer = pemBody(ca.certPem, 'CERTIFICATE');
  if (!caDer) return null;
  const caTbs = children(readElement(caDer))[0];
  const caSubject = caTbs ? children(caTbs)[5] : undefined;
  if (!caSubject) return null;
  const signed = certificate(
    {
      issuer: caSubject.raw,
      subject: request.subject,
      spki: request.spki,
      extensions: [
        extension('2.5.29.19', true, sequence()),
        extension('2.5.29.15', true, keyUsage([0, 2])),
        extension('2.5.29.37', false, sequence(oid('1.3.6.1.5.5.7.3.2'))),
      ],
      days: 5 * 365,
    },
    ca.keyPem,
    now,
  );
  return signed.trimEnd();
}
