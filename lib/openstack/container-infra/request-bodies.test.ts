import { describe, expect, it } from 'vitest';
import { clusterTemplateBody } from './cluster-templates';
import { clusterBody } from './clusters';

describe('Magnum request bodies', () => {
  it("names a template's fields as Magnum does and leaves unset ones out", () => {
    expect(
      clusterTemplateBody({
        name: 'k8s',
        coe: 'kubernetes',
        imageId: 'fedora-coreos',
        keypairId: '',
        externalNetworkId: 'public',
        dockerVolumeSize: 5,
        labels: { kube_tag: 'v1.24.16' },
        isPublic: false,
        masterLbEnabled: true,
      }),
    ).toEqual({
      name: 'k8s',
      coe: 'kubernetes',
      image_id: 'fedora-coreos',
      external_network_id: 'public',
      docker_volume_size: 5,
      labels: { kube_tag: 'v1.24.16' },
      public: false,
      master_lb_enabled: true,
    });
  });

  it("names a cluster's fields as Magnum does, zero counts kept", () => {
    expect(
      clusterBody({
        name: 'c1',
        clusterTemplateId: 'abc',
        nodeCount: 0,
        masterCount: 1,
        keypair: undefined,
      }),
    ).toEqual({ name: 'c1', cluster_template_id: 'abc', node_count: 0, master_count: 1 });
  });
});
