// Words, icons and colours of the topology's node kinds and states, shared by
// the nodes and the legend (without React Flow, so the legend stays light).
import type { StatusTone } from '@/lib/ui/status-tone';
import type { TopoKind } from './topology-graph';

export const KIND_LABEL: Record<TopoKind, string> = {
  external: 'External Network',
  router: 'Router',
  network: 'Network',
  instance: 'Instance',
};

export const TONE_STRIPE: Record<StatusTone, string> = {
  ok: 'border-l-ok-fg',
  busy: 'border-l-warn-fg',
  bad: 'border-l-bad-fg',
  idle: 'border-l-idle-fg',
  info: 'border-l-info-fg',
};

export function KindIcon({ kind }: { kind: TopoKind }) {
  const common = {
    'aria-hidden': true,
    viewBox: '0 0 16 16',
    className: 'size-4 shrink-0 text-muted',
    fill: 'none',
    stroke: 'currentColor',
    strokeWidth: 1.4,
  } as const;
  switch (kind) {
    case 'external':
      return (
        <svg {...common}>
          <circle cx="8" cy="8" r="6" />
          <path d="M2 8h12M8 2c2 2 2 10 0 12M8 2c-2 2-2 10 0 12" />
        </svg>
      );
    case 'router':
      return (
        <svg {...common}>
          <circle cx="8" cy="8" r="6" />
          <path d="M5 6h6l-2-2M11 10H5l2 2" />
        </svg>
      );
    case 'network':
      return (
        <svg {...common}>
          <rect x="2" y="3" width="12" height="4" rx="1" />
          <path d="M8 7v3M4 10h8M4 10v3M12 10v3" />
        </svg>
      );
    case 'instance':
      return (
        <svg {...common}>
          <rect x="2" y="2.5" width="12" height="8" rx="1" />
          <path d="M5.5 13.5h5M8 10.5v3" />
        </svg>
      );
  }
}
