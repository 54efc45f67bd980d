import { describe, expect, it } from 'vitest';
import { GRAPH_NODE_HEIGHT, GRAPH_NODE_WIDTH, graphSignature, layoutGraph } from './graph-layout';
import type { GraphData } from './graph-types';

const node = (id: string) => ({ id, title: id, status: 'CREATE_COMPLETE' });

describe('layoutGraph', () => {
  it('puts an edge source in an earlier column than its target, left to right', () => {
    const graph: GraphData = {
      nodes: [node('subnet'), node('net'), node('port')],
      edges: [
        { id: '1', source: 'net', target: 'subnet' },
        { id: '2', source: 'subnet', target: 'port' },
      ],
    };
    const p = layoutGraph(graph);
    expect(p.get('net')!.x + GRAPH_NODE_WIDTH).toBeLessThan(p.get('subnet')!.x);
    expect(p.get('subnet')!.x + GRAPH_NODE_WIDTH).toBeLessThan(p.get('port')!.x);
  });

  it('top to bottom when asked', () => {
    const p = layoutGraph(
      { nodes: [node('a'), node('b')], edges: [{ id: '1', source: 'a', target: 'b' }] },
      { direction: 'TB' },
    );
    expect(p.get('a')!.y + GRAPH_NODE_HEIGHT).toBeLessThan(p.get('b')!.y);
  });

  it('does not overlap unrelated nodes, ignores edges to unknown nodes and self-loops', () => {
    const p = layoutGraph({
      nodes: [node('a'), node('b'), node('c')],
      edges: [
        { id: '1', source: 'a', target: 'ghost' },
        { id: '2', source: 'b', target: 'b' },
      ],
    });
    expect(p.size).toBe(3);
    const boxes = [...p.values()];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const apart =
          Math.abs(boxes[i]!.x - boxes[j]!.x) >= GRAPH_NODE_WIDTH ||
          Math.abs(boxes[i]!.y - boxes[j]!.y) >= GRAPH_NODE_HEIGHT;
        expect(apart).toBe(true);
      }
  });

  it('lays out a cycle instead of failing', () => {
    const p = layoutGraph({
      nodes: [node('a'), node('b')],
      edges: [
        { id: '1', source: 'a', target: 'b' },
        { id: '2', source: 'b', target: 'a' },
      ],
    });
    expect(p.size).toBe(2);
  });

  it('the signature follows the shape, not the states', () => {
    const a: GraphData = { nodes: [node('a')], edges: [] };
    const b: GraphData = { nodes: [{ ...node('a'), status: 'CREATE_IN_PROGRESS' }], edges: [] };
    expect(graphSignature(a)).toBe(graphSignature(b));
    expect(graphSignature(a)).not.toBe(
      graphSignature({ nodes: [node('a'), node('b')], edges: [] }),
    );
  });
});
