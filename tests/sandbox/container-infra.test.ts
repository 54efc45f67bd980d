import { X509Certificate, createPrivateKey, generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, start, type Json } from './helpers';
import { makeCsr } from '../../lib/openstack/container-infra/csr';
import { buildKubeconfig } from '../../lib/openstack/container-infra/kubeconfig';
import { buildCsr } from '../../sandbox/container-infra/csr-builder';
import type { RunningSandbox } from '../../sandbox/server';

// The sandbox's Magnum over HTTP: templates and their checks against Glance, Nova
// and Neutron, the cluster state machine, node groups, the per-cluster CA that
// signs CSRs and rotates, quotas, and errors in Magnum's {"errors": [...]} shape.

let sandbox: RunningSandbox;
let magnum: string;
let compute: string;
let demo: string;
let admin: string;

async function call(token: string, method: string, path: string, body?: unknown, version = '1.10') {
  const res = await fetch(`${magnum}${path}`, {
    method,
    headers: {
      'X-Auth-Token': token,
      'OpenStack-API-Version': `container-infra ${version}`,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: (text ? JSON.parse(text) : {}) as Json };
}

const detail = (body: Json): string => body.errors?.[0]?.detail as string;

async function waitStatus(id: string, status: string): Promise<Json> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const res = await call(demo, 'GET', `/clusters/${id}`);
    if (status === 'gone' && res.status === 404) return {};
    if (res.body.status === status) return res.body;
    if (Date.now() > deadline) throw new Error(`cluster ${id} stuck in ${res.body.status}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

async function template(extra: Json = {}): Promise<Json> {
  const res = await call(demo, 'POST', '/clustertemplates', {
    name: `t-${Math.random().toString(36).slice(2, 8)}`,
    coe: 'kubernetes',
    image_id: 'fedora-coreos-fake',
    external_network_id: 'public',
    flavor_id: 'm1.small',
    ...extra,
  });
  expect(res.status).toBe(201);
  return res.body;
}

beforeAll(async () => {
  // Long enough to see each in-progress status; the waits poll, never sleep a fixed time.
  sandbox = await start({ bootMs: 1000 });
  magnum = sandbox.endpoints.RegionOne?.['container-infra'] ?? '';
  compute = sandbox.endpoints.RegionOne?.compute ?? '';
  [demo, admin] = await Promise.all([
    login(sandbox.authUrl, 'demo'),
    login(sandbox.authUrl, 'admin'),
  ]);
  const kp = await fetch(`${compute}/os-keypairs`, {
    method: 'POST',
    headers: { 'X-Auth-Token': demo, 'Content-Type': 'application/json' },
    body: JSON.stringify({ keypair: { name: 'magnum-key' } }),
  });
  expect(kp.status).toBe(200);
});

afterAll(() => sandbox.close());

describe('sandbox Magnum: versions and errors', () => {
  it('is in the catalog as container-infra at /v1 and answers its version documents', async () => {
    expect(magnum).toMatch(/\/v1$/);
    const root = await fetch(magnum.replace(/\/v1$/, '/'));
    expect((await root.json()).versions[0]).toMatchObject({
      max_version: '1.10',
      min_version: '1.1',
    });
    const res = await call(demo, 'GET', '/clustertemplates', undefined, 'latest');
    expect(res.headers.get('openstack-api-version')).toBe('container-infra 1.10');
    expect(res.body).toEqual({ clustertemplates: [] });
    const tooNew = await call(demo, 'GET', '/clusters', undefined, '1.99');
    expect(tooNew.status).toBe(406);
    expect(tooNew.body.errors[0].code).toBe('magnum.microversion-unsupported');
  });

  it('answers 404s in Magnum words', async () => {
    const t = await call(demo, 'GET', '/clustertemplates/nope');
    expect(t.status).toBe(404);
    expect(t.body.errors[0]).toMatchObject({
      status: 404,
      code: 'client',
      title: 'ClusterTemplate nope could not be found',
      detail: 'ClusterTemplate nope could not be found.',
    });
    expect(detail((await call(demo, 'GET', '/clusters/nope')).body)).toBe(
      'Cluster nope could not be found.',
    );
  });
});

describe('sandbox Magnum: cluster templates', () => {
  it('refuses what Magnum refuses, with its texts', async () => {
    const base = {
      name: 'x',
      coe: 'kubernetes',
      image_id: 'fedora-coreos-fake',
      external_network_id: 'public',
    };
    const cases: [Json, number, string][] = [
      [
        { ...base, image_id: 'cirros-like' },
        400,
        'Cluster type (vm, None, kubernetes) not supported.',
      ],
      [
        { ...base, image_id: 'ubuntu-22.04' },
        400,
        'Cluster type (vm, ubuntu, kubernetes) not supported.',
      ],
      [{ ...base, image_id: 'nope' }, 400, 'Cluster type (vm, Unset, kubernetes) not supported.'],
      [
        { ...base, coe: 'bogus' },
        400,
        "Invalid input for field/attribute coe. Value: 'bogus'. Value should be one of: dcos, swarm-mode, mesos, kubernetes, swarm",
      ],
      [{ ...base, external_network_id: 'nope' }, 400, 'Unable to find external network nope.'],
      [
        { ...base, external_network_id: 'private' },
        400,
        'Unable to find external network private.',
      ],
      [{ ...base, flavor_id: 'nope' }, 400, 'Unable to find flavor nope.'],
      [
        { ...base, docker_volume_size: 0 },
        400,
        "Invalid input for field/attribute docker_volume_size. Value: '0'. Value should be greater or equal to 1",
      ],
      [
        { ...base, network_driver: 'bogus' },
        400,
        'Network driver type bogus is not supported, expecting a flannel/calico/unspecified network driver.',
      ],
      [{ ...base, bogus: 1 }, 400, 'Unknown attribute for argument cluster_template: bogus'],
      [
        { ...base, public: true },
        403,
        'Not authorized to set public or hidden flag for cluster template.',
      ],
      [
        { name: 'x', coe: 'kubernetes' },
        400,
        "Invalid input for field/attribute image_id. Value: 'None'. Mandatory field missing.",
      ],
      [
        { ...base, labels: 'x' },
        400,
        `Invalid input for field/attribute cluster_template. Value: '${"{'name': 'x', 'coe': 'kubernetes', 'image_id': 'fedora-coreos-fake', 'external_network_id': 'public', 'labels': 'x'}"}'. Value not a valid dict: x`,
      ],
      [
        { ...base, apiserver_port: 80 },
        400,
        "Invalid input for field/attribute apiserver_port. Value: '80'. Value should be greater or equal to 1024",
      ],
    ];
    for (const [body, status, text] of cases) {
      const res = await call(demo, 'POST', '/clustertemplates', body);
      expect({ status: res.status, text: detail(res.body) }).toEqual({ status, text });
    }
    expect((await call(demo, 'GET', '/clustertemplates')).body.clustertemplates).toEqual([]);
  });

  it('creates, shows, updates by JSON-Patch and deletes a template', async () => {
    const t = await template({ labels: { kube_tag: 'v1.24.16' }, docker_volume_size: 5 });
    expect(t).toMatchObject({
      coe: 'kubernetes',
      cluster_distro: 'fedora-coreos',
      network_driver: 'flannel',
      keypair_id: null,
      public: false,
      hidden: false,
      labels: { kube_tag: 'v1.24.16' },
      docker_volume_size: 5,
      updated_at: null,
    });
    expect(t.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$/);
    expect((await call(demo, 'GET', `/clustertemplates/${t.name}`)).body.uuid).toBe(t.uuid);

    const patched = await call(demo, 'PATCH', `/clustertemplates/${t.uuid}`, [
      { op: 'replace', path: '/name', value: `${t.name}-b` },
      { op: 'add', path: '/keypair_id', value: 'magnum-key' },
      { op: 'remove', path: '/docker_volume_size' },
    ]);
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({
      name: `${t.name}-b`,
      keypair_id: 'magnum-key',
      docker_volume_size: null,
    });
    // Labels go as JSON text; a dict is refused as Magnum's wsme refuses it.
    const labelled = await call(demo, 'PATCH', `/clustertemplates/${t.uuid}`, [
      { op: 'replace', path: '/labels', value: JSON.stringify({ kube_tag: 'v1.25.0' }) },
    ]);
    expect(labelled.body.labels).toEqual({ kube_tag: 'v1.25.0' });
    const dict = await call(demo, 'PATCH', `/clustertemplates/${t.uuid}`, [
      { op: 'replace', path: '/labels', value: { kube_tag: 'v1.26.0' } },
    ]);
    expect({ status: dict.status, text: detail(dict.body) }).toEqual({
      status: 400,
      text: expect.stringContaining(
        "Wrong type. Expected '(<class 'str'>, <class 'int'>)', got '<class 'dict'>'",
      ),
    });
    const internal = await call(demo, 'PATCH', `/clustertemplates/${t.uuid}`, [
      { op: 'replace', path: '/uuid', value: 'x' },
    ]);
    expect(detail(internal.body)).toBe("'/uuid' is an internal attribute and can not be updated");
    const notList = await call(demo, 'PATCH', `/clustertemplates/${t.uuid}`, {
      op: 'remove',
      path: '/keypair_id',
    });
    expect(notList.status).toBe(400);

    expect((await call(demo, 'DELETE', `/clustertemplates/${t.uuid}`)).status).toBe(204);
    expect((await call(demo, 'GET', `/clustertemplates/${t.uuid}`)).status).toBe(404);
  });

  it('answers 409 for a name two templates share', async () => {
    const a = await template({ name: 'twin' });
    const b = await template({ name: 'twin' });
    const res = await call(demo, 'GET', '/clustertemplates/twin');
    expect(res.status).toBe(409);
    expect(detail(res.body)).toBe(
      'Multiple ClusterTemplates exist with same name. Please use the ClusterTemplate uuid instead.',
    );
    await call(demo, 'DELETE', `/clustertemplates/${a.uuid}`);
    await call(demo, 'DELETE', `/clustertemplates/${b.uuid}`);
  });
});

describe('sandbox Magnum: clusters', () => {
  it('builds a cluster to CREATE_COMPLETE with node groups, resizes, upgrades and deletes it', async () => {
    const t = await template({ keypair_id: 'magnum-key' });
    const created = await call(demo, 'POST', '/clusters', {
      name: 'k8s-a',
      cluster_template_id: t.uuid,
      node_count: 2,
    });
    expect(created.status).toBe(202);
    const id = created.body.uuid as string;
    const listed = await call(demo, 'GET', '/clusters');
    expect(listed.body.clusters).toEqual([
      expect.objectContaining({
        uuid: id,
        name: 'k8s-a',
        status: 'CREATE_IN_PROGRESS',
        health_status: null,
        keypair: 'magnum-key',
      }),
    ]);
    const inUse = await call(demo, 'DELETE', `/clustertemplates/${t.uuid}`);
    expect(inUse.status).toBe(400);
    expect(detail(inUse.body)).toBe(
      `ClusterTemplate ${t.uuid} is referenced by one or multiple clusters.`,
    );
    const early = await call(demo, 'POST', `/clusters/${id}/actions/resize`, { node_count: 3 });
    expect(detail(early.body)).toBe(
      'Updating a cluster when status is "CREATE_IN_PROGRESS" is not supported.',
    );

    const done = await waitStatus(id, 'CREATE_COMPLETE');
    expect(done).toMatchObject({ health_status: 'HEALTHY', node_count: 2, master_count: 1 });
    expect(done.api_address).toMatch(/^https:\/\/172\.24\.4\.\d+:6443$/);
    expect(done.master_addresses).toHaveLength(1);
    expect(done.node_addresses).toHaveLength(2);

    const groups = await call(demo, 'GET', `/clusters/${id}/nodegroups`);
    expect(groups.body.nodegroups.map((g: Json) => [g.name, g.role, g.node_count])).toEqual([
      ['default-master', 'master', 1],
      ['default-worker', 'worker', 2],
    ]);
    expect((await call(demo, 'GET', `/clusters/${id}/nodegroups`, undefined, '1.8')).status).toBe(
      406,
    );
    const worker = await call(demo, 'GET', `/clusters/${id}/nodegroups/default-worker`);
    expect(worker.body).toMatchObject({
      cluster_id: id,
      status: 'CREATE_COMPLETE',
      node_addresses: done.node_addresses,
    });

    expect(
      (await call(demo, 'POST', `/clusters/${id}/actions/resize`, { node_count: 3 })).status,
    ).toBe(202);
    expect((await call(demo, 'GET', `/clusters/${id}`)).body.status).toBe('UPDATE_IN_PROGRESS');
    expect(await waitStatus(id, 'UPDATE_COMPLETE')).toMatchObject({ node_count: 3 });
    expect(
      (await call(demo, 'GET', `/clusters/${id}/nodegroups/default-worker`)).body.node_count,
    ).toBe(3);

    const t2 = await template({ keypair_id: 'magnum-key', labels: { kube_tag: 'v1.25.0' } });
    expect(
      (await call(demo, 'POST', `/clusters/${id}/actions/upgrade`, { cluster_template: t2.uuid }))
        .status,
    ).toBe(202);
    expect(await waitStatus(id, 'UPDATE_COMPLETE')).toMatchObject({ cluster_template_id: t2.uuid });
    expect((await call(demo, 'GET', '/stats')).body).toEqual({ clusters: 1, nodes: 4 });

    expect((await call(demo, 'DELETE', `/clusters/${id}`)).status).toBe(204);
    expect((await call(demo, 'GET', `/clusters/${id}`)).body.status).toBe('DELETE_IN_PROGRESS');
    await waitStatus(id, 'gone');
    expect((await call(demo, 'DELETE', `/clustertemplates/${t.uuid}`)).status).toBe(204);
    expect((await call(demo, 'DELETE', `/clustertemplates/${t2.uuid}`)).status).toBe(204);
  });

  it('fails a cluster without a key pair or over the instance quota, with a status reason', async () => {
    const t = await template();
    const noKey = await call(demo, 'POST', '/clusters', {
      name: 'nokey',
      cluster_template_id: t.uuid,
    });
    expect(noKey.status).toBe(202);
    const failed = await waitStatus(noKey.body.uuid, 'CREATE_FAILED');
    expect(failed.status_reason).toMatch(/no key pair/);
    const big = await call(demo, 'POST', '/clusters', {
      name: 'big',
      cluster_template_id: t.uuid,
      keypair: 'magnum-key',
      node_count: 1000,
    });
    expect(big.status).toBe(202);
    expect((await waitStatus(big.body.uuid, 'CREATE_FAILED')).status_reason).toMatch(
      /Quota exceeded for instances: Requested 1001/,
    );
    for (const id of [noKey.body.uuid, big.body.uuid])
      await call(demo, 'DELETE', `/clusters/${id}`);
    await waitStatus(big.body.uuid, 'gone');
    await waitStatus(noKey.body.uuid, 'gone');
    await call(demo, 'DELETE', `/clustertemplates/${t.uuid}`);
  });

  it('fails a cluster on an unknown subnet or network, or a subnet of another network, as the devcloud does', async () => {
    const t = await template({ keypair_id: 'magnum-key' });
    const neutron = sandbox.endpoints.RegionOne?.network ?? '';
    const post = async (path: string, body: Json) => {
      const res = await fetch(`${neutron}/v2.0/${path}`, {
        method: 'POST',
        headers: { 'X-Auth-Token': demo, 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      expect(res.status).toBe(201);
      return (await res.json()) as Json;
    };
    const other = (await post('networks', { network: { name: 'magnum-other' } })).network;
    const otherSubnet = (
      await post('subnets', {
        subnet: { network_id: other.id, cidr: '10.66.0.0/24', ip_version: 4, name: 'magnum-sub' },
      })
    ).subnet;
    const create = async (name: string, network: string, subnet?: string) => {
      const res = await call(demo, 'POST', '/clusters', {
        name,
        cluster_template_id: t.uuid,
        fixed_network: network,
        ...(subnet ? { fixed_subnet: subnet } : {}),
      });
      expect(res.status).toBe(202);
      return waitStatus(res.body.uuid, 'CREATE_FAILED');
    };
    const noSubnet = await create('nosubnet', 'private', 'no-such-subnet');
    expect([noSubnet.status_reason, noSubnet.stack_id]).toEqual([
      'Unable to find fixed subnet no-such-subnet.',
      null,
    ]);
    const noNet = await create('nonet', 'no-such-net');
    expect(noNet.status_reason).toBe(
      "Resource CREATE failed: resources[0]: resources.kube_masters.Property error: resources.kube_master_eth0.properties.network: Error validating value 'no-such-net': Unable to find network with name or id 'no-such-net'",
    );
    const mixed = await create('mixed', 'private', 'magnum-sub');
    expect(mixed.status_reason).toMatch(
      new RegExp(
        `Failed to create port on network \\S+, because fixed_ips included invalid subnet ${otherSubnet.id}\\.$`,
      ),
    );
    const fine = await call(demo, 'POST', '/clusters', {
      name: 'onother',
      cluster_template_id: t.uuid,
      fixed_network: 'magnum-other',
      fixed_subnet: otherSubnet.id,
    });
    expect((await waitStatus(fine.body.uuid, 'CREATE_COMPLETE')).fixed_subnet).toBe(otherSubnet.id);
    for (const c of [noSubnet, noNet, mixed, fine.body])
      await call(demo, 'DELETE', `/clusters/${c.uuid}`);
  });

  it('refuses bad cluster requests as Magnum does', async () => {
    const t = await template();
    const cases: [Json, number, string][] = [
      [{ cluster_template_id: t.uuid, keypair: 'nope' }, 404, 'Unable to find keypair nope.'],
      [
        { cluster_template_id: 'nope', keypair: 'magnum-key' },
        404,
        'ClusterTemplate nope could not be found.',
      ],
      [
        { keypair: 'magnum-key' },
        400,
        "Invalid input for field/attribute cluster_template_id. Value: 'None'. Mandatory field missing.",
      ],
      [
        { cluster_template_id: t.uuid, master_count: 2 },
        400,
        'master_count must be 1 when master_lb_enabled is False',
      ],
      [
        { cluster_template_id: t.uuid, master_count: 0 },
        400,
        "Invalid input for field/attribute master_count. Value: '0'. Value should be greater or equal to 1",
      ],
      [
        { name: '1bad name', cluster_template_id: t.uuid },
        400,
        "Invalid input for field/attribute name. Value: '1bad name'. Value should match the pattern ^[a-zA-Z][a-zA-Z0-9_.-]*$",
      ],
      [
        { name: 'm1x', cluster_template_id: 'nope', node_count: -1 },
        400,
        "Invalid input for field/attribute node_count. Value: '-1'. Value should be greater or equal to 0",
      ],
      [
        { name: 'm1x', cluster_template_id: 'nope', bogus: 1 },
        400,
        'Unknown attribute for argument cluster: bogus',
      ],
      [
        { name: 'm1x', cluster_template_id: 'nope', node_count: 'abc' },
        400,
        "Invalid input for field/attribute cluster. Value: '{'name': 'm1x', 'cluster_template_id': 'nope', 'node_count': 'abc'}'. invalid literal for int() with base 10: 'abc'",
      ],
    ];
    for (const [body, status, text] of cases) {
      const res = await call(demo, 'POST', '/clusters', body);
      expect({ status: res.status, text: detail(res.body) }).toEqual({ status, text });
    }
    await call(demo, 'DELETE', `/clustertemplates/${t.uuid}`);
  });
});

describe('sandbox Magnum: certificates and quotas', () => {
  it('gives each cluster a CA that signs CSRs, and rotates it', async () => {
    const t = await template({ keypair_id: 'magnum-key' });
    const id = (await call(demo, 'POST', '/clusters', { name: 'pki', cluster_template_id: t.uuid }))
      .body.uuid as string;
    // Asked first: the cluster is built in 2 s, and the key pairs below take long on a busy machine.
    expect((await call(demo, 'PATCH', `/certificates/${id}`)).status).toBe(400);
    const ca = await call(demo, 'GET', `/certificates/${id}`);
    expect(ca.body.cluster_uuid).toBe(id);
    const caCert = new X509Certificate(ca.body.pem as string);
    expect(caCert.ca).toBe(true);
    expect(caCert.subject).toBe('CN=pki');
    expect(caCert.verify(caCert.publicKey)).toBe(true);

    const csr = handCsr();
    const signed = await call(demo, 'POST', '/certificates', { cluster_uuid: id, csr });
    expect(signed.status).toBe(201);
    const cert = new X509Certificate(signed.body.pem as string);
    expect(cert.subject).toBe('CN=admin\nO=system:masters');
    expect(cert.ca).toBe(false);
    expect(cert.verify(caCert.publicKey)).toBe(true);
    expect(cert.checkIssued(caCert)).toBe(true);
    const bad = await call(demo, 'POST', '/certificates', { cluster_uuid: id, csr: 'garbage' });
    expect({ status: bad.status, text: detail(bad.body) }).toEqual({
      status: 400,
      text: "Received invalid csr b'garbage'.",
    });

    // The dashboard's own CSR (Web Crypto) and kubeconfig.
    const made = await makeCsr({ cn: 'jane', o: 'system:masters' });
    const mine = await call(demo, 'POST', '/certificates', { cluster_uuid: id, csr: made.csrPem });
    const mineCert = new X509Certificate(mine.body.pem as string);
    expect(mineCert.subject).toBe('CN=jane\nO=system:masters');
    expect(mineCert.checkPrivateKey(createPrivateKey(made.keyPem))).toBe(true);
    const config = buildKubeconfig({
      clusterName: 'pki',
      server: 'https://172.24.4.10:6443',
      caPem: ca.body.pem as string,
      certPem: mine.body.pem as string,
      keyPem: made.keyPem,
    });
    const caData = /certificate-authority-data: (\S+)/.exec(config)?.[1] ?? '';
    expect(new X509Certificate(Buffer.from(caData, 'base64')).fingerprint256).toBe(
      caCert.fingerprint256,
    );
    expect(config).toContain('server: "https://172.24.4.10:6443"');

    await waitStatus(id, 'CREATE_COMPLETE');
    expect((await call(demo, 'PATCH', `/certificates/${id}`)).status).toBe(202);
    const rotated = new X509Certificate(
      (await call(demo, 'GET', `/certificates/${id}`)).body.pem as string,
    );
    expect(rotated.fingerprint256).not.toBe(caCert.fingerprint256);
    expect(cert.verify(rotated.publicKey)).toBe(false);

    await call(demo, 'DELETE', `/clusters/${id}`);
    await waitStatus(id, 'gone');
    await call(demo, 'DELETE', `/clustertemplates/${t.uuid}`);
  });

  it('keeps the cluster quota: admins set it, a project over it is refused', async () => {
    const denied = await call(demo, 'GET', '/quotas');
    expect({ status: denied.status, text: detail(denied.body) }).toEqual({
      status: 403,
      text: "Policy doesn't allow quota:get_all to be performed.",
    });
    const t = await template({ keypair_id: 'magnum-key' });
    const first = await call(demo, 'POST', '/clusters', {
      name: 'q1',
      cluster_template_id: t.uuid,
    });
    const projectId = (await call(demo, 'GET', `/clusters/${first.body.uuid}`)).body
      .project_id as string;
    expect((await call(demo, 'GET', `/quotas/${projectId}/Cluster`)).body).toEqual({
      hard_limit: 20,
      project_id: projectId,
      resource: 'Cluster',
    });
    const set = await call(admin, 'POST', '/quotas', {
      project_id: projectId,
      resource: 'Cluster',
      hard_limit: 1,
    });
    expect(set.status).toBe(201);
    const over = await call(demo, 'POST', '/clusters', { name: 'q2', cluster_template_id: t.uuid });
    expect({ status: over.status, text: detail(over.body) }).toEqual({
      status: 403,
      text: 'Resource limit exceeded: You have reached the maximum clusters per project, 1. You may delete a cluster to make room for a new one.',
    });
    expect((await call(admin, 'DELETE', `/quotas/${projectId}/Cluster`)).status).toBe(204);
    await call(demo, 'DELETE', `/clusters/${first.body.uuid}`);
    await waitStatus(first.body.uuid, 'gone');
    await call(demo, 'DELETE', `/clustertemplates/${t.uuid}`);
  });
});

/** A PKCS#10 request for CN=admin, O=system:masters, built by hand so no openssl is needed. */
function handCsr(): string {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return buildCsr(
    publicKey.export({ format: 'der', type: 'spki' }),
    createPrivateKey(privateKey.export({ format: 'pem', type: 'pkcs8' })),
  );
}
