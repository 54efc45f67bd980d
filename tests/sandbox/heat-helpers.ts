import { expect } from 'vitest';
import { login, start, type Json } from './helpers';
import type { RunningSandbox } from '../../sandbox/server';

// A sandbox with its Heat, and a caller for one user's project.

export interface HeatClient {
  token: string;
  projectId: string;
  heat(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: Json; headers: Headers }>;
  service(
    type: string,
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: Json }>;
}

export async function heatSandbox(): Promise<RunningSandbox> {
  return start({ bootMs: 60 });
}

export async function heatClient(
  sandbox: RunningSandbox,
  user: string,
  password = user,
): Promise<HeatClient> {
  const token = await login(sandbox.authUrl, user, password);
  const res = await fetch(`${sandbox.authUrl}/auth/tokens`, {
    headers: { 'X-Auth-Token': token, 'X-Subject-Token': token },
  });
  const projectId = ((await res.json()) as Json).token.project.id as string;
  const url = (type: string) =>
    sandbox.endpoints.RegionOne![type]!.replace('$(project_id)s', projectId);
  const send = async (base: string, method: string, path: string, body?: unknown) => {
    const r = await fetch(`${base}${path}`, {
      method,
      redirect: 'manual',
      headers: {
        'X-Auth-Token': token,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await r.text();
    let parsed: Json = {};
    try {
      parsed = text ? (JSON.parse(text) as Json) : {};
    } catch {
      parsed = { text };
    }
    return { status: r.status, body: parsed, headers: r.headers };
  };
  return {
    token,
    projectId,
    heat: (method, path, body) => send(url('orchestration'), method, path, body),
    service: (type, method, path, body) => send(url(type), method, path, body),
  };
}

/** Polls the stack until its status is one of `statuses` (or it is gone: 'GONE'). */
export async function waitStack(
  c: HeatClient,
  name: string,
  id: string,
  statuses: string[],
  ms = 20_000,
): Promise<Json> {
  const deadline = Date.now() + ms;
  let last: Json = {};
  while (Date.now() < deadline) {
    const r = await c.heat('GET', `/stacks/${name}/${id}`);
    if (r.status === 404 && statuses.includes('GONE')) return {};
    last = r.body;
    if (statuses.includes(String(r.body.stack?.stack_status))) return r.body.stack as Json;
    await new Promise((res) => setTimeout(res, 50));
  }
  throw new Error(
    `stack ${name} never reached ${statuses.join('/')}: ${JSON.stringify(last).slice(0, 500)}`,
  );
}

/** Creates a stack and waits for CREATE_COMPLETE (failing with Heat's reason). */
export async function createStack(
  c: HeatClient,
  name: string,
  template: string,
  more: Json = {},
): Promise<{ id: string; stack: Json }> {
  const created = await c.heat('POST', '/stacks', { stack_name: name, template, ...more });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const id = created.body.stack.id as string;
  const stack = await waitStack(c, name, id, ['CREATE_COMPLETE', 'CREATE_FAILED']);
  expect(stack.stack_status, String(stack.stack_status_reason)).toBe('CREATE_COMPLETE');
  return { id, stack };
}

/** Deletes the stack and waits until Heat no longer finds it. */
export async function deleteStack(c: HeatClient, name: string, id: string): Promise<void> {
  await c.heat('DELETE', `/stacks/${name}/${id}`);
  await waitStack(c, name, id, ['GONE']);
}

export const heatMessage = (body: Json): string => body.error?.message as string;
