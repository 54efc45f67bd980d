'use client';
import { signIn } from 'next-auth/react';
import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Spinner } from '@/components/ui/spinner';
import { useFormState } from '@/components/ui/use-form-state';
import type { FieldSpec } from '@/lib/forms/types';
import { knownLoginError, loginErrorFromQuery } from '@/lib/login-error';
import { loginInput } from '@/lib/openstack/identity/identity-schemas';

interface CloudChoice {
  id: string;
  name: string;
  sandbox: boolean;
}

export function LoginForm({
  clouds,
  returnTo,
  expired,
  initialError,
}: {
  clouds: CloudChoice[];
  returnTo: string;
  expired: boolean;
  initialError?: string;
}) {
  const form = useFormState(loginInput, {
    username: '',
    password: '',
    domain: 'Default',
    cloud: clouds[0]?.id ?? '',
  });
  const [busy, setBusy] = useState(false);
  // ?error= is anyone's to write: only known codes, in our words (lib/login-error.ts).
  const [error, setError] = useState<string | null>(loginErrorFromQuery(initialError));
  const cloud = clouds.find((c) => c.id === form.values.cloud);

  const fields: FieldSpec[] = [
    ...(clouds.length > 1
      ? [
          {
            name: 'cloud',
            label: 'Cloud',
            kind: 'select' as const,
            options: clouds.map((c) => ({ value: c.id, label: c.name })),
          },
        ]
      : []),
    {
      name: 'username',
      label: 'User Name',
      kind: 'text',
      required: true,
      autoComplete: 'username',
    },
    {
      name: 'password',
      label: 'Password',
      kind: 'password',
      required: true,
      autoComplete: 'current-password',
    },
    { name: 'domain', label: 'Domain', kind: 'text', required: true, autoComplete: 'off' },
  ];

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    form.markSubmitted();
    if (!form.validation.ok) return;
    setBusy(true);
    setError(null);
    const result = await signIn('keystone', { redirect: false, ...form.validation.data }).catch(
      (e: unknown) => ({ ok: false, error: e instanceof Error ? e.message : 'Sign-in failed.' }),
    );
    if (result?.ok && !result.error) {
      window.location.assign(returnTo);
      return;
    }
    setBusy(false);
    // Here the error is the server's own message (lib/auth.ts), or a next-auth code.
    setError(knownLoginError(result?.error) ?? result?.error ?? 'Sign-in failed.');
  }

  return (
    <form
      noValidate
      aria-label="Log in"
      onSubmit={submit}
      className="space-y-4 rounded-md border border-line bg-surface p-6 shadow-sm"
    >
      <h1 className="text-lg font-semibold">Log in</h1>
      {expired && !error && <Alert tone="info">Your session has expired.</Alert>}
      {error && <Alert tone="error">{error}</Alert>}
      {fields.map((field) => (
        <FormField
          key={field.name}
          field={field}
          value={form.values[field.name]}
          error={form.visibleError(field.name)}
          onChange={(value) => form.setValue(field.name, value)}
          onBlur={() => form.touch(field.name)}
        />
      ))}
      <Button type="submit" variant="primary" disabled={busy} className="w-full">
        {busy && <Spinner label="Signing in" />}
        Sign In
      </Button>
      {cloud?.sandbox && (
        <p className="text-center text-xs text-muted">
          Sandbox cloud: sign in as <strong>demo</strong> / <strong>demo</strong> (or admin /
          admin).
        </p>
      )}
    </form>
  );
}
