import { describe, expect, it } from 'vitest';
import { FlowNodeCache } from './topology-canvas';
import { sampleData, server } from './topology-fixtures';
import { buildTopology, type TopoGraph } from './topology-graph';
import { layoutSignature, layoutTopology, nodeSize, type Positions } from './topology-layout';

function overlaps(graph: TopoGraph, positions: Positions): string[] {
  const boxes = graph.nodes.map((n) => ({ id: n.id, ...positions.get(n.id)!, ...nodeSize(n) }));
  const found: string[] = [];
  for (const [i, a] of boxes.entries())
    for (const b of boxes.slice(i + 1))
      if (!(
        a.x + a.width <= b.x ||
        b.x + b.width <= a.x ||
        a.y + a.height <= b.y ||
        b.y + b.height <= a.y
      ))
        found.push(`${a.id} ${b.id}`);
  return found;
}

describe('layoutTopology', () => {
  const graph = buildTopology(sampleData());
  const positions = layoutTopology(graph);
  const x = (id: string) => positions.get(id)!.x;

  it('places outside, routers, networks and instances from left to right', () => {
    expect(x('external:pub')).toBeLessThan(x('router:r1'));
    expect(x('router:r1')).toBeLessThan(x('network:net1'));
    expect(x('network:net1')).toBeLessThan(x('instance:vm1'));
  });

  it('never overlaps two nodes', () => {
    const boxes = graph.nodes.map((n) => ({ ...positions.get(n.id)!, ...nodeSize(n) }));
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1))
        expect(
          a.x + a.width <= b.x ||
            b.x + b.width <= a.x ||
            a.y + a.height <= b.y ||
            b.y + b.height <= a.y,
        ).toBe(true);
  });

  it('gives the same places for the same graph', () => {
    expect(layoutTopology(buildTopology(sampleData()))).toEqual(positions);
  });

  it('lays out 200 instances on 10 networks behind 5 routers quickly', () => {
    const data = sampleData();
    data.networks = Array.from({ length: 10 }, (_, i) => ({
      ...data.networks[1]!,
      id: `n${i}`,
      name: `n${i}`,
    }));
    data.routers = Array.from({ length: 5 }, (_, i) => ({
      ...data.routers[0]!,
      id: `r${i}`,
      name: `r${i}`,
    }));
    data.servers = Array.from({ length: 200 }, (_, i) => server(`s${i}`, `vm-${i}`));
    data.ports = [
      ...data.routers.flatMap((r, i) => [
        { ...data.ports[0]!, id: `if${i}a`, device_id: r.id, network_id: `n${2 * i}` },
        { ...data.ports[0]!, id: `if${i}b`, device_id: r.id, network_id: `n${2 * i + 1}` },
      ]),
      ...data.servers.map((s, i) => ({
        ...data.ports[2]!,
        id: `p${i}`,
        device_id: s.id,
        network_id: `n${i % 10}`,
      })),
    ];
    const big = buildTopology(data);
    const started = performance.now();
    const placed = layoutTopology(big);
    expect(placed.size).toBe(big.nodes.length);
    expect(overlaps(big, placed)).toEqual([]);
    // 20 instances a network: a grid of 4 columns beside it, not one column of 200.
    const columns = new Set(
      big.nodes.filter((n) => n.kind === 'instance').map((n) => placed.get(n.id)!.x),
    );
    expect(columns.size).toBe(4);
    const vm = (i: number) => placed.get(`instance:s${i}`)!;
    // s0, s10, s20… share network n0 and fill its grid by name, row by row.
    expect(vm(10).y).toBe(vm(0).y);
    expect(vm(10).x).toBeGreaterThan(vm(0).x);
    expect(vm(0).x).toBeGreaterThan(placed.get('network:n0')!.x);
    // Generous for a shared 2-core machine; it takes a few tens of ms.
    expect(performance.now() - started).toBeLessThan(3000);
  });
});

describe('FlowNodeCache', () => {
  it('keeps node objects and places when nothing changed, and only redraws what did', () => {
    const cache = new FlowNodeCache();
    const first = cache.nodesFor(buildTopology(sampleData()));
    const again = cache.nodesFor(buildTopology(sampleData()));
    expect(again).toEqual(first);
    again.forEach((node, i) => expect(node).toBe(first[i]));

    const data = sampleData();
    data.servers = data.servers.map((s) => (s.id === 'vm2' ? { ...s, status: 'ACTIVE' } : s));
    const changed = cache.nodesFor(buildTopology(data));
    const byId = (nodes: typeof first, id: string) => nodes.find((n) => n.id === id)!;
    expect(byId(changed, 'instance:vm2')).not.toBe(byId(first, 'instance:vm2'));
    expect(byId(changed, 'instance:vm2').position).toEqual(byId(first, 'instance:vm2').position);
    expect(byId(changed, 'instance:vm1')).toBe(byId(first, 'instance:vm1'));
  });

  it('a status change does not change the layout signature; a new instance does', () => {
    const base = layoutSignature(buildTopology(sampleData()));
    const data = sampleData();
    data.servers[0] = { ...data.servers[0]!, status: 'SHUTOFF' };
    expect(layoutSignature(buildTopology(data))).toBe(base);
    data.servers.push(server('vm4', 'new'));
    expect(layoutSignature(buildTopology(data))).not.toBe(base);
  });
});
