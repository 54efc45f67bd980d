// Nova hypervisors and compute services. api-ref: compute v2.1, "Hypervisors (os-hypervisors)"
// and "Compute services (os-services)".
import { z } from 'zod';
import { osFetch, type Transport } from '../http';
import { markerFromLinks, type ListQuery, type ListResult } from '../pagination';

/**
 * 2.87 is the last microversion whose hypervisor details carry the vCPU, RAM
 * and disk figures (2.88 moved them to Placement); Zed still serves it.
 */
export const HYPERVISOR_MICROVERSION = '2.87';

export const hypervisorSchema = z.object({
  id: z.string(),
  hypervisor_hostname: z.string(),
  hypervisor_type: z.string(),
  hypervisor_version: z.number().nullish(),
  host_ip: z.string().nullish(),
  state: z.string(),
  status: z.string(),
  service: z.object({ id: z.string(), host: z.string(), disabled_reason: z.string().nullish() }),
  vcpus: z.number(),
  vcpus_used: z.number(),
  memory_mb: z.number(),
  memory_mb_used: z.number(),
  local_gb: z.number(),
  local_gb_used: z.number(),
  running_vms: z.number().optional(),
  servers: z.array(z.object({ uuid: z.string(), name: z.string() })).optional(),
});
export type Hypervisor = z.infer<typeof hypervisorSchema>;

const linksSchema = z.array(z.object({ href: z.string(), rel: z.string() })).optional();

export const hypervisorListSchema = z.object({
  hypervisors: z.array(hypervisorSchema),
  hypervisors_links: linksSchema,
});

export const computeServiceSchema = z.object({
  id: z.union([z.string(), z.number()]),
  binary: z.string(),
  host: z.string(),
  zone: z.string(),
  status: z.string(),
  state: z.string(),
  updated_at: z.string().nullish(),
  disabled_reason: z.string().nullish(),
  forced_down: z.boolean().optional(),
});
export type ComputeService = z.infer<typeof computeServiceSchema>;

export const computeServiceListSchema = z.object({ services: z.array(computeServiceSchema) });

export function hypervisorsApi(t: Transport) {
  return {
    /** GET /os-hypervisors/detail?with_servers=true, paged by id (2.33+). */
    async listHypervisors(query: ListQuery = {}): Promise<ListResult<Hypervisor>> {
      const body = await osFetch(
        t,
        {
          service: 'compute',
          path: '/os-hypervisors/detail',
          query: { with_servers: 'true', limit: query.limit, marker: query.marker },
          microversion: HYPERVISOR_MICROVERSION,
        },
        hypervisorListSchema,
      );
      return { items: body.hypervisors, next: markerFromLinks(body.hypervisors_links) };
    },

    /** GET /os-services: every Nova service (conductor, scheduler, compute…); admins only. */
    async listComputeServices(): Promise<ComputeService[]> {
      return (
        await osFetch(t, { service: 'compute', path: '/os-services' }, computeServiceListSchema)
      ).services;
    },
  };
}
