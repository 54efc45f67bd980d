import { addEvent } from './engine';
import { HeatError, stackNotFound } from './errors';
import { HANDLE, recordSignal, refreshWaitData, signalReason } from './wait-condition';
import { parseJson } from '../http/body';
import { header, type SandboxRequest, type SandboxResponse } from '../http/types';
import type { HeatCall } from './call';
import type { ServiceAuth } from '../auth/keystone-middleware';
import type { SandboxState } from '../state';

// POST /v1/{tenant}/stacks/{name}/{id}/resources/{resource}/signal: a wait
// condition handle's endpoint. The handle's own token may call it (for that
// handle only, as Heat's stack user may); a user of the project may too, with
// their own token. Heat answers 200 with a JSON null, whatever the signal was.

const SIGNAL = /^\/v1\/([^/]+)\/stacks\/([^/]+)\/([^/]+)\/resources\/([^/]+)\/signal$/;

/** The handle's token on its own signal URL: the stack's project, for this call only. */
export function handleTokenAuth(
  state: SandboxState,
  regionId: string,
  req: SandboxRequest,
): ServiceAuth | null {
  const token = header(req, 'x-auth-token');
  const m = req.method === 'POST' ? SIGNAL.exec(req.path.replace(/\/+$/, '')) : null;
  if (!token || !m) return null;
  let parts: string[];
  try {
    parts = m.slice(1).map((x) => decodeURIComponent(x));
  } catch {
    return null;
  }
  const [tenant, name, id, resource] = parts;
  const stack = state.orchestration[regionId]?.stacks.find(
    (s) => s.id === id && s.name === name && s.projectId === tenant,
  );
  const handle = stack?.resources.find((r) => r.name === resource && r.type === HANDLE);
  if (!stack || !handle || handle.attributes.token !== token) return null;
  return {
    ok: true,
    caller: {
      userId: handle.physicalId ?? '',
      userName: handle.physicalId ?? '',
      projectId: stack.projectId,
      roles: ['heat_stack_user'],
    },
  };
}

export function signalResource(call: HeatCall): SandboxResponse {
  const { stack_name: name, stack_id: id, resource_name: resource } = call.req.params;
  const s = call.region.stacks.find(
    (x) => x.id === id && x.name === name && x.projectId === call.viewer.projectId,
  );
  if (!s) throw stackNotFound(name ?? id ?? '');
  const r = s.resources.find((x) => x.name === resource);
  if (!r)
    throw new HeatError(
      404,
      'ResourceNotFound',
      `The Resource (${resource}) could not be found in Stack ${s.name}.`,
    );
  if (r.type !== HANDLE)
    throw new HeatError(400, 'ResourceActionNotSupported', 'signal is not supported for resource.');
  // A body that is not JSON counts as an empty one: a SUCCESS.
  const parsed = parseJson(call.req.body);
  const signal = recordSignal(r, parsed.ok ? parsed.value : {});
  if (signal) {
    addEvent(call.engine, s, {
      resourceName: r.name,
      physicalId: r.physicalId ?? '',
      type: r.type,
      status: 'SIGNAL_COMPLETE',
      reason: signalReason(signal),
    });
    refreshWaitData(s);
    call.changed();
  }
  return { status: 200, body: null };
}
