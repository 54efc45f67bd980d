import { generateKeyPair } from 'node:crypto';
import { promisify } from 'node:util';
import { sshFingerprint } from './ssh-public-key';
import { sshMpint, sshString } from './ssh-wire';

const generateKeyPairAsync = promisify(generateKeyPair);

export interface GeneratedKeypair {
  publicKey: string;
  privateKey: string;
  fingerprint: string;
}

/** Nova's crypto.generate_key_pair: RSA 2048, PKCS#1 PEM private key, OpenSSH public key. */
export async function generateSshKeypair(): Promise<GeneratedKeypair> {
  const { publicKey, privateKey } = await generateKeyPairAsync('rsa', {
    modulusLength: 2048,
    publicExponent: 65537,
  });
  const jwk = publicKey.export({ format: 'jwk' });
  const blob = Buffer.concat([
    sshString('ssh-rsa'),
    sshMpint(Buffer.from(jwk.e ?? '', 'base64url')),
    sshMpint(Buffer.from(jwk.n ?? '', 'base64url')),
  ]);
  const openssh = `ssh-rsa ${blob.toString('base64')} Generated-by-Nova`;
  const fingerprint = sshFingerprint(openssh);
  if (!fingerprint) throw new Error('generated an SSH key that does not parse');
  return {
    publicKey: openssh,
    privateKey: privateKey.export({ format: 'pem', type: 'pkcs1' }).toString(),
    fingerprint,
  };
}
