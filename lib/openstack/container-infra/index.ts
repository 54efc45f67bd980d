// Container Infra (Magnum v1) calls, by api-ref section. The catalog endpoint ends in /v1.
import { certificatesApi } from './certificates';
import { clusterTemplatesApi } from './cluster-templates';
import { clustersApi } from './clusters';
import { nodegroupsApi } from './nodegroups';
import { containerInfraQuotasApi } from './quotas';
import type { Transport } from '../http';

export function containerInfraApi(t: Transport) {
  return {
    ...clusterTemplatesApi(t),
    ...clustersApi(t),
    ...nodegroupsApi(t),
    ...certificatesApi(t),
    ...containerInfraQuotasApi(t),
  };
}

export type ContainerInfraApi = ReturnType<typeof containerInfraApi>;
