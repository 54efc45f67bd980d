// Positions for a GraphData by dagre (a layered layout), sources first: an
// edge's source sits in an earlier layer than its target. Edges whose ends are
// not nodes are left out; a cycle is broken by dagre, not refused.
import { Graph, layout } from '@dagrejs/dagre';
import type { GraphData } from './graph-types';

export const GRAPH_NODE_WIDTH = 200;
export const GRAPH_NODE_HEIGHT = 64;

export type GraphPositions = Map<string, { x: number; y: number }>;

export interface GraphLayoutOptions {
  /** LR: left to right (the default); TB: top to bottom. */
  direction?: 'LR' | 'TB';
}

/** Top-left corners of the nodes' boxes. */
export function layoutGraph(graph: GraphData, options: GraphLayoutOptions = {}): GraphPositions {
  const g = new Graph({ multigraph: false });
  g.setGraph({
    rankdir: options.direction ?? 'LR',
    nodesep: 24,
    ranksep: 64,
    marginx: 8,
    marginy: 8,
  });
  g.setDefaultEdgeLabel(() => ({}));
  const ids = new Set(graph.nodes.map((n) => n.id));
  for (const n of graph.nodes)
    g.setNode(n.id, { width: GRAPH_NODE_WIDTH, height: GRAPH_NODE_HEIGHT });
  for (const e of graph.edges)
    if (ids.has(e.source) && ids.has(e.target) && e.source !== e.target)
      g.setEdge(e.source, e.target);
  layout(g);
  const positions: GraphPositions = new Map();
  for (const n of graph.nodes) {
    const p = g.node(n.id);
    positions.set(n.id, { x: p.x - GRAPH_NODE_WIDTH / 2, y: p.y - GRAPH_NODE_HEIGHT / 2 });
  }
  return positions;
}

/** What the layout depends on (ids and edges' ends), so a status change moves nothing. */
export function graphSignature(graph: GraphData): string {
  return `${graph.nodes.map((n) => n.id).join(',')}|${graph.edges
    .map((e) => `${e.source}>${e.target}`)
    .join(',')}`;
}
