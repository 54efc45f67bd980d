// A key and a PKCS#10 certificate request made with Web Crypto, in the browser or
// on the server, for the cluster CA to sign (Sign Certificate, Get Cluster Config).
// RSA 2048 with SHA-256; the subject is CN and, for Kubernetes groups, O.

function length(n: number): number[] {
  if (n < 0x80) return [n];
  const bytes: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 256)) bytes.unshift(v & 0xff);
  return [0x80 | bytes.length, ...bytes];
}

function tlv(tag: number, ...parts: Uint8Array[]): Uint8Array {
  const size = parts.reduce((sum, p) => sum + p.length, 0);
  const head = [tag, ...length(size)];
  const out = new Uint8Array(head.length + size);
  out.set(head, 0);
  let at = head.length;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const seq = (...parts: Uint8Array[]) => tlv(0x30, ...parts);

function oid(dotted: string): Uint8Array {
  const [a = 0, b = 0, ...rest] = dotted.split('.').map(Number);
  const out = [40 * a + b];
  for (const part of rest) {
    const chunk = [part & 0x7f];
    for (let v = Math.floor(part / 128); v > 0; v = Math.floor(v / 128))
      chunk.unshift(0x80 | (v & 0x7f));
    out.push(...chunk);
  }
  return tlv(0x06, new Uint8Array(out));
}

const utf8 = (text: string) => tlv(0x0c, new TextEncoder().encode(text));
const rdn = (type: string, value: string) => tlv(0x31, seq(oid(type), utf8(value)));

function base64(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return btoa(text);
}

function pem(label: string, der: Uint8Array): string {
  const lines = base64(der).match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

export interface CsrResult {
  csrPem: string;
  /** PKCS#8 PEM; stays with the user (it goes into the kubeconfig). */
  keyPem: string;
}

export async function makeCsr(subject: { cn: string; o?: string }): Promise<CsrResult> {
  const { subtle } = globalThis.crypto;
  const keys = await subtle.generateKey(
    {
      name: 'RSASSA-PKCS1-v1_5',
      modulusLength: 2048,
      publicExponent: new Uint8Array([1, 0, 1]),
      hash: 'SHA-256',
    },
    true,
    ['sign', 'verify'],
  );
  const spki = new Uint8Array(await subtle.exportKey('spki', keys.publicKey));
  const name = seq(rdn('2.5.4.3', subject.cn), ...(subject.o ? [rdn('2.5.4.10', subject.o)] : []));
  const info = seq(tlv(0x02, new Uint8Array([0])), name, spki, tlv(0xa0));
  const signature = new Uint8Array(
    await subtle.sign('RSASSA-PKCS1-v1_5', keys.privateKey, info as Uint8Array<ArrayBuffer>),
  );
  const algorithm = seq(oid('1.2.840.113549.1.1.11'), new Uint8Array([0x05, 0x00]));
  const bits = tlv(0x03, new Uint8Array([0]), signature);
  const pkcs8 = new Uint8Array(await subtle.exportKey('pkcs8', keys.privateKey));
  return {
    csrPem: pem('CERTIFICATE REQUEST', seq(info, algorithm, bits)),
    keyPem: pem('PRIVATE KEY', pkcs8),
  };
}
