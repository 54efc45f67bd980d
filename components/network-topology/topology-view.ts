// The geometry the graph is drawn with, shared by the page's first drawing
// (plain HTML and SVG from the server, topology-static.tsx) and React Flow
// (topology-canvas.tsx), so the one can replace the other without anything
// moving: the first view (fit, centred, clamped zoom), where an edge starts
// and ends, its curve and the place of its label, and which part of a large
// graph the first drawing needs.

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

/** The first view fits the graph, but never smaller than this (names stay readable)… */
export const FIRST_VIEW_MIN_ZOOM = 0.4;
/** …and never larger than this. */
export const FIRST_VIEW_MAX_ZOOM = 1;
/** Room around the graph in the first view: 5 % of its size. */
export const FIT_PADDING = 0.05;

/** The handles are 6 px squares centred on the node's left and right edges. */
export const HANDLE_SIZE = 6;

/** The box around all the nodes, or null when there are none. */
export function boundsOf(boxes: Iterable<Box>): Box | null {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const b of boxes) {
    x1 = Math.min(x1, b.x);
    y1 = Math.min(y1, b.y);
    x2 = Math.max(x2, b.x + b.width);
    y2 = Math.max(y2, b.y + b.height);
  }
  return Number.isFinite(x1) ? { x: x1, y: y1, width: x2 - x1, height: y2 - y1 } : null;
}

/** The padded size the first view fits into the pane (CSS does the same sum, see topology.css). */
export function fitSize(bounds: Box): { width: number; height: number } {
  return {
    width: Math.max(1, bounds.width * (1 + FIT_PADDING)),
    height: Math.max(1, bounds.height * (1 + FIT_PADDING)),
  };
}

/**
 * The first view of a pane of this size: the graph's centre in the pane's
 * centre, at the zoom that fits it (padded), clamped to [0.4, 1].
 */
export function fitViewport(bounds: Box, width: number, height: number): Viewport {
  const fit = fitSize(bounds);
  const zoom = Math.min(
    FIRST_VIEW_MAX_ZOOM,
    Math.max(FIRST_VIEW_MIN_ZOOM, Math.min(width / fit.width, height / fit.height)),
  );
  return {
    x: width / 2 - (bounds.x + bounds.width / 2) * zoom,
    y: height / 2 - (bounds.y + bounds.height / 2) * zoom,
    zoom,
  };
}

/** The part of the graph a pane of this size shows in its first view, in graph units. */
export function firstViewArea(bounds: Box, width: number, height: number): Box {
  const view = fitViewport(bounds, width, height);
  return {
    x: -view.x / view.zoom,
    y: -view.y / view.zoom,
    width: width / view.zoom,
    height: height / view.zoom,
  };
}

export function intersects(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Where an edge leaves a node (the right handle's outer side) and enters one (the left's). */
export function sourcePoint(node: Box): { x: number; y: number } {
  return { x: node.x + node.width + HANDLE_SIZE / 2, y: node.y + node.height / 2 };
}

export function targetPoint(node: Box): { x: number; y: number } {
  return { x: node.x - HANDLE_SIZE / 2, y: node.y + node.height / 2 };
}

/** How far a control point stands off its end: half the run forward, a little when going back. */
function controlOffset(run: number): number {
  return run >= 0 ? run / 2 : 0.25 * 25 * Math.sqrt(-run);
}

export interface EdgeGeometry {
  /** An SVG path: a cubic curve leaving right and entering left, as React Flow's default edge. */
  path: string;
  labelX: number;
  labelY: number;
  box: Box;
}

export function edgeGeometry(source: Box, target: Box): EdgeGeometry {
  const s = sourcePoint(source);
  const t = targetPoint(target);
  const offset = controlOffset(t.x - s.x);
  const c1 = { x: s.x + offset, y: s.y };
  const c2 = { x: t.x - offset, y: t.y };
  // The curve's point at t = ½.
  const labelX = s.x * 0.125 + c1.x * 0.375 + c2.x * 0.375 + t.x * 0.125;
  const labelY = s.y * 0.125 + c1.y * 0.375 + c2.y * 0.375 + t.y * 0.125;
  return {
    path: `M${s.x},${s.y} C${c1.x},${c1.y} ${c2.x},${c2.y} ${t.x},${t.y}`,
    labelX,
    labelY,
    box: {
      x: Math.min(s.x, t.x),
      y: Math.min(s.y, t.y),
      width: Math.abs(t.x - s.x),
      height: Math.abs(t.y - s.y),
    },
  };
}

/**
 * The largest pane the first drawing is made for: a 1920×1200 screen less the
 * sidebar and the page's header. A larger pane shows the rest of a large
 * graph when React Flow takes over; this keeps the page's HTML bounded (at
 * 1,000 instances it holds a few hundred nodes, not all of them).
 */
export const STATIC_PANE = { width: 1700, height: 1000 };
