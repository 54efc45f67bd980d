// Project → Container Infra → Cluster Templates. api-ref: container-infra v1,
// "Manage Cluster Templates".
import { deleteAction } from '@/components/resource/delete-action';
import { Mono, orDash } from '@/components/ui/cells';
import { toKeyValueLines } from '@/lib/forms/key-value';
import { formText } from '@/lib/forms/text';
import type { ClusterTemplate } from '@/lib/openstack/container-infra/cluster-template-schemas';
import { PANELS } from '@/lib/panels';
import { formRowAction, type RowAction, type ResourceDefinition } from '@/lib/resources/types';
import { updateTemplateInput } from './cluster-template-inputs';
import {
  deleteTemplateEquivalents,
  updateTemplateEquivalents,
} from './cluster-templates-equivalents';
import { CreateClusterTemplateLazy } from './create-cluster-template-lazy';

export const templateName = (t: ClusterTemplate): string => t.name ?? t.uuid;
const yesNo = (v: boolean | null | undefined) => (v ? 'Yes' : 'No');

function labelsOf(t: ClusterTemplate): Record<string, string> {
  return Object.fromEntries(Object.entries(t.labels ?? {}).map(([k, v]) => [k, String(v)]));
}

function parsedLabels(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const at = line.indexOf('=');
    if (at > 0) out[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  }
  return out;
}

const updateTemplate: RowAction<ClusterTemplate> = formRowAction({
  id: 'update',
  label: 'Update Cluster Template',
  form: (_ctx, t) => ({
    title: 'Update Cluster Template',
    submitLabel: 'Submit',
    description:
      'Magnum changes a template with JSON-Patch operations. While a cluster uses the template, Magnum refuses most changes (it says which).',
    schema: updateTemplateInput,
    defaults: { name: t.name ?? '', labels: toKeyValueLines(labelsOf(t)) },
    fields: [
      { name: 'name', label: 'Cluster Template Name', kind: 'text', required: true },
      { name: 'labels', label: 'Labels', kind: 'textarea', rows: 6, monospace: true },
    ],
  }),
  run: ({ api }, t, input) =>
    api.containerInfra.updateClusterTemplate(t.uuid, [
      { op: 'replace', path: '/name', value: input.name },
      Object.keys(input.labels).length
        ? // Magnum takes a patch value only as a string or a number: the labels go as JSON text.
          { op: 'replace', path: '/labels', value: JSON.stringify(input.labels) }
        : { op: 'remove', path: '/labels' },
    ]),
  success: (_rows, input) => `Updated cluster template "${input.name}".`,
  failure: (t) => `Unable to update cluster template "${templateName(t)}"`,
  equivalents: (rows, values) =>
    updateTemplateEquivalents(
      rows[0]?.uuid ?? '<template>',
      formText(values, 'name', '<name>'),
      parsedLabels(formText(values, 'labels', '', { raw: true })),
    ),
});

const createCluster: RowAction<ClusterTemplate> = {
  id: 'create-cluster',
  label: 'Create Cluster',
  href: (t) => `${PANELS.clusters.path}?template=${encodeURIComponent(t.uuid)}`,
  run: async () => undefined,
  success: () => '',
  failure: (t) => `Unable to create a cluster from "${templateName(t)}"`,
};

export const clusterTemplates: ResourceDefinition<ClusterTemplate> = {
  panel: PANELS.clusterTemplates,
  apiRef: 'container-infra v1: Manage Cluster Templates',
  singular: 'Cluster Template',
  key: (t) => t.uuid,
  name: templateName,
  list: async (api) => ({ items: await api.containerInfra.listClusterTemplates() }),
  get: (api, id) => api.containerInfra.getClusterTemplate(id),
  paging: 'none',
  filter: {
    label: 'Filter cluster templates by name',
    match: (t, q) => templateName(t).toLowerCase().includes(q.toLowerCase()),
  },
  columns: [
    {
      id: 'name',
      header: 'Name',
      cell: templateName,
      sortValue: templateName,
      link: true,
    },
    { id: 'id', header: 'ID', cell: (t) => <Mono>{t.uuid}</Mono>, sortValue: (t) => t.uuid },
    { id: 'coe', header: 'COE', cell: (t) => t.coe, sortValue: (t) => t.coe },
    {
      id: 'network_driver',
      header: 'Network Driver',
      cell: (t) => orDash(t.network_driver),
      sortValue: (t) => t.network_driver ?? '',
    },
    {
      id: 'keypair',
      header: 'Keypair',
      cell: (t) => orDash(t.keypair_id),
      sortValue: (t) => t.keypair_id ?? '',
    },
    {
      id: 'public',
      header: 'Public',
      cell: (t) => yesNo(t.public),
      sortValue: (t) => yesNo(t.public),
    },
    {
      id: 'hidden',
      header: 'Hidden',
      cell: (t) => yesNo(t.hidden),
      sortValue: (t) => yesNo(t.hidden),
    },
  ],
  createActions: [
    { id: 'create', label: 'Create Cluster Template', launcher: CreateClusterTemplateLazy },
  ],
  rowActions: [
    createCluster,
    updateTemplate,
    deleteAction<ClusterTemplate>({
      singular: 'Cluster Template',
      plural: 'Cluster Templates',
      name: templateName,
      body: 'This action cannot be undone. Magnum refuses while a cluster uses the template.',
      run: ({ api }, t) => api.containerInfra.deleteClusterTemplate(t.uuid),
      equivalents: (rows) => deleteTemplateEquivalents(rows.map((t) => t.uuid)),
    }),
  ],
  detail: {
    fields: [
      { label: 'Name', value: templateName },
      { label: 'ID', value: (t) => <Mono>{t.uuid}</Mono> },
      { label: 'COE', value: (t) => t.coe },
      { label: 'Cluster Distro', value: (t) => orDash(t.cluster_distro) },
      { label: 'Image ID', value: (t) => <Mono>{t.image_id}</Mono> },
      { label: 'Keypair', value: (t) => orDash(t.keypair_id) },
      { label: 'Flavor ID', value: (t) => orDash(t.flavor_id) },
      { label: 'Master Flavor ID', value: (t) => orDash(t.master_flavor_id) },
      { label: 'Docker Volume Size', value: (t) => orDash(t.docker_volume_size) },
      { label: 'Volume Driver', value: (t) => orDash(t.volume_driver) },
      { label: 'Network Driver', value: (t) => orDash(t.network_driver) },
      { label: 'External Network ID', value: (t) => orDash(t.external_network_id) },
      { label: 'Fixed Network', value: (t) => orDash(t.fixed_network) },
      { label: 'Fixed Subnet', value: (t) => orDash(t.fixed_subnet) },
      { label: 'DNS', value: (t) => orDash(t.dns_nameserver) },
      { label: 'Floating IP Enabled', value: (t) => yesNo(t.floating_ip_enabled) },
      { label: 'Master LB Enabled', value: (t) => yesNo(t.master_lb_enabled) },
      { label: 'TLS Disabled', value: (t) => yesNo(t.tls_disabled) },
      { label: 'Public', value: (t) => yesNo(t.public) },
      { label: 'Hidden', value: (t) => yesNo(t.hidden) },
      {
        label: 'Labels',
        value: (t) => {
          const lines = toKeyValueLines(labelsOf(t));
          return lines ? <pre className="font-mono text-xs whitespace-pre-wrap">{lines}</pre> : '-';
        },
      },
      { label: 'Created', value: (t) => orDash(t.created_at) },
      { label: 'Updated', value: (t) => orDash(t.updated_at) },
    ],
  },
  emptyMessage: 'No cluster templates to display.',
};
