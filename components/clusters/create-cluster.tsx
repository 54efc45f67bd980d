'use client';
// The Create Cluster wizard (magnum-ui's steps: Info, Size, Network, Management,
// Advanced). api-ref: container-infra v1, "Create new cluster".
import { useSearchParams } from 'next/navigation';
import { Wizard, type WizardStep } from '@/components/ui/wizard';
import { handleSessionExpiry } from '@/lib/client/session-expiry';
import type { FieldOption, FieldSpec, FormValues } from '@/lib/forms/types';
import { validateForm } from '@/lib/forms/validate';
import { useApi } from '@/lib/hooks/use-api';
import { useScopeKey } from '@/lib/hooks/use-dashboard-session';
import type { ClusterTemplate } from '@/lib/openstack/container-infra/cluster-template-schemas';
import type { LauncherProps } from '@/lib/resources/types';
import {
  CLUSTER_API,
  CLUSTER_DEFAULTS,
  clusterAdvancedInput,
  clusterInfoInput,
  clusterManagementInput,
  clusterNetworkInput,
  clusterRequest,
  clusterSizeInput,
  type ClusterWizardOutput,
} from './cluster-inputs';
import { createClusterEquivalents } from './clusters-equivalents';
import { useClusterChoices, type ClusterChoices } from './use-cluster-choices';

export const TEMPLATE_PARAM = 'template';

const templateLabel = (t: ClusterTemplate) => t.name ?? t.uuid;

function templateOptions(list: ClusterTemplate[] | undefined): FieldOption[] {
  if (!list) return [{ value: '', label: 'Loading…' }];
  if (list.length === 0) return [{ value: '', label: 'No cluster templates: create one first' }];
  return [
    { value: '', label: 'Select a cluster template' },
    ...list.map((t) => ({ value: t.uuid, label: templateLabel(t) })),
  ];
}

/** One subnet select per network, each shown only while its network is chosen. */
function subnetFields(c: ClusterChoices): FieldSpec[] {
  return (c.networks ?? []).map((n) => ({
    name: 'fixed_subnet',
    label: 'Use an Existing Subnet',
    kind: 'select',
    visible: (v: FormValues) => v.fixed_network === n.value,
    options: [
      { value: '', label: 'Any subnet of the network' },
      ...(c.subnets ?? []).filter((s) => s.network === n.value),
    ],
  }));
}

function templateNetwork(
  values: FormValues,
  template: (id: string) => ClusterTemplate | undefined,
  refs: Record<string, string>,
): string {
  if (values.fixed_network) return 'The nodes get their addresses on the chosen network.';
  const id = typeof values.cluster_template_id === 'string' ? values.cluster_template_id : '';
  const t = template(id);
  if (!t) return 'Without a network here, the cluster uses the template’s.';
  return t.fixed_network
    ? `The template puts the nodes on network "${refs[t.fixed_network] ?? t.fixed_network}".`
    : 'The template names no network: Magnum makes a new private network for this cluster.';
}

export function clusterSteps(c: ClusterChoices): WizardStep[] {
  const template = (id: string) => c.templates?.find((t) => t.uuid === id);
  const templateKeypair = (v: FormValues) =>
    typeof v.cluster_template_id === 'string' ? template(v.cluster_template_id)?.keypair_id : null;
  return [
    {
      id: 'info',
      title: 'Info',
      required: true,
      schema: clusterInfoInput,
      help: 'A cluster is a set of Nova servers running Kubernetes, built by Heat from the template.',
      fields: [
        { name: 'name', label: 'Cluster Name', kind: 'text', required: true },
        {
          name: 'cluster_template_id',
          label: 'Cluster Template',
          kind: 'select',
          required: true,
          options: templateOptions(c.templates),
        },
      ],
    },
    {
      id: 'size',
      title: 'Size',
      required: true,
      schema: clusterSizeInput(c.limits),
      help:
        c.limits.instancesLeft === undefined
          ? 'Every master and worker node is a Nova server.'
          : `Every master and worker node is a Nova server; the project's quota allows ${c.limits.instancesLeft} more.`,
      fields: [
        { name: 'master_count', label: 'Number of Master Nodes', kind: 'number', required: true },
        { name: 'node_count', label: 'Number of Worker Nodes', kind: 'number', required: true },
      ],
    },
    {
      id: 'network',
      title: 'Network',
      schema: clusterNetworkInput((network) =>
        c.subnets?.filter((s) => s.network === network).map((s) => s.value),
      ),
      help: 'More than one master needs a load balancer in front of the API (Magnum refuses otherwise).',
      fields: [
        {
          name: 'master_lb_enabled',
          label: 'Enable Load Balancer for Master Nodes',
          kind: 'checkbox',
        },
        {
          name: 'fixed_network',
          label: 'Use an Existing Network',
          kind: 'select',
          options: [
            {
              value: '',
              label: c.networks === undefined ? 'Loading…' : 'No: use the cluster template’s',
            },
            ...(c.networks ?? []),
          ],
        },
        ...subnetFields(c),
        {
          name: 'floating_ip_enabled',
          label: 'Cluster API',
          kind: 'select',
          options: [
            { value: CLUSTER_API.template, label: 'As the cluster template says' },
            { value: CLUSTER_API.public, label: 'Accessible on the public internet' },
            { value: CLUSTER_API.private, label: 'Accessible on private network only' },
          ],
          help: 'Public: the masters get floating IPs from the template’s external network.',
        },
      ],
      render: (values) => (
        <p className="text-sm text-muted">{templateNetwork(values, template, c.refs)}</p>
      ),
    },
    {
      id: 'management',
      title: 'Management',
      schema: clusterManagementInput((id) => template(id)?.keypair_id),
      help: 'The key pair lets you SSH into the nodes as "core".',
      fields: [
        {
          name: 'keypair',
          label: 'Keypair',
          kind: 'select',
          options: [
            { value: '', label: 'Use the template’s key pair' },
            ...(c.keypairs ?? []).map((k) => ({ value: k, label: k })),
          ],
        },
      ],
      render: (values) => {
        const kp = templateKeypair(values);
        return (
          <p className="text-sm text-muted">
            {kp
              ? `The template gives key pair "${kp}"; choose another to override it.`
              : 'The chosen template has no key pair: this cluster needs one.'}
          </p>
        );
      },
    },
    {
      id: 'advanced',
      title: 'Advanced',
      schema: clusterAdvancedInput,
      help: 'Labels here override or add to the template’s (kube_tag, auto_scaling_enabled…).',
      fields: [
        {
          name: 'labels',
          label: 'Additional Labels',
          kind: 'textarea',
          rows: 5,
          monospace: true,
          placeholder: 'key=value',
        },
        { name: 'merge_labels', label: 'Merge with the template’s labels', kind: 'checkbox' },
      ],
    },
  ];
}

function draftEquivalents(values: FormValues, c: ClusterChoices) {
  const merged: Record<string, unknown> = { ...CLUSTER_DEFAULTS, ...values, labels: {} };
  const labels = validateForm(clusterAdvancedInput, values);
  if (labels.ok) Object.assign(merged, labels.data);
  const v = merged as unknown as ClusterWizardOutput;
  const name = v.name.trim() || '<name>';
  const template = c.templates?.find((t) => t.uuid === v.cluster_template_id);
  const request = clusterRequest({
    ...v,
    name,
    cluster_template_id: v.cluster_template_id || '<template>',
  });
  if (!/^\d+$/.test(v.master_count.trim())) request.masterCount = undefined;
  if (!/^\d+$/.test(v.node_count.trim())) request.nodeCount = undefined;
  return createClusterEquivalents(request, template?.name ?? undefined, c.refs);
}

export function CreateCluster(props: LauncherProps) {
  if (!props.open) return null;
  return <OpenCreateCluster {...props} />;
}

function OpenCreateCluster({ open, onClose, onCreated }: LauncherProps) {
  const api = useApi();
  const scopeKey = useScopeKey();
  const choices = useClusterChoices(api, scopeKey);
  // Null outside the App Router (unit tests render the wizard bare).
  const preset = useSearchParams()?.get(TEMPLATE_PARAM) ?? '';

  async function create(merged: Record<string, unknown>) {
    const input = merged as unknown as ClusterWizardOutput;
    try {
      await api.containerInfra.createCluster(clusterRequest(input));
    } catch (error) {
      handleSessionExpiry(error);
      throw error;
    }
    onCreated(`Cluster "${input.name}" is being created.`);
  }

  return (
    <Wizard
      open={open}
      onClose={onClose}
      title="Create Cluster"
      steps={clusterSteps(choices)}
      defaults={{ ...CLUSTER_DEFAULTS, cluster_template_id: preset }}
      submitLabel="Submit"
      onSubmit={create}
      equivalents={(values) => draftEquivalents(values, choices)}
    />
  );
}
