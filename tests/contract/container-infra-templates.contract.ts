// Magnum cluster templates (lib/openstack/container-infra/) against the target
// cloud: create, show by uuid and name, JSON-Patch update, delete, and Magnum's
// own refusals word for word.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTERNAL_NETWORK, FCOS_IMAGE, MagnumScratch } from './container-infra-fixture';
import { unique } from './context';
import { failure } from './failure';

const scratch = new MagnumScratch();

beforeAll(() => scratch.start());
afterAll(() => scratch.cleanup());

describe('container infra: cluster templates', () => {
  it('creates a template with Magnum defaults, shows, lists, updates and deletes it', async () => {
    const ci = scratch.api.containerInfra;
    const t = await scratch.template({ labels: { kube_tag: 'v1.24.16' }, dockerVolumeSize: 5 });
    expect(t).toMatchObject({
      coe: 'kubernetes',
      image_id: FCOS_IMAGE,
      cluster_distro: 'fedora-coreos',
      network_driver: 'flannel',
      keypair_id: null,
      external_network_id: EXTERNAL_NETWORK,
      docker_volume_size: 5,
      labels: { kube_tag: 'v1.24.16' },
      public: false,
      hidden: false,
      server_type: 'vm',
      tls_disabled: false,
      floating_ip_enabled: true,
      master_lb_enabled: false,
      updated_at: null,
    });
    expect(t.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$/);
    expect((await ci.getClusterTemplate(t.name ?? '')).uuid).toBe(t.uuid);
    expect((await ci.listClusterTemplates()).map((x) => x.uuid)).toContain(t.uuid);

    const renamed = `${t.name}-b`;
    const patched = await ci.updateClusterTemplate(t.uuid, [
      { op: 'replace', path: '/name', value: renamed },
      { op: 'add', path: '/keypair_id', value: scratch.keypair },
      { op: 'remove', path: '/docker_volume_size' },
    ]);
    expect(patched).toMatchObject({
      name: renamed,
      keypair_id: scratch.keypair,
      docker_volume_size: null,
    });
    // A patch value is text or a number: labels go as JSON text, a dict is refused.
    const labelled = await ci.updateClusterTemplate(t.uuid, [
      { op: 'replace', path: '/labels', value: JSON.stringify({ kube_tag: 'v1.25.0' }) },
    ]);
    expect(labelled.labels).toEqual({ kube_tag: 'v1.25.0' });
    // python-magnumclient sends str(dict), a Python literal: Magnum reads it with ast.literal_eval.
    const fromCli = await ci.updateClusterTemplate(t.uuid, [
      { op: 'replace', path: '/labels', value: "{'role': 'x', 'kube_tag': 'v1.25.1'}" },
    ]);
    expect(fromCli.labels).toEqual({ role: 'x', kube_tag: 'v1.25.1' });
    const dict = await failure(
      ci.updateClusterTemplate(t.uuid, [
        { op: 'replace', path: '/labels', value: { kube_tag: 'v1.26.0' } },
      ]),
    );
    expect(dict.status).toBe(400);
    expect(dict.message).toContain(
      "Wrong type. Expected '(<class 'str'>, <class 'int'>)', got '<class 'dict'>'",
    );
    // The PATCH answer still carries the old updated_at; a later GET has the new one.
    expect((await ci.getClusterTemplate(t.uuid)).updated_at).toEqual(expect.any(String));

    await ci.deleteClusterTemplate(t.uuid);
    const gone = await failure(ci.getClusterTemplate(t.uuid));
    expect(gone.status).toBe(404);
    expect(gone.message).toBe(`ClusterTemplate ${t.uuid} could not be found.`);
  });

  it('refuses templates Magnum cannot build, in its own words', async () => {
    const ci = scratch.api.containerInfra;
    const base = {
      name: unique('ct-bad'),
      coe: 'kubernetes',
      imageId: FCOS_IMAGE,
      externalNetworkId: EXTERNAL_NETWORK,
    };
    const cases: [Parameters<typeof ci.createClusterTemplate>[0], number, string][] = [
      [
        { ...base, imageId: 'cirros-like' },
        400,
        'Cluster type (vm, None, kubernetes) not supported.',
      ],
      [
        { ...base, imageId: 'no-such-image' },
        400,
        'Cluster type (vm, Unset, kubernetes) not supported.',
      ],
      [
        { ...base, coe: 'bogus' },
        400,
        "Invalid input for field/attribute coe. Value: 'bogus'. Value should be one of: dcos, swarm-mode, mesos, kubernetes, swarm",
      ],
      [
        { ...base, externalNetworkId: 'no-such-net' },
        400,
        'Unable to find external network no-such-net.',
      ],
      [{ ...base, flavorId: 'no-such-flavor' }, 400, 'Unable to find flavor no-such-flavor.'],
      [
        { ...base, dockerVolumeSize: 0 },
        400,
        "Invalid input for field/attribute docker_volume_size. Value: '0'. Value should be greater or equal to 1",
      ],
      [
        { ...base, networkDriver: 'bogus' },
        400,
        'Network driver type bogus is not supported, expecting a flannel/calico/unspecified network driver.',
      ],
      [
        { ...base, isPublic: true },
        403,
        'Not authorized to set public or hidden flag for cluster template.',
      ],
    ];
    for (const [input, status, message] of cases) {
      const refused = await failure(ci.createClusterTemplate(input));
      expect({ status: refused.status, message: sortChoices(refused.message) }).toEqual({
        status,
        message: sortChoices(message),
      });
    }
    const names = (await ci.listClusterTemplates()).map((t) => t.name);
    expect(names).not.toContain(base.name);
  });

  it('answers 409 for a name two templates share, and refuses internal attributes in a patch', async () => {
    const ci = scratch.api.containerInfra;
    const name = unique('twin');
    const a = await scratch.template({ name });
    await scratch.template({ name });
    const twin = await failure(ci.getClusterTemplate(name));
    expect(twin.status).toBe(409);
    expect(twin.message).toBe(
      'Multiple ClusterTemplates exist with same name. Please use the ClusterTemplate uuid instead.',
    );
    const internal = await failure(
      ci.updateClusterTemplate(a.uuid, [{ op: 'replace', path: '/uuid', value: 'x' }]),
    );
    expect(internal.status).toBe(400);
    expect(internal.message).toBe("'/uuid' is an internal attribute and can not be updated");
  });
});

/** Magnum lists an enum's choices from a Python set, so their order changes with each
 *  process's hash seed; compare them as a sorted list. */
function sortChoices(message: string): string {
  return message.replace(
    /(one of: )(.*)$/,
    (_, lead: string, list: string) => lead + list.split(', ').sort().join(', '),
  );
}
