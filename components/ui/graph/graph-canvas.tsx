'use client';
// A directed graph drawn with React Flow and laid out by dagre: pan, zoom, a
// fit-view control. Nodes are boxes in the status tones, links where they lead
// somewhere (Tab reaches them, Enter follows). The layout is redone only when
// the graph's shape changes, and the view fits again then unless the user has
// moved it. Heavy: load it with next/dynamic where it is shown.
import {
  Background,
  Controls,
  MarkerType,
  Position,
  ReactFlow,
  useReactFlow,
  type Edge,
  type NodeHandle,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useEffect, useMemo, useRef, type RefObject } from 'react';
import './graph.css';
import {
  GRAPH_NODE_HEIGHT,
  GRAPH_NODE_WIDTH,
  graphSignature,
  layoutGraph,
  type GraphLayoutOptions,
} from './graph-layout';
import { GraphNodeComponent, type GraphFlowNode } from './graph-node';
import type { GraphData } from './graph-types';

const nodeTypes = { graph: GraphNodeComponent };
const HANDLE = 6;

/** Where edges attach, given rather than measured, so edges draw in the first frame. */
const HANDLES: NodeHandle[] = [
  {
    id: null,
    type: 'target',
    position: Position.Left,
    x: -HANDLE / 2,
    y: GRAPH_NODE_HEIGHT / 2 - HANDLE / 2,
    width: HANDLE,
    height: HANDLE,
  },
  {
    id: null,
    type: 'source',
    position: Position.Right,
    x: GRAPH_NODE_WIDTH - HANDLE / 2,
    y: GRAPH_NODE_HEIGHT / 2 - HANDLE / 2,
    width: HANDLE,
    height: HANDLE,
  },
];

function Refit({ signature, moved }: { signature: string; moved: RefObject<boolean> }) {
  const flow = useReactFlow();
  const last = useRef(signature);
  useEffect(() => {
    if (signature === last.current) return;
    last.current = signature;
    if (!moved.current) void flow.fitView({ padding: 0.15 });
  }, [signature, flow, moved]);
  return null;
}

export function GraphCanvas({
  graph,
  label,
  direction,
}: {
  graph: GraphData;
  /** The drawing's accessible name ("Stack topology"). */
  label: string;
  direction?: GraphLayoutOptions['direction'];
}) {
  const signature = useMemo(() => graphSignature(graph), [graph]);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- laid out again only when the shape changes
  const positions = useMemo(() => layoutGraph(graph, { direction }), [signature, direction]);
  const nodes = useMemo<GraphFlowNode[]>(
    () =>
      graph.nodes.map((node) => ({
        id: node.id,
        type: 'graph',
        position: positions.get(node.id) ?? { x: 0, y: 0 },
        width: GRAPH_NODE_WIDTH,
        height: GRAPH_NODE_HEIGHT,
        handles: HANDLES,
        data: { node },
        draggable: false,
        selectable: false,
        connectable: false,
        // The node's link is the tab stop, not React Flow's wrapper (a group, so
        // its aria-roledescription has a role to describe).
        focusable: false,
        ariaRole: 'group',
      })),
    [graph, positions],
  );
  const edges = useMemo<Edge[]>(
    () =>
      graph.edges.map((e) => ({
        id: e.id,
        source: e.source,
        target: e.target,
        ariaLabel: e.label,
        markerEnd: { type: MarkerType.ArrowClosed, width: 16, height: 16 },
        selectable: false,
        focusable: false,
      })),
    [graph],
  );
  const moved = useRef(false);
  return (
    <section
      aria-label={label}
      className="graph-flow h-[28rem] overflow-hidden rounded border border-line"
    >
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        fitView
        fitViewOptions={{ padding: 0.15 }}
        minZoom={0.1}
        nodesDraggable={false}
        nodesConnectable={false}
        elementsSelectable={false}
        onMoveStart={(event) => {
          // Only a user's pan or zoom has an event; fitView's has none.
          if (event) moved.current = true;
        }}
      >
        <Refit signature={signature} moved={moved} />
        <Background />
        <Controls showInteractive={false} />
      </ReactFlow>
    </section>
  );
}
