'use client';
// The drawn graph (React Flow): pan and zoom, controls, a minimap. Nodes are
// links to their detail pages (click, or Enter when focused). Only what is in
// view is rendered; the layout is redone only when the graph's shape changes,
// and a node whose data did not change keeps its object, so React Flow skips it.
// When the server rendered the page, its HTML already holds the graph drawn
// (topology-static.tsx); React Flow mounts over it on hydration, in the same
// places, and the static drawing is removed once React Flow has drawn.
import {
  Background,
  Controls,
  MiniMap,
  Position,
  ReactFlow,
  useReactFlow,
  type Edge,
  type NodeHandle,
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
import '@/components/ui/graph/graph.css';
import './topology.css';
import {
  gridMembers,
  layoutSignature,
  layoutTopology,
  nodeSize,
  type Positions,
} from './topology-layout';
import { markInteractive, watchFirstPaint } from './topology-marks';
import { TopologyNode, type TopologyFlowNode } from './topology-node';
import { STATIC_TIMING, staticScene, TopologyStatic } from './topology-static';
import { boundsOf, fitViewport, HANDLE_SIZE } from './topology-view';
import type { TopoEdge, TopoGraph, TopoNode } from './topology-graph';

const nodeTypes = { topology: TopologyNode };
const MIN_ZOOM = 0.05;
/** Frames to wait for React Flow's first nodes before the static drawing goes anyway. */
const MAX_WAIT_FRAMES = 300;

/**
 * Where the edges attach, given rather than measured, so React Flow draws the
 * edges in its first frame (as the static drawing has them), not one later.
 */
function handles(width: number, height: number): NodeHandle[] {
  const y = height / 2 - HANDLE_SIZE / 2;
  return [
    {
      id: null,
      type: 'target',
      position: Position.Left,
      x: -HANDLE_SIZE / 2,
      y,
      width: HANDLE_SIZE,
      height: HANDLE_SIZE,
    },
    {
      id: null,
      type: 'source',
      position: Position.Right,
      x: width - HANDLE_SIZE / 2,
      y,
      width: HANDLE_SIZE,
      height: HANDLE_SIZE,
    },
  ];
}

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
    handles: handles(width, height),
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
  const bounds = boundsOf(
    nodes.map((n) => ({ ...n.position, width: n.width ?? 0, height: n.height ?? 0 })),
  );
  return bounds ? fitViewport(bounds, width, height) : { x: 0, y: 0, zoom: 1 };
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

export function TopologyCanvas({
  graph,
  serverDrawn = false,
}: {
  graph: TopoGraph;
  /** The page's HTML holds this graph drawn (the server rendered it): start from that. */
  serverDrawn?: boolean;
}) {
  const router = useRouter();
  const [cache] = useState(() => new FlowNodeCache());
  // Laid out on the server too: the first drawing is in the HTML.
  const nodes = useMemo(() => cache.nodesFor(graph), [cache, graph]);
  const unlabelled = useMemo(() => gridMembers(graph), [graph]);
  const edges = useMemo(
    () => graph.edges.map((e) => flowEdge(e, !unlabelled.has(e.target))),
    [graph, unlabelled],
  );
  const hrefs = useMemo(() => new Map(graph.nodes.map((n) => [n.id, n.href])), [graph.nodes]);
  const box = useRef<HTMLDivElement>(null);
  const [viewport, setViewport] = useState<Viewport | null>(null);
  // The static drawing stays under React Flow until React Flow has drawn.
  const [staticShown, setStaticShown] = useState(serverDrawn);
  const scene = useMemo(
    () =>
      staticShown
        ? staticScene(graph, new Map(nodes.map((n) => [n.id, n.position])), unlabelled)
        : null,
    [staticShown, graph, nodes, unlabelled],
  );
  const signature = useMemo(() => layoutSignature(graph), [graph]);
  const userMoved = useRef(false);

  useEffect(() => {
    if (serverDrawn) return watchFirstPaint(STATIC_TIMING);
  }, [serverDrawn]);

  // A node of the static drawing focused before hydration: React Flow's takes the focus.
  const focused = useRef<string | null>(null);

  // The first view is computed before the first paint, so the graph never jumps.
  useLayoutEffect(() => {
    if (viewport || !box.current) return;
    focused.current =
      document.activeElement?.closest('.topology-static-node')?.getAttribute('data-node') ?? null;
    const { width, height } = box.current.getBoundingClientRect();
    setViewport(firstViewport(nodes, width, height));
  }, [viewport, nodes]);

  // React Flow has drawn once its nodes are in the page; then the static drawing goes.
  useEffect(() => {
    if (!viewport) return;
    let frames = 0;
    let request = 0;
    // With a node focused, wait for that very node: React Flow may draw some first.
    const drawn = focused.current
      ? `.react-flow__node[data-id="${CSS.escape(focused.current)}"]`
      : '.react-flow__node';
    const check = (frame: number) => {
      const node = box.current?.querySelector<HTMLElement>(drawn);
      if (node || ++frames > MAX_WAIT_FRAMES) {
        markInteractive(frame, serverDrawn);
        setStaticShown(false);
        if (focused.current) node?.focus();
      } else request = requestAnimationFrame(check);
    };
    request = requestAnimationFrame(check);
    return () => cancelAnimationFrame(request);
    // Once, when React Flow mounts.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [viewport !== null]);

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
    <div ref={box} className="graph-flow topology-flow absolute inset-0" onKeyDown={onKeyDown}>
      {scene && <TopologyStatic scene={scene} covered={viewport !== null} />}
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
