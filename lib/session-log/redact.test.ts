import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSecretField, REDACTED, redactEquivalents, secretValues } from './redact';

/** Every form field name declared in the dashboard's components (`name: '…'` in a field list). */
function fieldNames(dir: string): Set<string> {
  const names = new Set<string>();
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) fieldNames(full).forEach((n) => names.add(n));
    else if (/\.tsx?$/.test(entry) && !/\.test\.tsx?$/.test(entry)) {
      const text = readFileSync(full, 'utf8');
      for (const m of text.matchAll(/name: '([A-Za-z_]+)',\s*\n\s*label:/g)) names.add(m[1] ?? '');
    }
  }
  return names;
}

const SECRET_LIKE = /pass|secret|private|user_?data|token|credential/i;
const KNOWN_SECRETS = [
  'password',
  'confirm_password',
  'original_password',
  'admin_pass',
  'adminPass',
  'secret',
  'application_credential_secret',
  'user_data',
  'userData',
  'private_key',
  'token',
];

describe('secret fields', () => {
  it('recognises every secret-like field the forms declare', () => {
    const declared = [...fieldNames(path.join(process.cwd(), 'components'))];
    const secretLike = declared.filter((n) => SECRET_LIKE.test(n));
    // The scan found the forms' secrets (users, application credentials, rescue, user data).
    expect(secretLike).toEqual(expect.arrayContaining(['password', 'secret', 'user_data']));
    for (const name of [...secretLike, ...KNOWN_SECRETS])
      expect(isSecretField(name), name).toBe(true);
  });

  it('does not treat ordinary fields as secrets', () => {
    for (const name of ['name', 'description', 'cidr', 'public_key', 'size', 'flavor', 'image'])
      expect(isSecretField(name), name).toBe(false);
  });

  it.each(KNOWN_SECRETS)('redacts the value of %s in the CLI, SDK and HOT text', (field) => {
    const value = 'S3cr3t value\nline two';
    const eq = redactEquivalents(
      {
        cli: `openstack thing create --x '${value}' --y "${JSON.stringify(value).slice(1, -1)}" keep`,
        sdk: `conn.x(${field}=${JSON.stringify(value)}, name="keep")`,
        hot: `x:\n  ${field}: |\n    S3cr3t value\n    line two\n  name: keep`,
      },
      { [field]: value, name: 'keep' },
    );
    for (const text of [eq.cli, eq.sdk, eq.hot]) {
      expect(text).not.toContain('S3cr3t');
      expect(text).not.toContain('line two');
      expect(text).toContain(REDACTED);
      expect(text).toContain('keep');
    }
  });

  it('ignores empty and non-string values', () => {
    expect(secretValues({ password: '', secret: true, name: 'x' })).toEqual([]);
  });
});
