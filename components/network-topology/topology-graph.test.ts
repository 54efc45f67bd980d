import { describe, expect, it } from 'vitest';
import { allPages } from './topology-data';
import { sampleData, server } from './topology-fixtures';
import { buildTopology } from './topology-graph';

describe('buildTopology', () => {
  const graph = buildTopology(sampleData());
  const node = (id: string) => graph.nodes.find((n) => n.id === id);

  it('makes external networks, routers, networks and instances, in that order', () => {
    expect(graph.nodes.map((n) => n.id)).toEqual([
      'external:pub',
      'router:r2',
      'router:r1',
      'network:net2',
      'network:net1',
      'instance:vm3',
      'instance:vm2',
      'instance:vm1',
    ]);
  });

  it('labels a network with its subnets’ CIDRs and links nodes to their detail pages', () => {
    expect(node('network:net1')).toMatchObject({
      name: 'private',
      lines: ['10.0.0.0/24', 'fd00::/64'],
      href: '/project/networks/net1',
    });
    expect(node('external:pub')?.lines).toEqual(['172.24.4.0/24']);
    expect(node('router:r1')?.href).toBe('/project/routers/r1');
    expect(node('instance:vm1')?.href).toBe('/project/instances/vm1');
  });

  it('joins router gateways, interfaces and instance ports, labelled with their IPs', () => {
    expect(graph.edges).toEqual([
      {
        id: 'gateway:r1',
        source: 'external:pub',
        target: 'router:r1',
        kind: 'gateway',
        label: '172.24.4.5',
      },
      {
        id: 'interface:p-if',
        source: 'router:r1',
        target: 'network:net1',
        kind: 'interface',
        label: '10.0.0.1',
      },
      {
        id: 'port:p-vm',
        source: 'network:net1',
        target: 'instance:vm1',
        kind: 'port',
        label: '10.0.0.7',
      },
      {
        id: 'port:p-vm2',
        source: 'network:net2',
        target: 'instance:vm2',
        kind: 'port',
        label: '192.168.0.4',
      },
    ]);
  });

  it('shows an instance’s addresses and floating IPs, and colours states calmly', () => {
    expect(node('instance:vm1')).toMatchObject({
      lines: ['10.0.0.7'],
      floating: ['172.24.4.20'],
      tone: 'ok',
      statusLabel: 'Active',
    });
    expect(node('instance:vm2')?.tone).toBe('busy');
    expect(node('instance:vm3')?.tone).toBe('bad');
    expect(node('network:net2')).toMatchObject({ tone: 'idle', statusLabel: 'Admin Down' });
  });

  it('shows a network it cannot list by its ID rather than dropping the edge', () => {
    const data = sampleData();
    data.networks = data.networks.filter((n) => n.id !== 'pub');
    const g = buildTopology(data);
    expect(g.nodes.find((n) => n.id === 'external:pub')).toMatchObject({
      kind: 'external',
      name: 'pub',
      statusLabel: 'Unknown',
    });
  });

  it('renders names as given (HTML stays text) and falls back to the ID', () => {
    const data = sampleData();
    data.servers = [server('vm1', '<b>x</b>'), server('vm9', '')];
    const g = buildTopology(data);
    expect(g.nodes.find((n) => n.id === 'instance:vm1')?.name).toBe('<b>x</b>');
    expect(g.nodes.find((n) => n.id === 'instance:vm9')?.name).toBe('vm9');
  });
});

describe('allPages', () => {
  it('follows the next marker to the end, with the limit on every call', async () => {
    const calls: { limit: number; marker?: string }[] = [];
    const pages: Record<string, { items: number[]; next?: string }> = {
      start: { items: [1, 2], next: 'b' },
      b: { items: [3, 4], next: 'c' },
      c: { items: [5] },
    };
    const items = await allPages(async (q) => {
      calls.push(q);
      return pages[q.marker ?? 'start']!;
    }, 2);
    expect(items).toEqual([1, 2, 3, 4, 5]);
    expect(calls).toEqual([
      { limit: 2, marker: undefined },
      { limit: 2, marker: 'b' },
      { limit: 2, marker: 'c' },
    ]);
  });

  it('stops on an empty page or a marker seen before', async () => {
    let n = 0;
    const items = await allPages(async () => {
      n += 1;
      return { items: [n], next: 'same' };
    });
    expect(items).toEqual([1, 2]);
  });
});
