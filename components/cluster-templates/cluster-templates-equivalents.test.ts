import { describe, expect, it } from 'vitest';
import { validateForm } from '@/lib/forms/validate';
import {
  templateNodeSpecInput,
  templateRequest,
  TEMPLATE_DEFAULTS,
} from './cluster-template-inputs';
import { createTemplateEquivalents } from './cluster-templates-equivalents';

describe('cluster template wizard', () => {
  it('leaves unset fields to Magnum and sends public only when asked', () => {
    const request = templateRequest({
      ...TEMPLATE_DEFAULTS,
      name: 't',
      coe: 'kubernetes',
      image_id: 'img',
      network_driver: 'flannel',
      volume_driver: '',
      labels: {},
    });
    expect(request).toMatchObject({ name: 't', imageId: 'img', floatingIpEnabled: true });
    expect(request.isPublic).toBeUndefined();
    expect(request.dockerVolumeSize).toBeUndefined();
    expect(request.labels).toBeUndefined();
  });

  it('needs an image and a sensible docker volume size', () => {
    const spec = { ...TEMPLATE_DEFAULTS, docker_volume_size: '0' };
    const r = validateForm(templateNodeSpecInput, spec);
    expect(r.errors).toEqual({
      image_id: 'Choose a fedora-coreos image.',
      docker_volume_size: 'Enter a whole number of GB from 1 to 1024, or leave it empty.',
    });
  });

  it('writes the CLI, SDK and HOT with names where the form knows them', () => {
    const eq = createTemplateEquivalents(
      {
        name: 'k8s tpl',
        coe: 'kubernetes',
        imageId: 'img-1',
        externalNetworkId: 'net-1',
        floatingIpEnabled: false,
        labels: { kube_tag: 'v1.27.3' },
      },
      { 'img-1': 'fedora-coreos-fake', 'net-1': 'public' },
    );
    expect(eq.cli).toBe(
      [
        "openstack coe cluster template create 'k8s tpl'",
        '  --coe kubernetes',
        '  --image fedora-coreos-fake',
        '  --external-network public',
        '  --floating-ip-disabled',
        '  --labels kube_tag=v1.27.3',
      ].join(' \\\n'),
    );
    expect(eq.sdk).toContain('floating_ip_enabled=False');
    expect(eq.sdk).toContain('labels={"kube_tag":"v1.27.3"}');
    expect(eq.hot).toContain('type: OS::Magnum::ClusterTemplate');
    expect(eq.hot).toContain('image: fedora-coreos-fake');
  });
});
