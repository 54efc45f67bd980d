// Magnum node groups. api-ref: container-infra v1, "Manage nodegroups".
import { nodegroupListSchema, nodegroupSchema, type Nodegroup } from './cluster-schemas';
import { magnum } from './magnum-request';
import { osFetch, seg, type Transport } from '../http';

export function nodegroupsApi(t: Transport) {
  return {
    async listNodegroups(cluster: string, role?: 'master' | 'worker'): Promise<Nodegroup[]> {
      return (
        await osFetch(
          t,
          magnum({ path: `/clusters/${seg(cluster)}/nodegroups`, query: { role } }),
          nodegroupListSchema,
        )
      ).nodegroups;
    },

    async getNodegroup(cluster: string, ident: string): Promise<Nodegroup> {
      return osFetch(
        t,
        magnum({ path: `/clusters/${seg(cluster)}/nodegroups/${seg(ident)}` }),
        nodegroupSchema,
      );
    },
  };
}
