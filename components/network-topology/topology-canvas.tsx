'use client';
// The drawn graph (React Flow): pan and zoom, controls, a minimap. Nodes are
// links to their detail pages (click, or Enter when focused). Only what is in
// view is rendered; the layout is redone only when the graph's shape changes,
// and a node whose data did not change keeps its object, so React Flow skips it.
import {
  Background,
  Controls,
  getViewportForBounds,
  MiniMap,
  ReactFlow,
  useReactFlow,
  type Edge,
  type Viewport,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useRouter } from 'next/navigation';
import {
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import './topology.css';
import {
  instanceBlocks,
  layoutSignature,
  layoutTopology,
  nodeSize,
  type Positions,
} from './topology-layout';
import { markDrawn } from './topology-marks';
import { TopologyNode, type TopologyFlowNode } from './topology-node';
import type { TopoEdge, TopoGraph, TopoNode } from './topology-graph';

const nodeTypes = { topology: TopologyNode };
const MIN_ZOOM = 0.05;
/** The first view fits the graph, but never smaller than this (names stay readable). */
const FIRST_VIEW_MIN_ZOOM = 0.4;

function sameNode(a: TopoNode, b: TopoNode): boolean {
  return (
    a.name === b.name &&
    a.status === b.status &&
    a.statusLabel === b.statusLabel &&
    a.tone === b.tone &&
    a.href === b.href &&
    a.lines.join() === b.lines.join() &&
    a.floating.join() === b.floating.join()
  );
}

function flowNode(node: TopoNode, position: { x: number; y: number }): TopologyFlowNode {
  const { width, height } = nodeSize(node);
  return {
    id: node.id,
    type: 'topology',
    position,
    width,
    height,
    data: { topo: node },
    ariaRole: 'link',
    draggable: false,
    selectable: false,
    connectable: false,
  };
}

function flowEdge(edge: TopoEdge, labelled: boolean): Edge {
  return {
    id: edge.id,
    source: edge.source,
    target: edge.target,
    label: (labelled && edge.label) || undefined,
    className: `topology-${edge.kind}`,
    labelBgPadding: [3, 1],
    selectable: false,
    focusable: false,
  };
}

/**
 * Lays out only when the signature changes, and reuses the object of a node
 * whose data and place did not change, so React Flow does not redraw it.
 */
export class FlowNodeCache {
  private layout: { signature: string; positions: Positions } | null = null;
  private previous = new Map<string, TopologyFlowNode>();

  nodesFor(graph: TopoGraph): TopologyFlowNode[] {
    const signature = layoutSignature(graph);
    if (this.layout?.signature !== signature)
      this.layout = { signature, positions: layoutTopology(graph) };
    const positions = this.layout.positions;
    const next = new Map<string, TopologyFlowNode>();
    const nodes = graph.nodes.map((node) => {
      const position = positions.get(node.id) ?? { x: 0, y: 0 };
      const old = this.previous.get(node.id);
      const reused =
        old &&
        old.position.x === position.x &&
        old.position.y === position.y &&
        sameNode(old.data.topo, node)
          ? old
          : flowNode(node, position);
      next.set(node.id, reused);
      return reused;
    });
    this.previous = next;
    return nodes;
  }
}

function firstViewport(nodes: TopologyFlowNode[], width: number, height: number): Viewport {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const node of nodes) {
    x1 = Math.min(x1, node.position.x);
    y1 = Math.min(y1, node.position.y);
    x2 = Math.max(x2, node.position.x + (node.width ?? 0));
    y2 = Math.max(y2, node.position.y + (node.height ?? 0));
  }
  if (!Number.isFinite(x1)) return { x: 0, y: 0, zoom: 1 };
  return getViewportForBounds(
    { x: x1, y: y1, width: x2 - x1, height: y2 - y1 },
    width,
    height,
    FIRST_VIEW_MIN_ZOOM,
    1,
    0.05,
  );
}

/**
 * When the graph is laid out anew (an instance got its port, a network came),
 * the view fits it again, unless the user has panned or zoomed: a node that
 * moved must not be left outside the view.
 */
function RefitOnRelayout({
  signature,
  nodes,
  box,
  userMoved,
}: {
  signature: string;
  nodes: TopologyFlowNode[];
  box: RefObject<HTMLDivElement | null>;
  userMoved: RefObject<boolean>;
}) {
  const flow = useReactFlow();
  const laidOut = useRef(signature);
  useEffect(() => {
    if (signature === laidOut.current) return;
    laidOut.current = signature;
    if (userMoved.current || !box.current) return;
    const { width, height } = box.current.getBoundingClientRect();
    void flow.setViewport(firstViewport(nodes, width, height));
  }, [signature, nodes, flow, box, userMoved]);
  return null;
}

export function TopologyCanvas({ graph }: { graph: TopoGraph }) {
  const router = useRouter();
  const [cache] = useState(() => new FlowNodeCache());
  // Nothing is drawn on the server (the view needs the box's size): no layout there.
  const nodes = useMemo(
    () => (typeof window === 'undefined' ? [] : cache.nodesFor(graph)),
    [cache, graph],
  );
  const edges = useMemo(() => {
    // In a grid of instances the address is on the node; a label would sit on the nodes.
    const inGrid = new Set(
      instanceBlocks(graph)
        .filter((b) => b.columns > 1)
        .flatMap((b) => b.members.map((m) => m.id)),
    );
    return graph.edges.map((e) => flowEdge(e, !inGrid.has(e.target)));
  }, [graph]);
  const hrefs = useMemo(() => new Map(graph.nodes.map((n) => [n.id, n.href])), [graph.nodes]);
  const box = useRef<HTMLDivElement>(null);
  const [viewport, setViewport] = useState<Viewport | null>(null);
  const signature = useMemo(() => layoutSignature(graph), [graph]);
  const userMoved = useRef(false);

  // The first view is computed before the first paint, so the graph never jumps.
  useLayoutEffect(() => {
    if (viewport || !box.current) return;
    const { width, height } = box.current.getBoundingClientRect();
    setViewport(firstViewport(nodes, width, height));
  }, [viewport, nodes]);

  useEffect(() => {
    if (viewport) markDrawn();
  }, [viewport]);

  const open = (id: string, newTab: boolean) => {
    const href = hrefs.get(id);
    if (!href) return;
    if (newTab) window.open(href, '_blank', 'noopener');
    else router.push(href);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Enter') return;
    const element = (event.target as HTMLElement).closest('.react-flow__node');
    const id = element?.getAttribute('data-id');
    if (id) open(id, event.metaKey || event.ctrlKey);
  };

  return (
    <div ref={box} className="topology-flow absolute inset-0" onKeyDown={onKeyDown}>
      {viewport && (
        <ReactFlow
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          defaultViewport={viewport}
          minZoom={MIN_ZOOM}
          maxZoom={2}
          onlyRenderVisibleElements
          nodesDraggable={false}
          nodesConnectable={false}
          elementsSelectable={false}
          edgesFocusable={false}
          autoPanOnNodeFocus
          onNodeClick={(event, node) => open(node.id, event.metaKey || event.ctrlKey)}
          onMoveStart={(event) => {
            // Programmatic moves come without an event.
            if (event) userMoved.current = true;
          }}
          attributionPosition="top-right"
          aria-label="Network topology graph"
        >
          <RefitOnRelayout signature={signature} nodes={nodes} box={box} userMoved={userMoved} />
          <Background gap={24} size={1} />
          <Controls showInteractive={false} position="bottom-left" />
          <MiniMap
            pannable
            zoomable
            position="bottom-right"
            ariaLabel="Topology overview"
            style={{ width: 160, height: 110 }}
            nodeClassName={(node) => `topology-mini-${(node.data as { topo: TopoNode }).topo.kind}`}
          />
        </ReactFlow>
      )}
    </div>
  );
}
