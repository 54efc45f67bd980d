// Who may read and reset /api/metrics (process-wide upstream call counts): no one
// unless DASHBOARD_METRICS=1, and then only a signed-in admin. Others get the
// answer the route would give if it did not exist (404), a member 403.
import type { SessionState } from './session-cookie';

export type MetricsAccess = 'allowed' | 'not-found' | 'forbidden';

export function metricsEnabled(env: Record<string, string | undefined> = process.env): boolean {
  return env.DASHBOARD_METRICS === '1';
}

export function metricsAccess(
  state: SessionState,
  env: Record<string, string | undefined> = process.env,
): MetricsAccess {
  if (!metricsEnabled(env) || state.status !== 'ok') return 'not-found';
  return state.token.roles.includes('admin') ? 'allowed' : 'forbidden';
}
