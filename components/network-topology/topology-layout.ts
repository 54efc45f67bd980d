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

const GRID_GAP_X = 40;
const GRID_GAP_Y = 14;

/** Columns of a network's instance grid: one for a few, then about 3:5. */
export function gridColumns(count: number): number {
  return count <= 4 ? 1 : Math.ceil(Math.sqrt(count * 0.6));
}

interface Block {
  id: string;
  members: TopoNode[];
  columns: number;
  rowHeights: number[];
  width: number;
  height: number;
}

function block(id: string, members: TopoNode[]): Block {
  const columns = gridColumns(members.length);
  const rowHeights: number[] = [];
  members.forEach((m, i) => {
    const row = Math.floor(i / columns);
    rowHeights[row] = Math.max(rowHeights[row] ?? 0, nodeSize(m).height);
  });
  return {
    id,
    members,
    columns,
    rowHeights,
    width: columns * NODE_WIDTH.instance + (columns - 1) * GRID_GAP_X,
    height: rowHeights.reduce((sum, h) => sum + h, 0) + (rowHeights.length - 1) * GRID_GAP_Y,
  };
}

/**
 * The instances of a network sit in a grid beside it (an instance on several
 * networks, with its first one), so 200 instances are not one endless column.
 * dagre lays out the rest with each grid as one box.
 */
export function instanceBlocks(graph: TopoGraph): Block[] {
  const home = new Map<string, string>();
  for (const edge of graph.edges)
    if (edge.kind === 'port' && !home.has(edge.target)) home.set(edge.target, edge.source);
  const members = new Map<string, TopoNode[]>();
  for (const node of graph.nodes) {
    if (node.kind !== 'instance') continue;
    const key = home.get(node.id) ?? '';
    members.set(key, [...(members.get(key) ?? []), node]);
  }
  return [...members.entries()].map(([network, nodes]) => block(`block:${network}`, nodes));
}

/**
 * Instances in a grid of several columns: their address is on the node, so
 * the edges to them carry no label (it would sit on the nodes).
 */
export function gridMembers(graph: TopoGraph): Set<string> {
  return new Set(
    instanceBlocks(graph)
      .filter((b) => b.columns > 1)
      .flatMap((b) => b.members.map((m) => m.id)),
  );
}

/** Top-left corners (React Flow's origin) of every node. */
export function layoutTopology(graph: TopoGraph): Positions {
  const g = new Graph({ multigraph: true });
  g.setGraph({ rankdir: 'LR', nodesep: 14, ranksep: 150, marginx: 16, marginy: 16 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const node of graph.nodes) if (node.kind !== 'instance') g.setNode(node.id, nodeSize(node));
  const blocks = instanceBlocks(graph);
  for (const b of blocks) {
    g.setNode(b.id, { width: b.width, height: b.height });
    const network = b.id.slice('block:'.length);
    if (network) g.setEdge(network, b.id, {}, b.id);
  }
  for (const edge of graph.edges)
    if (edge.kind !== 'port') g.setEdge(edge.source, edge.target, {}, edge.id);
  layout(g);
  const positions: Positions = new Map();
  const corner = (id: string) => {
    const placed = g.node(id);
    return {
      x: Math.round(placed.x - placed.width / 2),
      y: Math.round(placed.y - placed.height / 2),
    };
  };
  for (const node of graph.nodes)
    if (node.kind !== 'instance') positions.set(node.id, corner(node.id));
  for (const b of blocks) {
    const origin = corner(b.id);
    let y = origin.y;
    b.rowHeights.forEach((height, row) => {
      b.members.slice(row * b.columns, (row + 1) * b.columns).forEach((member, column) => {
        positions.set(member.id, { x: origin.x + column * (NODE_WIDTH.instance + GRID_GAP_X), y });
      });
      y += height + GRID_GAP_Y;
    });
  }
  return positions;
}
