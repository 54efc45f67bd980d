// Waiting for a server the contract tests made to reach a state.
import type { Api } from '@/lib/openstack/api';
import type { Server } from '@/lib/openstack/compute/server-schemas';

/** Polls until `done`; fails at ERROR (with Nova's fault) or after `timeoutMs`. */
export async function waitForServer(
  api: Api,
  id: string,
  done: (s: Server) => boolean,
  timeoutMs = 90_000,
): Promise<Server> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const current = await api.compute.getServer(id);
    if (done(current)) return current;
    if (current.status === 'ERROR')
      throw new Error(`server went to ERROR: ${current.fault?.message ?? ''}`);
    if (Date.now() > until)
      throw new Error(`server stuck in ${current.status}/${current['OS-EXT-STS:task_state']}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** In `status` with no task running. */
export const settled = (status: string) => (s: Server) =>
  s.status === status && !s['OS-EXT-STS:task_state'];
