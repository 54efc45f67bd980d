import { FaultInputError, parseFault, type FaultSwitch } from './fault-switch';
import type { SandboxRequest, SandboxResponse } from '../http/types';

// The control endpoint on Keystone's port, only there when faults are enabled:
//   GET    /__sandbox/faults            every service and its fault (null: working), and
//                                       the requests each has received ("requests")
//   PUT    /__sandbox/faults/{service}  {"kind": "down" | "slow" | "error" | "refuse", …}
//   DELETE /__sandbox/faults/{service}  that service works again
//   DELETE /__sandbox/faults            every service works again
// Callers must be on loopback. Identity's own faults never reach this path.

export const CONTROL_PATH = '/__sandbox/faults';

export function isControlPath(path: string): boolean {
  return path === CONTROL_PATH || path.startsWith(`${CONTROL_PATH}/`);
}

export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  return address === '::1' || /^127\.\d+\.\d+\.\d+$/.test(v4);
}

function answer(status: number, body?: unknown): SandboxResponse {
  return body === undefined ? { status } : { status, body };
}

function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8')) as unknown;
  } catch {
    throw new FaultInputError('The body must be JSON.');
  }
}

export function handleControl(
  faults: FaultSwitch,
  req: SandboxRequest,
  remoteAddress: string | undefined,
): SandboxResponse {
  if (!isLoopback(remoteAddress)) {
    return answer(403, { error: 'The fault switch answers loopback callers only.' });
  }
  const rest = req.path.slice(CONTROL_PATH.length).replace(/^\/+|\/+$/g, '');
  const service = rest === '' ? undefined : decodeURIComponent(rest);
  if (service !== undefined && !faults.has(service)) {
    return answer(404, {
      error: `No service "${service}" in this sandbox.`,
      services: faults.services,
    });
  }
  try {
    if (req.method === 'GET' && service === undefined) {
      return answer(200, { faults: faults.snapshot(), requests: faults.requests() });
    }
    if (req.method === 'PUT' && service !== undefined) {
      const fault = parseFault(service, parseJson(req.body));
      faults.set(service, fault);
      return answer(200, { service, fault });
    }
    if (req.method === 'DELETE') {
      faults.clear(service);
      return answer(204);
    }
  } catch (err) {
    if (err instanceof FaultInputError) return answer(400, { error: err.message });
    throw err;
  }
  return answer(405, { error: `${req.method} is not allowed here.` });
}
