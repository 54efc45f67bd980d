'use client';
// Settings → Change Password: Keystone's self-service change, then sign in again
// (Keystone revokes every token of the user).
import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Spinner } from '@/components/ui/spinner';
import { signOut } from '@/lib/client/auth-endpoints';
import type { FieldSpec } from '@/lib/forms/types';
import { changePasswordAction } from './change-password-action';

const FIELDS: FieldSpec[] = [
  {
    name: 'original_password',
    label: 'Current Password',
    kind: 'password',
    required: true,
    autoComplete: 'current-password',
  },
  {
    name: 'password',
    label: 'New Password',
    kind: 'password',
    required: true,
    autoComplete: 'new-password',
  },
  {
    name: 'confirm_password',
    label: 'Confirm New Password',
    kind: 'password',
    required: true,
    autoComplete: 'new-password',
  },
];

type Values = Record<'original_password' | 'password' | 'confirm_password', string>;

export function checkPasswords(v: Values): Partial<Values> {
  const errors: Partial<Values> = {};
  if (!v.original_password) errors.original_password = 'Enter your current password.';
  if (!v.password) errors.password = 'Enter a new password.';
  else if (v.password === v.original_password)
    errors.password = 'The new password is the same as the current one.';
  if (v.confirm_password !== v.password) errors.confirm_password = 'Passwords do not match.';
  return errors;
}

export function ChangePassword() {
  const [values, setValues] = useState<Values>({
    original_password: '',
    password: '',
    confirm_password: '',
  });
  const [errors, setErrors] = useState<Partial<Values>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const found = checkPasswords(values);
    setErrors(found);
    setFormError(null);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      const result = await changePasswordAction(values.original_password, values.password);
      if (result.ok) {
        setDone(true);
        await signOut('/login');
        return;
      }
      if (result.field) setErrors({ [result.field]: result.message });
      else setFormError(result.message);
    } catch (e) {
      setFormError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form noValidate onSubmit={submit} className="max-w-md space-y-4">
      <p className="text-sm text-muted">
        Your password is changed in Keystone. Every session and token of yours then ends, and you
        sign in again with the new password.
      </p>
      {done && <Alert tone="success">Password changed. Signing you out…</Alert>}
      {formError && (
        <Alert tone="error" title="Error">
          {formError}
        </Alert>
      )}
      {FIELDS.map((field) => (
        <FormField
          key={field.name}
          field={field}
          value={values[field.name as keyof Values]}
          error={errors[field.name as keyof Values]}
          onChange={(value) =>
            setValues((v) => ({ ...v, [field.name]: typeof value === 'string' ? value : '' }))
          }
        />
      ))}
      <Button type="submit" variant="primary" disabled={busy || done}>
        {busy && <Spinner label="Working" />}
        Change
      </Button>
    </form>
  );
}
