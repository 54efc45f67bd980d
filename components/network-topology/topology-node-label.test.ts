import { describe, expect, it } from 'vitest';
import { nodeLabel } from './topology-canvas';
import type { TopoNode } from './topology-graph';

const base: TopoNode = {
  id: 'instance:1',
  kind: 'instance',
  resourceId: '1',
  name: 'web-1',
  status: 'BUILD',
  statusLabel: 'Build',
  tone: 'info',
  lines: [],
  floating: [],
  href: '/project/instances/1',
};

describe('nodeLabel', () => {
  it('keeps the words of a node apart, even with no addresses yet', () => {
    expect(nodeLabel(base)).toBe('Instance web-1 Build');
  });
  it('names the fixed and floating addresses', () => {
    expect(
      nodeLabel({ ...base, statusLabel: 'Active', lines: ['10.0.0.5'], floating: ['172.24.4.9'] }),
    ).toBe('Instance web-1 Active 10.0.0.5 Floating IP 172.24.4.9');
  });
});
