// A client key and PKCS#10 CSR made in the browser with WebCrypto, for Get
// Cluster Config: the key is never sent anywhere, only the CSR goes to Magnum.
// api-ref: container-infra v1, "Manage certificates" (the CSR it signs).

function len(n: number): number[] {
  if (n < 0x80) return [n];
  const bytes: number[] = [];
  for (let v = n; v > 0; v >>= 8) bytes.unshift(v & 0xff);
  return [0x80 | bytes.length, ...bytes];
}

function tlv(tag: number, body: Uint8Array): Uint8Array<ArrayBuffer> {
  const head = [tag, ...len(body.length)];
  const out = new Uint8Array(head.length + body.length);
  out.set(head);
  out.set(body, head.length);
  return out;
}

function concat(parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const seq = (...parts: Uint8Array[]) => tlv(0x30, concat(parts));
const set = (...parts: Uint8Array[]) => tlv(0x31, concat(parts));
const utf8 = (s: string) => tlv(0x0c, new TextEncoder().encode(s));

function oid(dotted: string): Uint8Array {
  const [a = 0, b = 0, ...rest] = dotted.split('.').map(Number);
  const bytes = [a * 40 + b];
  for (const n of rest) {
    const chunk = [n & 0x7f];
    for (let v = n >> 7; v > 0; v >>= 7) chunk.unshift((v & 0x7f) | 0x80);
    bytes.push(...chunk);
  }
  return tlv(0x06, new Uint8Array(bytes));
}

const OID_CN = '2.5.4.3';
const OID_O = '2.5.4.10';
const SHA256_WITH_RSA = '1.2.840.113549.1.1.11';

function pem(label: string, der: Uint8Array): string {
  let bin = '';
  for (const b of der) bin += String.fromCharCode(b);
  const b64 = btoa(bin).replace(/(.{64})/g, '$1\n');
  return `-----BEGIN ${label}-----\n${b64.replace(/\n$/, '')}\n-----END ${label}-----\n`;
}

export interface ClientCsr {
  /** PKCS#8 PEM: goes only into the user's download. */
  keyPem: string;
  csrPem: string;
}

/** An RSA 2048 key and a CSR for CN=<commonName>, O=<organization>. */
export async function makeClientCsr(
  commonName: string,
  organization: string,
  subtle: SubtleCrypto = globalThis.crypto.subtle,
): Promise<ClientCsr> {
  const algorithm = {
    name: 'RSASSA-PKCS1-v1_5',
    modulusLength: 2048,
    publicExponent: new Uint8Array([1, 0, 1]),
    hash: 'SHA-256',
  };
  const keys = await subtle.generateKey(algorithm, true, ['sign', 'verify']);
  const spki = new Uint8Array(await subtle.exportKey('spki', keys.publicKey));
  const name = seq(
    set(seq(oid(OID_O), utf8(organization))),
    set(seq(oid(OID_CN), utf8(commonName))),
  );
  const info = seq(tlv(0x02, new Uint8Array([0])), name, spki, tlv(0xa0, new Uint8Array()));
  const signature = new Uint8Array(await subtle.sign(algorithm.name, keys.privateKey, info));
  const csr = seq(
    info,
    seq(oid(SHA256_WITH_RSA), tlv(0x05, new Uint8Array())),
    tlv(0x03, concat([new Uint8Array([0]), signature])),
  );
  const pkcs8 = new Uint8Array(await subtle.exportKey('pkcs8', keys.privateKey));
  return { keyPem: pem('PRIVATE KEY', pkcs8), csrPem: pem('CERTIFICATE REQUEST', csr) };
}
