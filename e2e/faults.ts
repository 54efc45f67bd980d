// The e2e sandbox's fault switch (sandbox/faults/): make a service drop its
// connections, answer slowly or with 500/503, or Keystone refuse tokens.
import { E2E } from './env';

export type Fault =
  | { kind: 'down' }
  | { kind: 'slow'; ms?: number }
  | { kind: 'error'; status: 500 | 503; message?: string }
  | { kind: 'refuse'; status: 401 | 503 };

async function call(method: string, path: string, body?: unknown): Promise<void> {
  const response = await fetch(`${E2E.sandboxFaultsUrl}${path}`, {
    method,
    headers: body === undefined ? undefined : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) {
    throw new Error(
      `fault switch: ${method} ${path} → ${response.status} ${await response.text()}`,
    );
  }
}

export function setFault(service: string, fault: Fault): Promise<void> {
  return call('PUT', `/${encodeURIComponent(service)}`, fault);
}

/** The services the sandbox runs (its catalog), each of which can be broken. */
export async function faultableServices(): Promise<string[]> {
  const response = await fetch(E2E.sandboxFaultsUrl);
  if (!response.ok) throw new Error(`fault switch: GET → ${response.status}`);
  return Object.keys(((await response.json()) as { faults: Record<string, unknown> }).faults);
}

/** The requests each service of the sandbox has received since it started. */
export async function serviceRequests(): Promise<Record<string, number>> {
  const response = await fetch(E2E.sandboxFaultsUrl);
  if (!response.ok) throw new Error(`fault switch: GET → ${response.status}`);
  return ((await response.json()) as { requests: Record<string, number> }).requests;
}

/** Every service works again. */
export function resetFaults(): Promise<void> {
  return call('DELETE', '');
}
