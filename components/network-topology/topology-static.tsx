// The graph as plain HTML and SVG, in the page the server sends: drawn at the
// first paint, before any script has run, with the nodes as links to their
// detail pages. React Flow draws over it once the page has hydrated and this
// layer is then removed. It uses the same layout, node body, edge curves and
// first view as React Flow (topology-view.ts), so nothing moves at the switch;
// the view is fitted to the pane by CSS alone (container units, topology.css),
// since the server does not know the pane's size.
// A large graph is cut to what the first view of a large pane shows
// (STATIC_PANE), to keep the HTML small; React Flow draws the rest.
import { nodeSize, type Positions } from './topology-layout';
import { TopologyNodeBody } from './topology-node-body';
import {
  boundsOf,
  edgeGeometry,
  FIRST_VIEW_MAX_ZOOM,
  FIRST_VIEW_MIN_ZOOM,
  firstViewArea,
  fitSize,
  intersects,
  STATIC_PANE,
  type Box,
} from './topology-view';
import type { TopoGraph, TopoNode } from './topology-graph';
import type { CSSProperties } from 'react';

/** The Element Timing name of the first drawing's last element (see topology-marks.ts). */
export const STATIC_TIMING = 'network-topology';

export interface StaticScene {
  nodes: { node: TopoNode; box: Box }[];
  edges: {
    id: string;
    kind: string;
    path: string;
    label?: { text: string; x: number; y: number };
  }[];
  bounds: Box;
}

/** What the first drawing holds: the nodes and edges in the first view of STATIC_PANE. */
export function staticScene(
  graph: TopoGraph,
  positions: Positions,
  /** Instances whose edges carry no label (gridMembers). */
  unlabelled: Set<string>,
): StaticScene | null {
  const boxes = new Map<string, Box>();
  for (const node of graph.nodes) {
    const at = positions.get(node.id);
    if (at) boxes.set(node.id, { ...at, ...nodeSize(node) });
  }
  const bounds = boundsOf(boxes.values());
  if (!bounds) return null;
  const area = firstViewArea(bounds, STATIC_PANE.width, STATIC_PANE.height);
  const nodes = graph.nodes.flatMap((node) => {
    const box = boxes.get(node.id);
    return box && intersects(box, area) ? [{ node, box }] : [];
  });
  const edges = graph.edges.flatMap((edge) => {
    const source = boxes.get(edge.source);
    const target = boxes.get(edge.target);
    if (!source || !target) return [];
    const geometry = edgeGeometry(source, target);
    if (
      !intersects(
        { ...geometry.box, width: geometry.box.width + 1, height: geometry.box.height + 1 },
        area,
      )
    )
      return [];
    return [
      {
        id: edge.id,
        kind: edge.kind,
        path: geometry.path,
        label:
          edge.label && !unlabelled.has(edge.target)
            ? { text: edge.label, x: geometry.labelX, y: geometry.labelY }
            : undefined,
      },
    ];
  });
  return { nodes, edges, bounds };
}

export function TopologyStatic({ scene, covered }: { scene: StaticScene; covered: boolean }) {
  const { bounds } = scene;
  const fit = fitSize(bounds);
  const style = {
    '--cx': `${bounds.x + bounds.width / 2}px`,
    '--cy': `${bounds.y + bounds.height / 2}px`,
    '--fit-w': `${fit.width}px`,
    '--fit-h': `${fit.height}px`,
    '--min-zoom': FIRST_VIEW_MIN_ZOOM,
    '--max-zoom': FIRST_VIEW_MAX_ZOOM,
  } as CSSProperties;
  return (
    <div
      className="topology-static"
      style={style}
      // Under React Flow, until it has drawn: out of the way of readers and keys.
      aria-hidden={covered || undefined}
      inert={covered || undefined}
    >
      <div className="topology-static-dots" aria-hidden />
      <div className="topology-static-viewport">
        <svg className="topology-static-edges" aria-hidden>
          {scene.edges.map((edge) => (
            <path key={edge.id} d={edge.path} className={`topology-${edge.kind}`} />
          ))}
        </svg>
        {scene.edges.map(
          (edge) =>
            edge.label && (
              <span
                key={edge.id}
                aria-hidden
                className="topology-static-label"
                style={{
                  transform: `translate(${edge.label.x}px, ${edge.label.y}px) translate(-50%, -50%)`,
                }}
              >
                {edge.label.text}
              </span>
            ),
        )}
        {scene.nodes.map(({ node, box }) => (
          <a
            key={node.id}
            href={node.href}
            data-node={node.id}
            className="topology-static-node"
            style={{
              transform: `translate(${box.x}px, ${box.y}px)`,
              width: box.width,
              height: box.height,
            }}
          >
            <TopologyNodeBody node={node} />
          </a>
        ))}
      </div>
      {/* Where React Flow's controls and overview will be, so they do not pop up from nothing. */}
      <div aria-hidden className="react-flow__panel react-flow__controls vertical bottom left">
        <span className="react-flow__controls-button" />
        <span className="react-flow__controls-button" />
        <span className="react-flow__controls-button" />
      </div>
      <div
        aria-hidden
        className="react-flow__panel react-flow__minimap bottom right"
        style={{ width: 160, height: 110 }}
      />
      {/* Last, so its paint (Element Timing) comes with or after the whole graph's. */}
      <div
        className="react-flow__panel react-flow__attribution top right"
        // Chromium times a text by the block it is laid out in. (React's types lack the attribute.)
        {...{ elementtiming: STATIC_TIMING }}
      >
        <a
          href="https://reactflow.dev"
          target="_blank"
          rel="noopener noreferrer"
          aria-label="React Flow attribution"
        >
          React Flow
        </a>
      </div>
    </div>
  );
}
