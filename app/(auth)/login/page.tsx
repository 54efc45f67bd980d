import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { LoginForm } from '@/components/login/login-form';
import { getClouds, sandboxAuthUrl } from '@/lib/config';
import { safeReturnPath } from '@/lib/safe-return-path';
import { sessionState } from '@/lib/session-cookie';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Log in' };

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const returnTo = safeReturnPath(first(params.callbackUrl));
  const reason = first(params.reason);
  const state = await sessionState(await cookies());
  if (state.status === 'ok' && reason !== 'expired')
    redirect(returnTo === '/' ? '/project' : returnTo);

  const clouds = getClouds().map((c) => ({
    id: c.id,
    name: c.name,
    sandbox: c.authUrl === sandboxAuthUrl(),
  }));
  return (
    <main className="flex min-h-screen items-center justify-center bg-page px-4">
      <div className="w-full max-w-sm">
        <div className="mb-6 flex items-center justify-center gap-2 text-lg font-semibold">
          <svg aria-hidden viewBox="0 0 24 24" className="size-8" fill="none">
            <rect x="2" y="2" width="20" height="20" rx="5" fill="#d6413a" />
            <path d="M7 8h10M7 12h10M7 16h6" stroke="#fff" strokeWidth="2" strokeLinecap="round" />
          </svg>
          OpenStack Dashboard
        </div>
        <LoginForm
          clouds={clouds}
          returnTo={returnTo === '/' ? '/project' : returnTo}
          expired={reason === 'expired'}
          initialError={first(params.error)}
        />
      </div>
    </main>
  );
}
