// A stack's resources as a graph: a node per resource, an edge from each
// resource to every resource in its `required_by` (those that depend on it).
import type { GraphData } from '@/components/ui/graph/graph-types';
import type { StackResource } from '@/lib/openstack/orchestration/heat-schemas';
import { resourceHref } from './resource-links';
import { statusLabel } from './stack-status';

type TopologyResource = Pick<
  StackResource,
  'resource_name' | 'resource_type' | 'resource_status' | 'physical_resource_id' | 'required_by'
>;

export function topologyGraph(resources: TopologyResource[]): GraphData {
  const names = new Set(resources.map((r) => r.resource_name));
  return {
    nodes: resources.map((r) => ({
      id: r.resource_name,
      title: r.resource_name,
      subtitle: r.resource_type,
      status: r.resource_status,
      statusLabel: statusLabel(r.resource_status),
      href: r.physical_resource_id
        ? resourceHref(r.resource_type, r.physical_resource_id)
        : undefined,
    })),
    edges: resources.flatMap((r) =>
      (r.required_by ?? [])
        .filter((dependent) => names.has(dependent))
        .map((dependent) => ({
          id: `${r.resource_name}>${dependent}`,
          source: r.resource_name,
          target: dependent,
          label: `${dependent} depends on ${r.resource_name}`,
        })),
    ),
  };
}
