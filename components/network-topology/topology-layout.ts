// Positions for the topology graph, by dagre (a layered layout), left to right:
// outside → routers → networks → instances. Laid out again only when the
// graph's shape changes (its signature), so a status change moves nothing.
import { Graph, layout } from '@dagrejs/dagre';
import type { TopoGraph, TopoKind, TopoNode } from './topology-graph';

export const NODE_WIDTH: Record<TopoKind, number> = {
  external: 210,
  router: 170,
  network: 210,
  instance: 200,
};

const HEADER = 54;
const LINE = 16;
const PADDING = 4;

/** A node's box: the node draws itself at exactly this size, so the layout holds. */
export function nodeSize(node: Pick<TopoNode, 'kind' | 'lines' | 'floating'>): {
  width: number;
  height: number;
} {
  const lines = node.lines.length + node.floating.length;
  return { width: NODE_WIDTH[node.kind], height: HEADER + lines * LINE + (lines ? PADDING : 0) };
}

/** What the layout depends on: node ids and sizes, edges' ends. Nothing else. */
export function layoutSignature(graph: TopoGraph): string {
  const nodes = graph.nodes.map((n) => {
    const { height } = nodeSize(n);
    return `${n.id}/${height}`;
  });
  const edges = graph.edges.map((e) => `${e.id}/${e.source}>${e.target}`);
  return `${nodes.join(',')}|${edges.join(',')}`;
}

export type Positions = Map<string, { x: number; y: number }>;

/** Top-left corners (React Flow's origin) of every node. */
export function layoutTopology(graph: TopoGraph): Positions {
  const g = new Graph({ multigraph: true });
  g.setGraph({ rankdir: 'LR', nodesep: 14, ranksep: 150, marginx: 16, marginy: 16 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const node of graph.nodes) g.setNode(node.id, nodeSize(node));
  for (const edge of graph.edges) g.setEdge(edge.source, edge.target, {}, edge.id);
  layout(g);
  const positions: Positions = new Map();
  for (const node of graph.nodes) {
    const placed = g.node(node.id);
    positions.set(node.id, {
      x: Math.round(placed.x - placed.width / 2),
      y: Math.round(placed.y - placed.height / 2),
    });
  }
  return positions;
}
