// Project → Orchestration → Resource Types. api-ref: orchestration v1,
// "Resource types": the types this cloud's Heat can make, each with the
// properties a template gives it, the attributes get_attr reads, and the HOT
// skeleton Heat generates for it.
import { Mono, orDash } from '@/components/ui/cells';
import type { ResourceType, ResourceTypeSummary } from '@/lib/openstack/orchestration/heat-schemas';
import { PANELS } from '@/lib/panels';
import type { ResourceDefinition } from '@/lib/resources/types';
import { ResourceTypeAttributes, ResourceTypeProperties } from './resource-type-schema';
import { ResourceTypeTemplate } from './resource-type-template';

/** A list row has the type and its description; the detail adds the schema. */
export type ResourceTypeRow = ResourceTypeSummary & Partial<ResourceType>;

/** The description's first line: some types have paragraphs. */
function summary(text: string | null | undefined): string {
  const first =
    (text ?? '')
      .trim()
      .split(/\n\s*\n/)[0]
      ?.replace(/\s+/g, ' ') ?? '';
  return first || '-';
}

function supportStatus(t: ResourceTypeRow): string {
  const s = t.support_status;
  if (!s?.status) return '-';
  return [s.status, s.version ? `since ${s.version}` : '', s.message ?? '']
    .filter(Boolean)
    .join(' — ');
}

export const resourceTypes: ResourceDefinition<ResourceTypeRow> = {
  panel: PANELS.resourceTypes,
  apiRef: 'orchestration v1: Resource types',
  singular: 'Resource Type',
  key: (t) => t.resource_type,
  name: (t) => t.resource_type,
  list: async (api) => ({
    items: await api.orchestration.listResourceTypes({ withDescription: true }),
  }),
  get: (api, type) => api.orchestration.getResourceType(type),
  paging: 'none',
  filter: {
    label: 'Filter resource types',
    match: (t, q) => {
      const text = q.toLowerCase();
      return (
        t.resource_type.toLowerCase().includes(text) ||
        (t.description ?? '').toLowerCase().includes(text)
      );
    },
  },
  columns: [
    {
      id: 'type',
      header: 'Type',
      cell: (t) => t.resource_type,
      sortValue: (t) => t.resource_type,
      link: true,
    },
    {
      id: 'description',
      header: 'Description',
      cell: (t) => <span className="line-clamp-2">{summary(t.description)}</span>,
    },
  ],
  createActions: [],
  rowActions: [],
  detail: {
    fields: [
      { label: 'Type', value: (t) => <Mono>{t.resource_type}</Mono> },
      {
        label: 'Description',
        value: (t) => <span className="whitespace-pre-line">{orDash(t.description)}</span>,
      },
      { label: 'Support Status', value: supportStatus },
    ],
    tabs: [
      {
        id: 'properties',
        label: 'Properties',
        render: (t) => <ResourceTypeProperties properties={t.properties ?? {}} />,
      },
      {
        id: 'attributes',
        label: 'Attributes',
        render: (t) => <ResourceTypeAttributes attributes={t.attributes ?? {}} />,
      },
      {
        id: 'template',
        label: 'Template',
        render: (t) => <ResourceTypeTemplate type={t.resource_type} />,
      },
    ],
  },
  emptyMessage: 'No resource types to display.',
};
