// Magnum certificates. api-ref: container-infra v1, "Manage certificates".
import { z } from 'zod';
import { magnumLinksSchema } from './link-schemas';
import { magnum } from './magnum-request';
import { osFetch, osSend, seg, type Transport } from '../http';

export const certificateSchema = z.object({
  cluster_uuid: z.string(),
  pem: z.string(),
  csr: z.string().optional(),
  links: magnumLinksSchema,
});
export type ClusterCertificate = z.infer<typeof certificateSchema>;

export function certificatesApi(t: Transport) {
  return {
    /** The cluster's CA certificate (PEM). */
    async getClusterCa(cluster: string): Promise<string> {
      return (
        await osFetch(t, magnum({ path: `/certificates/${seg(cluster)}` }), certificateSchema)
      ).pem;
    },

    /** Signs a PEM CSR with the cluster's CA; returns the certificate (PEM). */
    async signCertificate(cluster: string, csr: string): Promise<string> {
      return (
        await osFetch(
          t,
          magnum({ method: 'POST', path: '/certificates', body: { cluster_uuid: cluster, csr } }),
          certificateSchema,
        )
      ).pem;
    },

    /** A new CA for the cluster; certificates signed by the old one stop being trusted. */
    async rotateClusterCa(cluster: string): Promise<void> {
      await osSend(t, magnum({ method: 'PATCH', path: `/certificates/${seg(cluster)}` }));
    },
  };
}
