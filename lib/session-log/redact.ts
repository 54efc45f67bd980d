// Secrets never reach the session log: the value of every form field named like a
// secret is replaced wherever it shows in the equivalents, before anything is stored.
import type { Equivalents } from '@/lib/equivalents/types';
import type { FormValues } from '@/lib/forms/types';

/** What the exported scripts show in place of a secret. */
export const REDACTED = '<redacted>';

const SECRET_NAME =
  /pass(word)?|secret|private|user_?data|token|credential|key_?material|ssh_?key|otp|totp|passphrase/i;

/** True for a field name such as password, admin_pass, secret, user_data, private_key. */
export function isSecretField(name: string): boolean {
  return SECRET_NAME.test(name);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The spellings a value takes in a command, a Python literal or YAML. */
function spellings(value: string): string[] {
  const out = new Set<string>([
    value,
    JSON.stringify(value).slice(1, -1),
    value.replace(/'/g, `'"'"'`),
  ]);
  // A multi-line value (user data, a private key) is quoted line by line in YAML blocks.
  for (const line of value.split('\n')) if (line.trim().length >= 4) out.add(line.trim());
  return [...out].filter((s) => s.length > 0).sort((a, b) => b.length - a.length);
}

/** The secret values among a form's values (non-empty strings of secret-named fields). */
export function secretValues(values: FormValues | Record<string, unknown> | undefined): string[] {
  if (!values) return [];
  return Object.entries(values).flatMap(([name, value]) =>
    isSecretField(name) && typeof value === 'string' && value !== '' ? [value] : [],
  );
}

export function redactText(text: string, secrets: string[]): string {
  let out = text;
  for (const secret of secrets)
    for (const s of spellings(secret))
      out = out.replace(new RegExp(escapeRegExp(s), 'g'), REDACTED);
  return out;
}

export function redactEquivalents(
  eq: Equivalents,
  values: FormValues | Record<string, unknown> | undefined,
): Equivalents {
  const secrets = secretValues(values);
  if (secrets.length === 0) return eq;
  return {
    cli: redactText(eq.cli, secrets),
    sdk: redactText(eq.sdk, secrets),
    hot: redactText(eq.hot, secrets),
  };
}
