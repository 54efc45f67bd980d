// Calm colours for resource states, as a tone: green when settled and good,
// amber while something is happening, red on error, grey for off/unknown.
export type StatusTone = 'ok' | 'busy' | 'bad' | 'idle' | 'info';

const OK = /^(active|available|in-use|up|enabled|complete|.*_complete|running|ok)$/i;
const BAD = /^(error|.*_failed|failed|killed|down|fault|error_.*)$/i;
// Nova says UNKNOWN when it cannot reach the server's host or cell: not progress.
const IDLE =
  /^(shutoff|stopped|paused|suspended|shelved.*|inactive|disabled|deleted|soft_deleted|deactivated|reserved|unknown)$/i;

export function statusTone(status: string): StatusTone {
  if (OK.test(status)) return 'ok';
  if (BAD.test(status)) return 'bad';
  if (IDLE.test(status)) return 'idle';
  return 'busy';
}
