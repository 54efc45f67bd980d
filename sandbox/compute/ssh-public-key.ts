import { createHash, createPublicKey } from 'node:crypto';
import { pyB64Decode } from './py-base64';
import { bitLength, SshReader } from './ssh-wire';

// Nova's crypto.generate_fingerprint: the key must load with the cryptography
// library's load_ssh_public_key, then the fingerprint is the MD5 of the base64 field.

const LINE = /^([^ \t\n\r\f\v]+)[ \t]+([^ \t\n\r\f\v]+)/;
const CERT_SUFFIX = '-cert-v01@openssh.com';

const EC_CURVES: Record<string, { curve: string; jwk: string; size: number }> = {
  'ecdsa-sha2-nistp256': { curve: 'nistp256', jwk: 'P-256', size: 32 },
  'ecdsa-sha2-nistp384': { curve: 'nistp384', jwk: 'P-384', size: 48 },
  'ecdsa-sha2-nistp521': { curve: 'nistp521', jwk: 'P-521', size: 66 },
};

function loadRsa(reader: SshReader): void {
  const e = reader.mpint();
  const n = reader.mpint();
  if (n < 3n || e < 3n || e >= n || e % 2n === 0n) throw new Error('invalid RSA numbers');
}

function loadDss(reader: SshReader): void {
  const p = reader.mpint();
  const q = reader.mpint();
  const g = reader.mpint();
  reader.mpint();
  if (![1024, 2048, 3072, 4096].includes(bitLength(p))) throw new Error('p has an invalid size');
  if (![160, 224, 256].includes(bitLength(q))) throw new Error('q has an invalid size');
  if (!(g > 1n && g < p)) throw new Error('g out of range');
}

function loadEcdsa(reader: SshReader, keyType: string): void {
  const spec = EC_CURVES[keyType];
  const curve = reader.string().toString('latin1');
  const point = reader.string();
  if (!spec || curve !== spec.curve) throw new Error('Curve name mismatch');
  if (point[0] !== 4 || point.length !== 1 + 2 * spec.size)
    throw new Error('Need uncompressed point');
  // OpenSSL refuses points that are not on the curve, as it does for cryptography.
  createPublicKey({
    format: 'jwk',
    key: {
      kty: 'EC',
      crv: spec.jwk,
      x: point.subarray(1, 1 + spec.size).toString('base64url'),
      y: point.subarray(1 + spec.size).toString('base64url'),
    },
  });
}

function loadEd25519(reader: SshReader): void {
  if (reader.string().length !== 32) throw new Error('An Ed25519 public key is 32 bytes long.');
}

function loadKey(keyType: string, reader: SshReader): void {
  if (keyType === 'ssh-rsa') loadRsa(reader);
  else if (keyType === 'ssh-dss') loadDss(reader);
  else if (keyType === 'ssh-ed25519') loadEd25519(reader);
  else if (keyType in EC_CURVES) loadEcdsa(reader, keyType);
  else throw new Error('Unsupported key type');
}

function skipCertificateTail(reader: SshReader): void {
  reader.u64(); // serial
  reader.u32(); // certificate type
  reader.string(); // key id
  reader.string(); // valid principals
  reader.u64(); // valid after
  reader.u64(); // valid before
  for (let i = 0; i < 5; i += 1) reader.string(); // options, extensions, reserved, signature key, signature
}

/** True when cryptography's load_ssh_public_key would accept this line. */
export function isLoadableSshPublicKey(text: string): boolean {
  const match = LINE.exec(text);
  if (!match) return false;
  const outerType = match[1] ?? '';
  const withCert = outerType.endsWith(CERT_SUFFIX);
  const keyType = withCert ? outerType.slice(0, -CERT_SUFFIX.length) : outerType;
  const blob = pyB64Decode(match[2] ?? '');
  if (!blob) return false;
  try {
    const reader = new SshReader(blob);
    if (reader.string().toString('latin1') !== outerType) return false;
    if (withCert) reader.string(); // nonce
    loadKey(keyType, reader);
    if (withCert) skipCertificateTail(reader);
    return reader.remaining === 0;
  } catch {
    return false;
  }
}

export function colonHex(digest: Buffer): string {
  return digest.toString('hex').replace(/(..)(?!$)/g, '$1:');
}

/** Nova's SSH fingerprint, or null where Nova answers "failed to generate fingerprint". */
export function sshFingerprint(publicKey: string): string | null {
  if (!isLoadableSshPublicKey(publicKey)) return null;
  const field = publicKey.split(' ')[1];
  const blob = field === undefined ? null : pyB64Decode(field);
  return blob ? colonHex(createHash('md5').update(blob).digest()) : null;
}
