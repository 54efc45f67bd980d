// What a topology node shows: an icon, the name, its state in the status
// tones, then the network's CIDRs or the instance's addresses, at exactly the
// size the layout gave it. Drawn by React Flow's node (topology-node.tsx) and
// by the page's first drawing (topology-static.tsx), so both look the same.
// Its accessible name is its text: kind, name, state, addresses
// ("Network private, Active, 10.0.0.0/24").
import { StatusBadge } from '@/components/ui/status-badge';
import { nodeSize } from './topology-layout';
import { KIND_LABEL, KindIcon, TONE_STRIPE } from './topology-parts';
import type { TopoNode } from './topology-graph';
import type { ReactNode } from 'react';

function Separator() {
  return <span className="sr-only">, </span>;
}

export function TopologyNodeBody({
  node,
  children,
}: {
  node: TopoNode;
  /** React Flow's handles (absolutely placed; they take no room). */
  children?: ReactNode;
}) {
  const { width, height } = nodeSize(node);
  const extra = node.lines.length + node.floating.length;
  return (
    <div
      style={{ width, height }}
      className={`overflow-hidden rounded-md border border-l-4 border-line px-2 py-1.5 text-left shadow-sm ${TONE_STRIPE[node.tone]} ${node.kind === 'external' ? 'bg-accent-soft' : 'bg-surface'}`}
    >
      {children}
      <div className="flex items-center gap-1.5">
        <KindIcon kind={node.kind} />
        <span className="sr-only">{KIND_LABEL[node.kind]} </span>
        <span className="truncate text-[13px] font-semibold" title={node.name}>
          {node.name}
        </span>
        {/* The node's name is read from its boxes, which would run words together. */}
        <Separator />
      </div>
      <div className="mt-0.5 text-xs">
        <StatusBadge status={node.status} label={node.statusLabel} tone={node.tone} />
        {extra > 0 && <Separator />}
        {extra > 0 && (
          <ul className="mt-1 font-mono text-[11px] leading-4 text-muted">
            {node.lines.map((line, i) => (
              <li key={`${line}-${i}`} className="truncate">
                {line}
              </li>
            ))}
            {node.floating.map((ip) => (
              <li key={`fip-${ip}`} className="truncate text-info-fg">
                <span aria-hidden>⇄ </span>
                <span className="sr-only">Floating IP </span>
                {ip}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
