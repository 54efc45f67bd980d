// Get Cluster Config: a key and CSR made in the browser, the CSR signed by the
// cluster's CA, and the kubeconfig `openstack coe cluster config` would write.
// The private key goes only into the file the user saves.
import type { Api } from '@/lib/openstack/api';
import type { Cluster } from '@/lib/openstack/container-infra/cluster-schemas';
import { makeCsr } from '@/lib/openstack/container-infra/csr';
import { buildKubeconfig } from '@/lib/openstack/container-infra/kubeconfig';

export async function fetchKubeconfig(api: Api, cluster: Cluster): Promise<string> {
  if (!cluster.api_address)
    throw new Error(
      `Cluster "${cluster.name ?? cluster.uuid}" has no API address yet (status ${cluster.status}).`,
    );
  const { keyPem, csrPem } = await makeCsr({ cn: 'admin', o: 'system:masters' });
  const [caPem, certPem] = await Promise.all([
    api.containerInfra.getClusterCa(cluster.uuid),
    api.containerInfra.signCertificate(cluster.uuid, csrPem),
  ]);
  return buildKubeconfig({
    clusterName: cluster.name ?? cluster.uuid,
    server: cluster.api_address,
    caPem,
    certPem,
    keyPem,
  });
}
