'use client';
// One node of the topology: an icon, the name, its state in the status tones,
// then the network's CIDRs or the instance's addresses. Drawn at exactly the
// size the layout gave it. Its accessible name is its text: kind, name,
// state, addresses ("Network private Active 10.0.0.0/24").
import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { StatusBadge } from '@/components/ui/status-badge';
import { nodeSize } from './topology-layout';
import { KIND_LABEL, KindIcon, TONE_STRIPE } from './topology-parts';
import type { TopoNode } from './topology-graph';

export type TopologyFlowNode = Node<{ topo: TopoNode }, 'topology'>;

function Separator() {
  return <span className="sr-only">, </span>;
}

function TopologyNodeView({ data }: NodeProps<TopologyFlowNode>) {
  const node = data.topo;
  const { width, height } = nodeSize(node);
  return (
    <div
      style={{ width, height }}
      className={`overflow-hidden rounded-md border border-l-4 border-line px-2 py-1.5 text-left shadow-sm ${TONE_STRIPE[node.tone]} ${node.kind === 'external' ? 'bg-accent-soft' : 'bg-surface'}`}
    >
      <Handle type="target" position={Position.Left} isConnectable={false} />
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
        {node.lines.length + node.floating.length > 0 && <Separator />}
        {node.lines.length + node.floating.length > 0 && (
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
      <Handle type="source" position={Position.Right} isConnectable={false} />
    </div>
  );
}

export const TopologyNode = memo(TopologyNodeView);
