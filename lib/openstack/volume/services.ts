// Cinder services. api-ref: block-storage v3, "Services (os-services)".
import { z } from 'zod';
import { osFetch, type Transport } from '../http';

export const volumeServiceSchema = z.object({
  binary: z.string(),
  host: z.string(),
  zone: z.string(),
  status: z.string(),
  state: z.string(),
  updated_at: z.string().nullish(),
  disabled_reason: z.string().nullish(),
  backend_state: z.string().optional(),
  cluster: z.string().nullish(),
});
export type VolumeService = z.infer<typeof volumeServiceSchema>;

export const volumeServiceListSchema = z.object({ services: z.array(volumeServiceSchema) });

export function volumeServicesApi(t: Transport) {
  return {
    /** GET /os-services: the scheduler and volume services; admins only. */
    async listVolumeServices(): Promise<VolumeService[]> {
      return (
        await osFetch(t, { service: 'volumev3', path: '/os-services' }, volumeServiceListSchema)
      ).services;
    },
  };
}
