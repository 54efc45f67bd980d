import { generateKeyPair, randomBytes, sign } from 'node:crypto';
import { promisify } from 'node:util';
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
} from './der';
import { x509Fingerprint } from './x509-keys';
import type { GeneratedKeypair } from './ssh-keygen';

// Nova's crypto.generate_winrm_x509_cert for `type: x509` without a public key: a
// self-signed 10-year client certificate for CN=<user_id> with the WinRM UPN, and
// the key handed back as base64 PKCS#12. The sandbox's PKCS#12 is unencrypted
// and carries no MAC (both optional), since Nova's is protected by an empty password.

const generateKeyPairAsync = promisify(generateKeyPair);
const SHA256_RSA = sequence(oid('1.2.840.113549.1.1.11'), nullValue());
const DATA = '1.2.840.113549.1.7.1';

function name(commonName: string): Buffer {
  return sequence(set(sequence(oid('2.5.4.3'), utf8String(commonName))));
}

function extensions(upn: string): Buffer {
  const clientAuth = sequence(oid('2.5.29.37'), octetString(sequence(oid('1.3.6.1.5.5.7.3.2'))));
  const otherName = context(0, oid('1.3.6.1.4.1.311.20.2.3'), context(0, utf8String(upn)));
  const subjectAltName = sequence(oid('2.5.29.17'), octetString(sequence(otherName)));
  return context(3, sequence(clientAuth, subjectAltName));
}

function pkcs12(certDer: Buffer, pkcs8Der: Buffer): Buffer {
  const dataContent = (content: Buffer) => sequence(oid(DATA), context(0, octetString(content)));
  const certBag = sequence(
    oid('1.2.840.113549.1.12.10.1.3'),
    context(0, sequence(oid('1.2.840.113549.1.9.22.1'), context(0, octetString(certDer)))),
  );
  const keyBag = sequence(oid('1.2.840.113549.1.12.10.1.1'), context(0, pkcs8Der));
  const authSafe = sequence(dataContent(sequence(certBag)), dataContent(sequence(keyBag)));
  return sequence(integer(3), dataContent(authSafe));
}

export async function generateX509Keypair(userId: string): Promise<GeneratedKeypair> {
  const { publicKey, privateKey } = await generateKeyPairAsync('rsa', {
    modulusLength: 2048,
    publicExponent: 65537,
  });
  const now = new Date();
  const notAfter = new Date(now.getTime() + 3650 * 86400 * 1000);
  const serial = randomBytes(16);
  serial[0] = (serial[0] ?? 0) & 0x7f;
  const tbs = sequence(
    context(0, integer(2)),
    integer(serial),
    SHA256_RSA,
    name(userId),
    sequence(time(now), time(notAfter)),
    name(userId),
    publicKey.export({ format: 'der', type: 'spki' }),
    extensions(`${userId}@localhost`),
  );
  const certDer = sequence(tbs, SHA256_RSA, bitString(sign('sha256', tbs, privateKey)));
  const body = certDer.toString('base64').match(/.{1,64}/g) ?? [];
  const pem = `-----BEGIN CERTIFICATE-----\n${body.join('\n')}\n-----END CERTIFICATE-----\n`;
  const fp = x509Fingerprint(pem);
  if (!fp.ok) throw new Error(`generated an unreadable certificate: ${fp.error}`);
  const pkcs8 = privateKey.export({ format: 'der', type: 'pkcs8' });
  return {
    publicKey: pem,
    fingerprint: fp.fingerprint,
    privateKey: pkcs12(certDer, pkcs8).toString('base64'),
  };
}
