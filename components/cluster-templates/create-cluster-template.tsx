'use client';
// The Create Cluster Template wizard (magnum-ui's steps: Info, Node Spec,
// Network, Labels). api-ref: container-infra v1, "Create new cluster template".
import { Wizard, type WizardStep } from '@/components/ui/wizard';
import { handleSessionExpiry } from '@/lib/client/session-expiry';
import type { FieldOption, FormValues } from '@/lib/forms/types';
import { validateForm } from '@/lib/forms/validate';
import { useApi } from '@/lib/hooks/use-api';
import { useDashboardSession, useScopeKey } from '@/lib/hooks/use-dashboard-session';
import type { LauncherProps } from '@/lib/resources/types';
import {
  FEDORA_COREOS,
  TEMPLATE_DEFAULTS,
  templateInfoInput,
  templateLabelsInput,
  templateNetworkInput,
  templateNodeSpecInput,
  templateRequest,
  type TemplateWizardOutput,
} from './cluster-template-inputs';
import { createTemplateEquivalents } from './cluster-templates-equivalents';
import { useTemplateChoices, type TemplateChoices } from './use-template-choices';

const NONE = (label: string): FieldOption => ({ value: '', label });

function options(list: FieldOption[] | undefined, empty: string): FieldOption[] {
  return [NONE(list === undefined ? 'Loading…' : empty), ...(list ?? [])];
}

export function templateSteps(c: TemplateChoices, isAdmin: boolean): WizardStep[] {
  const noImage = c.images !== undefined && c.images.length === 0;
  return [
    {
      id: 'info',
      title: 'Info',
      required: true,
      schema: templateInfoInput,
      help: 'A cluster template holds what every cluster made from it shares: the orchestration engine, the image, flavors and networks. Clusters then only choose their size.',
      fields: [
        { name: 'name', label: 'Cluster Template Name', kind: 'text', required: true },
        {
          name: 'coe',
          label: 'Container Orchestration Engine',
          kind: 'select',
          required: true,
          options: [{ value: 'kubernetes', label: 'Kubernetes' }],
        },
        {
          name: 'public',
          label: 'Public',
          kind: 'checkbox',
          help: isAdmin
            ? 'Every project can use the template.'
            : 'Only administrators may make a template public; Magnum refuses it otherwise.',
        },
        {
          name: 'hidden',
          label: 'Hidden',
          kind: 'checkbox',
          help: 'Kept for existing clusters but not listed to others (administrators only).',
        },
      ],
    },
    {
      id: 'spec',
      title: 'Node Spec',
      required: true,
      schema: templateNodeSpecInput,
      help: c.error
        ? `Some choices could not be loaded: ${c.error}`
        : `Magnum's Kubernetes driver boots its nodes from an image whose os_distro property is "${FEDORA_COREOS}"; only such images are offered.`,
      fields: [
        {
          name: 'image_id',
          label: 'Image',
          kind: 'select',
          required: true,
          options: options(c.images, noImage ? 'No fedora-coreos image' : 'Select an image'),
          help: noImage
            ? `No image here has os_distro=${FEDORA_COREOS}. Upload a Fedora CoreOS image and set that property (openstack image set --property os_distro=${FEDORA_COREOS} <image>).`
            : undefined,
        },
        {
          name: 'keypair_id',
          label: 'Keypair',
          kind: 'select',
          options: options(c.keypairs, 'No key pair (each cluster then gives one)'),
        },
        {
          name: 'flavor_id',
          label: 'Flavor',
          kind: 'select',
          options: options(c.flavors, "Magnum's default (m1.small)"),
        },
        {
          name: 'master_flavor_id',
          label: 'Master Flavor',
          kind: 'select',
          options: options(c.flavors, "Magnum's default (m1.small)"),
        },
        {
          name: 'docker_volume_size',
          label: 'Docker Volume Size (GB)',
          kind: 'number',
          help: 'A Cinder volume for container images on each node; empty: the node’s own disk.',
        },
        {
          name: 'volume_driver',
          label: 'Volume Driver',
          kind: 'select',
          options: [NONE('None'), { value: 'cinder', label: 'Cinder' }],
        },
      ],
    },
    {
      id: 'network',
      title: 'Network',
      schema: templateNetworkInput,
      help: 'The external network gives the cluster its floating IPs and the API address; without a fixed network Magnum makes a private network for each cluster.',
      fields: [
        {
          name: 'network_driver',
          label: 'Network Driver',
          kind: 'select',
          options: [
            { value: 'flannel', label: 'Flannel' },
            { value: 'calico', label: 'Calico' },
          ],
        },
        {
          name: 'external_network_id',
          label: 'External Network ID',
          kind: 'select',
          options: options(c.externalNetworks, 'None'),
        },
        {
          name: 'fixed_network',
          label: 'Fixed Network',
          kind: 'select',
          options: options(c.networks, 'A new private network per cluster'),
        },
        { name: 'dns_nameserver', label: 'DNS', kind: 'text', placeholder: '8.8.8.8' },
        { name: 'floating_ip_enabled', label: 'Floating IP Enabled', kind: 'checkbox' },
        { name: 'master_lb_enabled', label: 'Master LB Enabled', kind: 'checkbox' },
      ],
    },
    {
      id: 'labels',
      title: 'Labels',
      schema: templateLabelsInput,
      help: 'Labels tune the driver (kube_tag, container_runtime, auto_healing_enabled…), one key=value per line.',
      fields: [
        {
          name: 'labels',
          label: 'Labels',
          kind: 'textarea',
          rows: 6,
          monospace: true,
          placeholder: 'kube_tag=v1.27.3',
        },
      ],
    },
  ];
}

/** The wizard's values as far as they parse, for the equivalents while typing. */
export function draftEquivalents(values: FormValues, refs: Record<string, string>) {
  const merged: Record<string, unknown> = { ...TEMPLATE_DEFAULTS, ...values, labels: {} };
  for (const schema of [
    templateInfoInput,
    templateNodeSpecInput,
    templateNetworkInput,
    templateLabelsInput,
  ]) {
    const r = validateForm(schema, values);
    if (r.ok) Object.assign(merged, r.data);
  }
  const t = merged as TemplateWizardOutput;
  const request = templateRequest({
    ...t,
    name: typeof values.name === 'string' && values.name.trim() ? values.name.trim() : '<name>',
    image_id: t.image_id || '<image>',
  });
  return createTemplateEquivalents(request, refs);
}

export function CreateClusterTemplate(props: LauncherProps) {
  if (!props.open) return null;
  return <OpenCreateClusterTemplate {...props} />;
}

function OpenCreateClusterTemplate({ open, onClose, onCreated }: LauncherProps) {
  const api = useApi();
  const session = useDashboardSession();
  const scopeKey = useScopeKey();
  const choices = useTemplateChoices(api, scopeKey);
  const isAdmin = session.roles?.includes('admin') ?? false;

  async function create(merged: Record<string, unknown>) {
    const input = merged as TemplateWizardOutput;
    try {
      await api.containerInfra.createClusterTemplate(templateRequest(input));
    } catch (error) {
      handleSessionExpiry(error);
      throw error;
    }
    onCreated(`Created cluster template "${input.name}".`);
  }

  return (
    <WizardWithSubnets
      open={open}
      onClose={onClose}
      choices={choices}
      isAdmin={isAdmin}
      onSubmit={create}
    />
  );
}

function WizardWithSubnets({
  open,
  onClose,
  choices,
  isAdmin,
  onSubmit,
}: {
  open: boolean;
  onClose: () => void;
  choices: TemplateChoices;
  isAdmin: boolean;
  onSubmit: (merged: Record<string, unknown>) => Promise<void>;
}) {
  const steps = withSubnetField(templateSteps(choices, isAdmin), choices);
  return (
    <Wizard
      open={open}
      onClose={onClose}
      title="Create Cluster Template"
      steps={steps}
      defaults={TEMPLATE_DEFAULTS}
      submitLabel="Submit"
      onSubmit={onSubmit}
      equivalents={(values) => draftEquivalents(values, choices.refs)}
    />
  );
}

/** A subnet select per network, each shown only while its network is chosen. */
function withSubnetField(steps: WizardStep[], c: TemplateChoices): WizardStep[] {
  const networks = c.networks ?? [];
  return steps.map((s) => {
    if (s.id !== 'network') return s;
    const at = s.fields.findIndex((f) => f.name === 'fixed_network') + 1;
    const subnetFields = networks.map((n) => ({
      name: 'fixed_subnet',
      label: 'Fixed Subnet',
      kind: 'select' as const,
      visible: (v: FormValues) => v.fixed_network === n.value,
      options: options(
        c.subnets?.filter((sub) => sub.network === n.value),
        'Any subnet',
      ),
    }));
    return { ...s, fields: [...s.fields.slice(0, at), ...subnetFields, ...s.fields.slice(at)] };
  });
}
