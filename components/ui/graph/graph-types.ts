// A small directed graph to draw (components/ui/graph/graph-canvas.tsx): boxes
// with a title, a subtitle and a state in the status tones, joined by arrows.
import type { StatusTone } from '@/lib/ui/status-tone';

export interface GraphNode {
  id: string;
  title: string;
  /** A second line (a type, an address). */
  subtitle?: string;
  status: string;
  statusLabel?: string;
  /** Defaults to the status's own tone. */
  tone?: StatusTone;
  /** Where the node leads (click, or Enter when focused). */
  href?: string;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  /** What a screen reader hears for the arrow ("subnet depends on net"). */
  label?: string;
}

export interface GraphData {
  nodes: GraphNode[];
  edges: GraphEdge[];
}
