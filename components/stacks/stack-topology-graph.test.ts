import { describe, expect, it } from 'vitest';
import { topologyGraph } from './stack-topology-graph';

describe('topologyGraph', () => {
  const resources = [
    {
      resource_name: 'net',
      resource_type: 'OS::Neutron::Net',
      resource_status: 'CREATE_COMPLETE',
      physical_resource_id: 'n-1',
      required_by: ['subnet', 'gone'],
    },
    {
      resource_name: 'subnet',
      resource_type: 'OS::Neutron::Subnet',
      resource_status: 'CREATE_IN_PROGRESS',
      physical_resource_id: '',
      required_by: [],
    },
    {
      resource_name: 'secret',
      resource_type: 'OS::Heat::RandomString',
      resource_status: 'INIT_COMPLETE',
      physical_resource_id: 'abc',
      required_by: null,
    },
  ];

  it('a node per resource, with its type, state and page where a panel exists', () => {
    const g = topologyGraph(resources);
    expect(g.nodes.map((n) => [n.id, n.subtitle, n.statusLabel, n.href])).toEqual([
      ['net', 'OS::Neutron::Net', 'Create Complete', '/project/networks/n-1'],
      ['subnet', 'OS::Neutron::Subnet', 'Create In Progress', undefined],
      ['secret', 'OS::Heat::RandomString', 'Init Complete', undefined],
    ]);
  });

  it('an edge from a resource to each one that requires it, only between listed resources', () => {
    expect(topologyGraph(resources).edges).toEqual([
      { id: 'net>subnet', source: 'net', target: 'subnet', label: 'subnet depends on net' },
    ]);
  });
});
