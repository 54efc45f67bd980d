// Keystone calls the dashboard makes on the server, with the user's own tokens
// (api-ref: identity v3, "Authentication and token management").
import {
  catalogBodySchema,
  projectListSchema,
  tokenBodySchema,
  userBodySchema,
  type Catalog,
  type Project,
  type TokenBody,
} from '@/lib/openstack/identity/identity-schemas';
import { recordUpstreamCall } from '@/lib/upstream-metrics';
import { causeWords, OpenStackError, parseBodyText, toOpenStackError } from '../errors';
import type { z } from 'zod';

export interface IssuedToken {
  token: string;
  body: TokenBody['token'];
}

export type Scope = { projectId: string } | 'unscoped' | undefined;

function describeCause(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  if (cause?.code) return causeWords(cause.code);
  return cause?.message ?? (error instanceof Error ? error.message : String(error));
}

async function keystone(
  authUrl: string,
  path: string,
  init: RequestInit & { headers?: Record<string, string> },
): Promise<Response> {
  const url = `${authUrl.replace(/\/+$/, '')}${path}`;
  let response: Response;
  const started = performance.now();
  try {
    response = await fetch(url, {
      ...init,
      headers: { Accept: 'application/json', ...init.headers },
      redirect: 'manual',
      signal: AbortSignal.timeout(15_000),
    });
  } catch (error) {
    throw new OpenStackError({
      code: 503,
      title: 'Service Unavailable',
      message:
        `Could not reach Keystone at ${authUrl} (${describeCause(error)}): it may be down or restarting. ` +
        "Try again in a moment; if it stays unreachable, contact the cloud's operators.",
      service: 'identity',
    });
  } finally {
    recordUpstreamCall('identity', performance.now() - started);
  }
  if (!response.ok) {
    const body = parseBodyText(await response.text().catch(() => ''));
    throw toOpenStackError(
      'identity',
      response.status,
      body,
      response.headers.get('x-openstack-request-id') ?? undefined,
    );
  }
  return response;
}

/**
 * Keystone's self-service password change (api-ref: identity v3, "Change password
 * for user"), called from the server: it needs no token, and Keystone's 401 for a
 * wrong original password must reach the form as such, not as an expired session
 * (which is what the proxy makes of a 401).
 */
export async function changeOwnPassword(
  authUrl: string,
  userId: string,
  originalPassword: string,
  password: string,
): Promise<void> {
  await keystone(authUrl, `/users/${encodeURIComponent(userId)}/password`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ user: { original_password: originalPassword, password } }),
  });
}

async function json<S extends z.ZodType>(response: Response, schema: S): Promise<z.infer<S>> {
  const parsed = schema.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success) {
    throw new OpenStackError({
      code: 502,
      title: 'Unexpected response',
      message: 'Keystone answered with a body this dashboard does not understand.',
      service: 'identity',
    });
  }
  return parsed.data;
}

function scopeBody(scope: Scope): Record<string, unknown> {
  if (scope === 'unscoped') return { scope: 'unscoped' };
  if (scope) return { scope: { project: { id: scope.projectId } } };
  return {};
}

async function issue(authUrl: string, auth: Record<string, unknown>): Promise<IssuedToken> {
  const response = await keystone(authUrl, '/auth/tokens', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ auth }),
  });
  const token = response.headers.get('x-subject-token');
  if (!token) {
    throw new OpenStackError({
      code: 502,
      title: 'Unexpected response',
      message: 'Keystone issued no X-Subject-Token.',
      service: 'identity',
    });
  }
  const body = await json(response, tokenBodySchema);
  return { token, body: body.token };
}

export function passwordAuth(
  authUrl: string,
  credentials: { username: string; password: string; domain: string },
  scope: Scope,
): Promise<IssuedToken> {
  return issue(authUrl, {
    identity: {
      methods: ['password'],
      password: {
        user: {
          name: credentials.username,
          password: credentials.password,
          domain: { name: credentials.domain },
        },
      },
    },
    ...scopeBody(scope),
  });
}

/** Exchange a token for one with another scope (Keystone keeps the original expiry). */
export function tokenAuth(authUrl: string, token: string, scope: Scope): Promise<IssuedToken> {
  return issue(authUrl, {
    identity: { methods: ['token'], token: { id: token } },
    ...scopeBody(scope),
  });
}

export async function listAuthProjects(authUrl: string, token: string): Promise<Project[]> {
  const response = await keystone(authUrl, '/auth/projects', {
    headers: { 'X-Auth-Token': token },
  });
  return (await json(response, projectListSchema)).projects;
}

export async function getAuthCatalog(authUrl: string, token: string): Promise<Catalog> {
  const response = await keystone(authUrl, '/auth/catalog', { headers: { 'X-Auth-Token': token } });
  return (await json(response, catalogBodySchema)).catalog;
}

export async function getDefaultProjectId(
  authUrl: string,
  token: string,
  userId: string,
): Promise<string | undefined> {
  const response = await keystone(authUrl, `/users/${encodeURIComponent(userId)}`, {
    headers: { 'X-Auth-Token': token },
  });
  return (await json(response, userBodySchema)).user.default_project_id ?? undefined;
}

export async function revokeToken(authUrl: string, token: string): Promise<void> {
  await keystone(authUrl, '/auth/tokens', {
    method: 'DELETE',
    headers: { 'X-Auth-Token': token, 'X-Subject-Token': token },
  });
}
