'use client';
// One node of a GraphCanvas: a box with a stripe and a badge in the status
// tones, its title and subtitle; a link when it leads somewhere. Its
// accessible name is its text ("subnet, OS::Neutron::Subnet, Create Complete").
import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import Link from 'next/link';
import { memo } from 'react';
import { StatusBadge } from '@/components/ui/status-badge';
import { statusTone, type StatusTone } from '@/lib/ui/status-tone';
import { GRAPH_NODE_HEIGHT, GRAPH_NODE_WIDTH } from './graph-layout';
import type { GraphNode } from './graph-types';

export type GraphFlowNode = Node<{ node: GraphNode }, 'graph'>;

const STRIPE: Record<StatusTone, string> = {
  ok: 'border-l-ok-fg',
  busy: 'border-l-warn-fg',
  bad: 'border-l-bad-fg',
  idle: 'border-l-idle-fg',
  info: 'border-l-info-fg',
};

function Comma() {
  return <span className="sr-only">,</span>;
}

export function GraphNodeBody({ node }: { node: GraphNode }) {
  const tone = node.tone ?? statusTone(node.status);
  const className = `block overflow-hidden rounded-md border border-l-4 border-line bg-surface px-2 py-1.5 text-left shadow-sm ${STRIPE[tone]}`;
  const body = (
    <>
      {/* The commas sit inside the boxes, so the name reads "net, OS::Neutron::Net, Active". */}
      <span className="block truncate text-[13px] font-semibold" title={node.title}>
        {node.title}
        <Comma />
      </span>
      {node.subtitle && (
        <span className="block truncate font-mono text-[11px] text-muted" title={node.subtitle}>
          {node.subtitle}
          <Comma />
        </span>
      )}
      <span className="mt-0.5 block text-xs">
        <StatusBadge status={node.status} label={node.statusLabel} tone={tone} />
      </span>
    </>
  );
  const style = { width: GRAPH_NODE_WIDTH, height: GRAPH_NODE_HEIGHT };
  return node.href ? (
    <Link
      href={node.href}
      style={style}
      className={`${className} hover:bg-hover focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent`}
    >
      {body}
    </Link>
  ) : (
    <div style={style} className={className}>
      {body}
    </div>
  );
}

function GraphNodeView({ data }: NodeProps<GraphFlowNode>) {
  return (
    <>
      <Handle type="target" position={Position.Left} isConnectable={false} />
      <GraphNodeBody node={data.node} />
      <Handle type="source" position={Position.Right} isConnectable={false} />
    </>
  );
}

export const GraphNodeComponent = memo(GraphNodeView);
