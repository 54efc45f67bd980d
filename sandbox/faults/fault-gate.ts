import { setTimeout as delay } from 'node:timers/promises';
import { handleControl, isControlPath } from './control';
import type { FaultSwitch } from './fault-switch';
import type { Gate, ServiceApp } from '../http/listener';
import type { SandboxRequest, SandboxResponse } from '../http/types';

// What a listener asks before its service handles a request, when faults are on:
// drop the connection, wait, answer an error in the service's own shape, or go on.

const UNAVAILABLE = 'The server is currently unavailable. Please try again at a later time.';

/** POST /v3/auth/tokens: the one call Keystone's "refuse" fault answers. */
function issuesToken(req: SandboxRequest): boolean {
  return req.method === 'POST' && /^\/v3\/auth\/tokens\/?$/.test(req.path);
}

function serviceError(app: ServiceApp, req: SandboxRequest, status: number, message?: string) {
  if (app.faultAnswer) return app.faultAnswer(req, status, message);
  // A service without its own fault answer: its 500 body, under the asked status.
  const response = app.internalError(req, new Error(message ?? UNAVAILABLE));
  return { ...response, status };
}

export function faultGate(
  faults: FaultSwitch,
  service: string,
  app: ServiceApp,
  { control = false } = {},
): Gate {
  return async (req, remoteAddress): Promise<SandboxResponse | 'drop' | null> => {
    if (control && isControlPath(req.path)) return handleControl(faults, req, remoteAddress);
    faults.count(service);
    const fault = faults.get(service);
    if (!fault) return null;
    switch (fault.kind) {
      case 'down':
        return 'drop';
      case 'slow':
        await delay(fault.ms);
        return null;
      case 'error':
        return serviceError(app, req, fault.status, fault.message);
      case 'refuse':
        return issuesToken(req) ? serviceError(app, req, fault.status) : null;
    }
  };
}
