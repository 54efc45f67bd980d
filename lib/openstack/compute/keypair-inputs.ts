// Key pair create/import inputs: shared by the Key Pairs panel and the Launch
// Instance wizard's key pair step, so they sit here beside the Nova calls.
import { z } from 'zod';

// Nova (before 2.92) allows letters, digits, spaces, '_' and '-' in key pair names.
const KEYPAIR_NAME = /^[A-Za-z0-9 _-]+$/;

export const keypairName = z
  .string()
  .trim()
  .min(1, { error: 'Key Pair Name is required.' })
  .max(255, { error: 'Key Pair Name must be 255 characters or fewer.' })
  .regex(KEYPAIR_NAME, {
    error: 'Key Pair Name may only contain letters, numbers, spaces, underscores and hyphens.',
  });

export const keyTypes = ['ssh', 'x509'] as const;
export const keyType = z.enum(keyTypes, { error: 'Choose SSH Key or X509 Certificate.' });

export const createKeypairInput = z.object({ name: keypairName, type: keyType });
export type CreateKeypairInput = z.infer<typeof createKeypairInput>;

const SSH_KEY_TYPES = new Set([
  'ssh-rsa',
  'ssh-dss',
  'ssh-ed25519',
  'ecdsa-sha2-nistp256',
  'ecdsa-sha2-nistp384',
  'ecdsa-sha2-nistp521',
]);

function decodeBase64(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text) || text.length % 4 !== 0) return undefined;
  try {
    return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
}

/** An OpenSSH public key: '<type> <base64 blob> [comment]', the blob naming the same type. */
export function isSshPublicKey(value: string): boolean {
  const [type, blob] = value.trim().split(/\s+/);
  if (!type || !blob || !SSH_KEY_TYPES.has(type)) return false;
  const bytes = decodeBase64(blob);
  if (!bytes || bytes.length < 4 + type.length) return false;
  const length =
    ((bytes[0] ?? 0) << 24) | ((bytes[1] ?? 0) << 16) | ((bytes[2] ?? 0) << 8) | (bytes[3] ?? 0);
  const inner = new TextDecoder().decode(bytes.slice(4, 4 + length));
  return inner === type;
}

export function isPemCertificate(value: string): boolean {
  const match =
    /^-----BEGIN CERTIFICATE-----\s+([A-Za-z0-9+/=\s]+?)\s*-----END CERTIFICATE-----$/.exec(
      value.trim(),
    );
  return !!match && decodeBase64((match[1] ?? '').replace(/\s+/g, '')) !== undefined;
}

export const importKeypairInput = z
  .object({
    name: keypairName,
    type: keyType,
    public_key: z
      .string()
      .trim()
      .min(1, { error: 'Public Key is required.' })
      .max(16384, { error: 'Public Key is too long (16384 characters at most).' }),
  })
  .superRefine((value, ctx) => {
    const valid =
      value.type === 'ssh' ? isSshPublicKey(value.public_key) : isPemCertificate(value.public_key);
    if (!valid) {
      ctx.addIssue({
        code: 'custom',
        path: ['public_key'],
        message:
          value.type === 'ssh'
            ? "This is not an OpenSSH public key. Paste one line such as 'ssh-ed25519 AAAA… you@host' (the content of a .pub file)."
            : "This is not a PEM certificate. Paste the text from '-----BEGIN CERTIFICATE-----' to '-----END CERTIFICATE-----'.",
      });
    }
  });
export type ImportKeypairInput = z.infer<typeof importKeypairInput>;
