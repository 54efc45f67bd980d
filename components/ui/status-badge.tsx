// A resource state as a small coloured pill (tone from lib/ui/status-tone).
import { statusTone, type StatusTone } from '@/lib/ui/status-tone';

const TONES: Record<StatusTone, string> = {
  ok: 'bg-ok-bg text-ok-fg',
  busy: 'bg-warn-bg text-warn-fg',
  bad: 'bg-bad-bg text-bad-fg',
  idle: 'bg-idle-bg text-idle-fg',
  info: 'bg-info-bg text-info-fg',
};

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
