// The Create Cluster Template wizard's steps as zod schemas (one per step) and
// the Update form's; Magnum checks the rest and its refusals are shown as it words them.
import { z } from 'zod';
import { keyValueLines } from '@/lib/forms/key-value';
import type { CreateClusterTemplateInput } from '@/lib/openstack/container-infra/cluster-templates';

/** The image os_distro Magnum's Kubernetes driver (vm, fedora-coreos) accepts. */
export const FEDORA_COREOS = 'fedora-coreos';

const optionalText = z.string().trim().max(255, { error: 'At most 255 characters.' });

export const templateInfoInput = z.object({
  name: z
    .string()
    .trim()
    .min(1, { error: 'Enter a name for the cluster template.' })
    .max(242, { error: 'At most 242 characters.' }),
  coe: z.literal('kubernetes', { error: 'Choose a Container Orchestration Engine.' }),
  public: z.boolean(),
  hidden: z.boolean(),
});

export const templateNodeSpecInput = z.object({
  image_id: z.string().min(1, { error: 'Choose a fedora-coreos image.' }),
  keypair_id: optionalText,
  flavor_id: optionalText,
  master_flavor_id: optionalText,
  docker_volume_size: z
    .string()
    .trim()
    .refine((v) => v === '' || (/^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= 1024), {
      error: 'Enter a whole number of GB from 1 to 1024, or leave it empty.',
    }),
  volume_driver: z.enum(['', 'cinder']),
});

export const templateNetworkInput = z.object({
  network_driver: z.enum(['flannel', 'calico']),
  external_network_id: optionalText,
  fixed_network: optionalText,
  fixed_subnet: optionalText,
  dns_nameserver: z
    .string()
    .trim()
    .refine(
      (v) =>
        v === '' || /^(\d{1,3}\.){3}\d{1,3}$/.test(v) || /^[0-9a-fA-F:]+:[0-9a-fA-F:]*$/.test(v),
      {
        error: 'Enter an IP address such as 8.8.8.8, or leave it empty.',
      },
    ),
  floating_ip_enabled: z.boolean(),
  master_lb_enabled: z.boolean(),
});

export const templateLabelsInput = z.object({
  labels: keyValueLines({ label: 'line' }),
});

export const TEMPLATE_DEFAULTS = {
  name: '',
  coe: 'kubernetes',
  public: false,
  hidden: false,
  image_id: '',
  keypair_id: '',
  flavor_id: '',
  master_flavor_id: '',
  docker_volume_size: '',
  volume_driver: '',
  network_driver: 'flannel',
  external_network_id: '',
  fixed_network: '',
  fixed_subnet: '',
  dns_nameserver: '',
  floating_ip_enabled: true,
  master_lb_enabled: false,
  labels: '',
};

export type TemplateWizardOutput = z.infer<typeof templateInfoInput> &
  z.infer<typeof templateNodeSpecInput> &
  z.infer<typeof templateNetworkInput> &
  z.infer<typeof templateLabelsInput>;

/** The client's input from the wizard's merged output; empty fields are left to Magnum. */
export function templateRequest(v: TemplateWizardOutput): CreateClusterTemplateInput {
  const text = (s: string) => (s === '' ? undefined : s);
  return {
    name: v.name,
    coe: v.coe,
    imageId: v.image_id,
    keypairId: text(v.keypair_id),
    flavorId: text(v.flavor_id),
    masterFlavorId: text(v.master_flavor_id),
    dockerVolumeSize: v.docker_volume_size === '' ? undefined : Number(v.docker_volume_size),
    volumeDriver: text(v.volume_driver),
    networkDriver: v.network_driver,
    externalNetworkId: text(v.external_network_id),
    fixedNetwork: text(v.fixed_network),
    fixedSubnet: text(v.fixed_subnet),
    dnsNameserver: text(v.dns_nameserver),
    floatingIpEnabled: v.floating_ip_enabled,
    masterLbEnabled: v.master_lb_enabled,
    labels: Object.keys(v.labels).length ? v.labels : undefined,
    // Only admins may set these (Magnum answers 403): sent only when asked for.
    isPublic: v.public || undefined,
    hidden: v.hidden || undefined,
  };
}

export const updateTemplateInput = z.object({
  name: templateInfoInput.shape.name,
  labels: keyValueLines({ label: 'line' }),
});
