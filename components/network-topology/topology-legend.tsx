// What the shapes and colours of the topology mean.
import type { StatusTone } from '@/lib/ui/status-tone';
import { KIND_LABEL, KindIcon, TONE_STRIPE } from './topology-parts';
import type { TopoKind } from './topology-graph';

const KINDS: TopoKind[] = ['external', 'router', 'network', 'instance'];
const TONES: [StatusTone, string][] = [
  ['ok', 'Active'],
  ['busy', 'In progress'],
  ['bad', 'Error'],
  ['idle', 'Down or off'],
];

export function TopologyLegend() {
  return (
    <ul
      aria-label="Legend"
      className="flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-muted"
    >
      {KINDS.map((kind) => (
        <li key={kind} className="flex items-center gap-1">
          <KindIcon kind={kind} />
          {KIND_LABEL[kind]}
        </li>
      ))}
      {TONES.map(([tone, label]) => (
        <li key={tone} className="flex items-center gap-1">
          <span
            aria-hidden
            className={`inline-block h-3 w-1 rounded-sm border-l-4 ${TONE_STRIPE[tone]}`}
          />
          {label}
        </li>
      ))}
      <li className="flex items-center gap-1">
        <svg aria-hidden viewBox="0 0 24 6" className="h-2 w-6">
          <path d="M0 3h24" stroke="var(--accent)" strokeWidth="1.5" strokeDasharray="5 4" />
        </svg>
        Gateway
      </li>
      <li className="flex items-center gap-1 text-info-fg">
        <span aria-hidden>⇄</span>
        Floating IP
      </li>
    </ul>
  );
}
