// Neutron quota shapes (api-ref: network v2, "Quotas extension (quotas)").
import { z } from 'zod';

/** network, subnet, port, router, floatingip, security_group, … → limit (-1: unlimited). */
export const networkQuotaSchema = z.record(z.string(), z.number());
export type NetworkQuota = z.infer<typeof networkQuotaSchema>;

export const networkQuotaBodySchema = z.object({ quota: networkQuotaSchema });
