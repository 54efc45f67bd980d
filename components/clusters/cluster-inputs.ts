// The Create Cluster wizard's steps as zod schemas, and the Resize, Upgrade and
// Sign Certificate forms'. Checks that need the cloud (the template's key pair,
// Nova's instance quota) take what the wizard loaded.
import { z } from 'zod';
import { keyValueLines } from '@/lib/forms/key-value';
import type { CreateClusterInput } from '@/lib/openstack/container-infra/clusters';

const wholeNumber = (label: string, min: number) =>
  z
    .string()
    .trim()
    .refine((v) => /^\d+$/.test(v), { error: `Enter the ${label} as a whole number.` })
    .refine((v) => !/^\d+$/.test(v) || Number(v) >= min, {
      error: `The ${label} must be at least ${min}.`,
    });

export const clusterInfoInput = z.object({
  name: z
    .string()
    .trim()
    .min(1, { error: 'Enter a name for the cluster.' })
    .max(242, { error: 'At most 242 characters.' })
    // Magnum derives Heat stack and server names from it.
    .regex(/^[A-Za-z][A-Za-z0-9_.-]*$/, {
      error:
        'Start with a letter; use only letters, digits, "_", "-" and "." (Magnum names the servers after it).',
    }),
  cluster_template_id: z.string().min(1, { error: 'Choose a cluster template.' }),
});

export interface SizeLimits {
  /** Instances Nova still allows in the project (maxTotalInstances − used); undefined when unknown or unlimited. */
  instancesLeft?: number;
}

export function clusterSizeInput(limits: SizeLimits) {
  return z
    .object({
      master_count: wholeNumber('number of master nodes', 1),
      node_count: wholeNumber('number of worker nodes', 1),
    })
    .superRefine((v, ctx) => {
      const left = limits.instancesLeft;
      if (left === undefined || !/^\d+$/.test(v.master_count) || !/^\d+$/.test(v.node_count))
        return;
      const wanted = Number(v.master_count) + Number(v.node_count);
      if (wanted > left)
        ctx.addIssue({
          code: 'custom',
          path: ['node_count'],
          message: `This cluster needs ${wanted} servers (masters and workers), but the project's instance quota allows ${left} more. Magnum would fail with "Quota exceeded for instances".`,
        });
    });
}

/** The Network step's "Cluster API" choice: floating_ip_enabled true, false, or the template's. */
export const CLUSTER_API = {
  template: '',
  public: 'public',
  private: 'private',
} as const;

/**
 * The subnet must belong to the chosen network: Magnum accepts any (202) and the
 * cluster then fails in Heat ("fixed_ips included invalid subnet").
 */
export function clusterNetworkInput(subnetsOf: (network: string) => string[] | undefined) {
  return z
    .object({
      master_lb_enabled: z.boolean(),
      fixed_network: z.string().trim().max(255),
      fixed_subnet: z.string().trim().max(255),
      floating_ip_enabled: z.enum([CLUSTER_API.template, CLUSTER_API.public, CLUSTER_API.private]),
    })
    .superRefine((v, ctx) => {
      if (!v.fixed_network || !v.fixed_subnet) return;
      const known = subnetsOf(v.fixed_network);
      if (known && !known.includes(v.fixed_subnet))
        ctx.addIssue({
          code: 'custom',
          path: ['fixed_subnet'],
          message: 'Choose a subnet of the chosen network.',
        });
    });
}

/** The key pair is required when the chosen template names none. */
export function clusterManagementInput(
  templateKeypair: (templateId: string) => string | null | undefined,
) {
  return z
    .object({ keypair: z.string().trim().max(255), cluster_template_id: z.string() })
    .superRefine((v, ctx) => {
      if (v.keypair || !v.cluster_template_id) return;
      if (!templateKeypair(v.cluster_template_id))
        ctx.addIssue({
          code: 'custom',
          path: ['keypair'],
          message:
            'The chosen cluster template has no key pair: choose one here (Magnum needs a key pair for the nodes).',
        });
    });
}

export const clusterAdvancedInput = z.object({
  labels: keyValueLines({ label: 'line' }),
  merge_labels: z.boolean(),
});

export const CLUSTER_DEFAULTS = {
  name: '',
  cluster_template_id: '',
  master_count: '1',
  node_count: '1',
  master_lb_enabled: false,
  fixed_network: '',
  fixed_subnet: '',
  floating_ip_enabled: CLUSTER_API.template as string,
  keypair: '',
  labels: '',
  merge_labels: true,
};

export interface ClusterWizardOutput {
  name: string;
  cluster_template_id: string;
  master_count: string;
  node_count: string;
  master_lb_enabled: boolean;
  fixed_network: string;
  fixed_subnet: string;
  floating_ip_enabled: string;
  keypair: string;
  labels: Record<string, string>;
  merge_labels: boolean;
}

export function clusterRequest(v: ClusterWizardOutput): CreateClusterInput {
  const hasLabels = Object.keys(v.labels).length > 0;
  return {
    name: v.name,
    clusterTemplateId: v.cluster_template_id,
    masterCount: Number(v.master_count),
    nodeCount: Number(v.node_count),
    keypair: v.keypair || undefined,
    masterLbEnabled: v.master_lb_enabled,
    fixedNetwork: v.fixed_network || undefined,
    // A subnet left over from another network choice is not sent without its network.
    fixedSubnet: (v.fixed_network && v.fixed_subnet) || undefined,
    floatingIpEnabled:
      v.floating_ip_enabled === CLUSTER_API.template
        ? undefined
        : v.floating_ip_enabled === CLUSTER_API.public,
    labels: hasLabels ? v.labels : undefined,
    mergeLabels: hasLabels ? v.merge_labels : undefined,
  };
}

export function resizeInput(limits: SizeLimits, current: number) {
  return z.object({ node_count: wholeNumber('node count', 1) }).superRefine((v, ctx) => {
    const left = limits.instancesLeft;
    if (left === undefined || !/^\d+$/.test(v.node_count)) return;
    const more = Number(v.node_count) - current;
    if (more > left)
      ctx.addIssue({
        code: 'custom',
        path: ['node_count'],
        message: `${more} more worker nodes need ${more} servers, but the project's instance quota allows ${left} more.`,
      });
  });
}

export const upgradeInput = z.object({
  cluster_template: z.string().min(1, { error: 'Choose the cluster template to upgrade to.' }),
});

const CSR = /^-----BEGIN CERTIFICATE REQUEST-----[\s\S]+-----END CERTIFICATE REQUEST-----\s*$/;

export const signCertificateInput = z.object({
  csr: z
    .string()
    .trim()
    .min(1, { error: 'Paste a certificate signing request (PEM).' })
    .max(64_000, { error: 'That is too long for a CSR.' })
    .refine((v) => CSR.test(v), {
      error: 'Paste a PEM CSR, from "-----BEGIN CERTIFICATE REQUEST-----" to its END line.',
    }),
});
