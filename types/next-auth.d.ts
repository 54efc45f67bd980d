import type { DashboardToken, PublicSession } from '@/lib/session-token';

declare module 'next-auth' {
  // The browser-visible session: no tokens in it, ever.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging
  interface Session extends PublicSession {}
  interface User {
    id: string;
    dashboard: DashboardToken;
  }
}

declare module 'next-auth/jwt' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging
  interface JWT extends Partial<DashboardToken> {}
}
