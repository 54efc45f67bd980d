'use client';
// One node of the topology in React Flow: the node's body (topology-node-body.tsx)
// with the two handles edges attach to (hidden; nothing is connected by hand).
import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { TopologyNodeBody } from './topology-node-body';
import type { TopoNode } from './topology-graph';

export type TopologyFlowNode = Node<{ topo: TopoNode }, 'topology'>;

function TopologyNodeView({ data }: NodeProps<TopologyFlowNode>) {
  return (
    <TopologyNodeBody node={data.topo}>
      <Handle type="target" position={Position.Left} isConnectable={false} />
      <Handle type="source" position={Position.Right} isConnectable={false} />
    </TopologyNodeBody>
  );
}

export const TopologyNode = memo(TopologyNodeView);
