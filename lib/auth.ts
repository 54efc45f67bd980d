// next-auth v4 configuration: a Credentials provider that signs in to Keystone,
// JWT sessions (stateless: any number of replicas with the same NEXTAUTH_SECRET).
import CredentialsProvider from 'next-auth/providers/credentials';
import { z } from 'zod';
import { catalogFor, forgetCatalog } from './catalog-cache';
import { endpointInterface, findCloud } from './config';
import { LoginError, login, scopeToProject } from './keystone-login';
import { catalogRegions, servicesInRegion } from './openstack/catalog';
import { OpenStackError } from './openstack/errors';
import { loginInput } from './openstack/identity/identity-schemas';
import { revokeToken } from './openstack/identity/keystone';
import { dashboardTokenSchema, toPublicSession, type DashboardToken } from './session-token';
import { servedOverHttps } from './transport-security';
import type { NextAuthOptions, Session } from 'next-auth';

const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

const switchRequest = z.union([
  z.object({ projectId: z.string().min(1).max(64) }),
  z.object({ region: z.string().min(1).max(255) }),
]);

function messageOf(error: unknown): string {
  if (error instanceof LoginError || error instanceof OpenStackError) return error.message;
  return 'Sign-in failed because of an unexpected error; see the server log.';
}

async function switchScope(current: DashboardToken, request: unknown): Promise<DashboardToken> {
  const parsed = switchRequest.safeParse(request);
  if (!parsed.success) return { ...current, scopeError: 'Invalid switch request.' };
  const cloud = findCloud(current.cloudId);
  if (!cloud) return { ...current, scopeError: 'This cloud is no longer configured.' };
  if ('projectId' in parsed.data) {
    try {
      const next = await scopeToProject(
        cloud,
        current.unscopedToken,
        { id: parsed.data.projectId },
        current.region,
      );
      forgetCatalog(current.token);
      void revokeToken(cloud.authUrl, current.token).catch(() => undefined);
      return next;
    } catch (error) {
      return { ...current, scopeError: messageOf(error) };
    }
  }
  const catalog = await catalogFor(cloud.authUrl, current.token, current.expiresAt);
  const region = parsed.data.region;
  const usable =
    catalogRegions(catalog).includes(region) &&
    servicesInRegion(catalog, region, endpointInterface()).size > 0;
  if (!usable)
    return { ...current, scopeError: `Region ${region} is not available in this project.` };
  return { ...current, region, scopeError: undefined };
}

export const authOptions: NextAuthOptions = {
  // Secure, __Secure- named cookies whenever the public URL is https (also behind
  // a TLS proxy, where this process itself sees plain http).
  useSecureCookies: servedOverHttps(),
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
  jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: '/login', error: '/login' },
  providers: [
    CredentialsProvider({
      id: 'keystone',
      name: 'Keystone',
      credentials: {
        username: { label: 'User Name', type: 'text' },
        password: { label: 'Password', type: 'password' },
        domain: { label: 'Domain', type: 'text' },
        cloud: { label: 'Cloud', type: 'text' },
      },
      async authorize(credentials) {
        const input = loginInput.safeParse(credentials ?? {});
        if (!input.success) throw new Error(input.error.issues[0]?.message ?? 'Invalid input.');
        const cloud = findCloud(input.data.cloud || undefined);
        if (!cloud) throw new Error('Unknown cloud.');
        try {
          const dashboard = await login(cloud, input.data);
          return { id: dashboard.user.id, dashboard };
        } catch (error) {
          if (!(error instanceof LoginError || error instanceof OpenStackError)) {
            console.error(
              'login failed:',
              error instanceof Error ? error.message : 'unknown error',
            );
          }
          throw new Error(messageOf(error));
        }
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user, trigger, session }) {
      // Only our own fields go into the cookie (no name/email/picture defaults).
      if (user) return { ...user.dashboard };
      const current = dashboardTokenSchema.safeParse(token);
      if (!current.success) return token;
      if (trigger === 'update') return { ...(await switchScope(current.data, session)) };
      return token;
    },
    async session({ session, token }) {
      const current = dashboardTokenSchema.safeParse(token);
      if (!current.success) return { expires: session.expires } as Session;
      return { expires: session.expires, ...toPublicSession(current.data) };
    },
  },
  events: {
    async signOut({ token }) {
      const current = dashboardTokenSchema.safeParse(token);
      if (!current.success) return;
      const { authUrl, token: scoped, unscopedToken } = current.data;
      forgetCatalog(scoped);
      await Promise.allSettled([revokeToken(authUrl, scoped), revokeToken(authUrl, unscopedToken)]);
    },
  },
  logger: {
    // next-auth's default logger prints whole error objects; keep it to codes and messages.
    error(code, metadata) {
      const message = metadata instanceof Error ? metadata.message : '';
      console.error(`[auth] ${code}${message ? `: ${message}` : ''}`);
    },
    warn(code) {
      console.warn(`[auth] ${code}`);
    },
    debug() {},
  },
};
