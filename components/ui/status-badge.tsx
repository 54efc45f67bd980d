// Calm colours for resource states: green when settled and good, amber while
// something is happening, red on error, grey for off/unknown.
export type StatusTone = 'ok' | 'busy' | 'bad' | 'idle' | 'info';

const TONES: Record<StatusTone, string> = {
  ok: 'bg-ok-bg text-ok-fg',
  busy: 'bg-warn-bg text-warn-fg',
  bad: 'bg-bad-bg text-bad-fg',
  idle: 'bg-idle-bg text-idle-fg',
  info: 'bg-info-bg text-info-fg',
};

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

export function StatusBadge({
  status,
  label,
  tone,
}: {
  status: string;
  label?: string;
  tone?: StatusTone;
}) {
  const resolved = tone ?? statusTone(status);
  return (
    <span
      className={`inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs leading-tight font-medium ${TONES[resolved]}`}
    >
      {resolved === 'busy' && (
        <span aria-hidden className="size-1.5 animate-pulse rounded-full bg-current" />
      )}
      {label ?? status}
    </span>
  );
}
