// Project → Orchestration → Template Versions. api-ref: orchestration v1,
// "Template versions": the template formats this cloud's Heat reads (HOT by
// date and release name, CFN), and the functions each one offers.
import { Mono } from '@/components/ui/cells';
import type { TemplateVersion } from '@/lib/openstack/orchestration/heat-schemas';
import { PANELS } from '@/lib/panels';
import type { ResourceDefinition } from '@/lib/resources/types';
import { TemplateFunctions } from './template-functions';

/** `heat_template_version.2018-08-31` → `2018-08-31`, as a template's first line has it. */
export function versionValue(version: string): string {
  const dot = version.indexOf('.');
  return dot < 0 ? version : version.slice(dot + 1);
}

function aliases(v: TemplateVersion): string {
  return v.aliases?.length ? v.aliases.map(versionValue).join(', ') : '-';
}

export const templateVersions: ResourceDefinition<TemplateVersion> = {
  panel: PANELS.templateVersions,
  apiRef: 'orchestration v1: Template versions',
  singular: 'Template Version',
  key: (v) => v.version,
  name: (v) => v.version,
  list: async (api) => ({ items: await api.orchestration.listTemplateVersions() }),
  get: async (api, version) => {
    const found = (await api.orchestration.listTemplateVersions()).find(
      (v) => v.version === version,
    );
    if (!found) throw new Error(`Template with version ${version} not found`);
    return found;
  },
  paging: 'none',
  filter: {
    label: 'Filter template versions',
    match: (v, q) => v.version.toLowerCase().includes(q.toLowerCase()),
  },
  columns: [
    {
      id: 'version',
      header: 'Version',
      cell: (v) => v.version,
      sortValue: (v) => v.version,
      link: true,
    },
    { id: 'type', header: 'Type', cell: (v) => v.type.toUpperCase(), sortValue: (v) => v.type },
    { id: 'aliases', header: 'Aliases', cell: aliases },
  ],
  createActions: [],
  rowActions: [],
  detail: {
    fields: [
      { label: 'Version', value: (v) => <Mono>{v.version}</Mono> },
      { label: 'Type', value: (v) => v.type.toUpperCase() },
      { label: 'Aliases', value: aliases },
    ],
    tabs: [
      {
        id: 'functions',
        label: 'Template Functions',
        render: (v) => <TemplateFunctions version={v.version} />,
      },
    ],
  },
  emptyMessage: 'No template versions to display.',
};
