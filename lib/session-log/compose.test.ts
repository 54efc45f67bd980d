import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { hotTemplate, pythonScript, shellScript } from './compose';
import { REDACTED } from './redact';
import type { SessionLogEntry } from './types';

function entry(n: number, over: Partial<SessionLogEntry>): SessionLogEntry {
  return {
    id: String(n),
    time: `2026-12-07T10:0${n}:00.000Z`,
    action: 'Create Thing',
    ok: true,
    ...over,
  };
}

const net = (name: string) => ({
  cli: `openstack network create ${name}`,
  sdk: `import openstack\n\nconn = openstack.connect(cloud="openstack")\nnet = conn.network.create_network(name="${name}")`,
  hot: `heat_template_version: 2021-04-16\n\nparameters:\n  cidr:\n    type: string\n\nresources:\n  net:\n    type: OS::Neutron::Net\n    properties:\n      name: ${name}\n  sub:\n    type: OS::Neutron::Subnet\n    properties:\n      network: { get_resource: net }\n      cidr: { get_param: cidr }\n\noutputs:\n  network_id:\n    value: { get_resource: net }\n`,
});

const log: SessionLogEntry[] = [
  entry(1, { action: 'Create Network', resource: { name: 'a' }, equivalents: net('a') }),
  entry(2, { action: 'Create Network', ok: false, error: 'Quota exceeded', equivalents: net('b') }),
  entry(3, { action: 'Create Network', resource: { name: 'c' }, equivalents: net('c') }),
  entry(4, {
    action: 'Delete Key Pair',
    resource: { name: 'k' },
    equivalents: {
      cli: 'openstack keypair delete k',
      sdk: 'import os\nconn.compute.delete_keypair("k")',
      hot: '# remove it',
    },
  }),
  entry(5, { action: 'Lock Instance', resource: { name: 'vm', id: 'i-1' } }),
  entry(6, {
    action: 'Create User',
    equivalents: {
      cli: `openstack user create --password ${REDACTED} u`,
      sdk: `conn.identity.create_user(name="u", password="${REDACTED}")`,
      hot: '',
    },
  }),
];

describe('shellScript', () => {
  const script = shellScript(log);
  it('opens as a strict bash script that needs a sourced openrc', () => {
    const lines = script.split('\n');
    expect(lines[0]).toBe('#!/usr/bin/env bash');
    expect(lines).toContain('set -euo pipefail');
    expect(script).toMatch(/source .*openrc/);
  });
  it('holds the successful commands in order, never the failed one', () => {
    const commands = script.split('\n').filter((l) => l.startsWith('openstack '));
    expect(commands).toEqual([
      'openstack network create a',
      'openstack network create c',
      'openstack keypair delete k',
    ]);
    expect(script).not.toContain('create b');
  });
  it('keeps an action without a command as a comment, and comments out redacted ones', () => {
    expect(script).toContain('# 2026-12-07T10:05:00.000Z Lock Instance: vm');
    expect(script).toContain(`# openstack user create --password ${REDACTED} u`);
    expect(script.split('\n')).not.toContain(`openstack user create --password ${REDACTED} u`);
  });
});

describe('shellScript across projects', () => {
  it('names the resources the session created instead of their IDs', () => {
    const id = '0f1e2d3c-aaaa-bbbb-cccc-111122223333';
    const script = shellScript([
      entry(1, {
        action: 'Create Security Group',
        resource: { name: 'web servers', id },
        equivalents: { cli: "openstack security group create 'web servers'", sdk: '', hot: '' },
      }),
      entry(2, {
        action: 'Add Rule',
        equivalents: {
          cli: `openstack security group rule create --protocol tcp ${id}`,
          sdk: '',
          hot: '',
        },
      }),
      // An action on the same resource records its ID again: still one resource.
      entry(3, {
        action: 'Add Rule',
        resource: { name: 'web servers', id },
        equivalents: {
          cli: `openstack security group rule create --protocol udp ${id}`,
          sdk: '',
          hot: '',
        },
      }),
      entry(4, {
        action: 'Delete Network',
        equivalents: {
          cli: 'openstack network delete 99999999-0000-0000-0000-000000000000',
          sdk: '',
          hot: '',
        },
      }),
    ]);
    expect(script).toContain("openstack security group rule create --protocol tcp 'web servers'");
    expect(script).toContain("openstack security group rule create --protocol udp 'web servers'");
    // An ID the session did not create stays as it is.
    expect(script).toContain('openstack network delete 99999999-0000-0000-0000-000000000000');
  });
});

describe('pythonScript', () => {
  const script = pythonScript(log);
  it('connects once and gathers the imports at the top', () => {
    expect(script.match(/openstack\.connect\(/g)).toHaveLength(1);
    expect(script).toContain('conn = openstack.connect()');
    expect(script.indexOf('import os')).toBeLessThan(script.indexOf('conn = '));
    expect(script.match(/^import openstack$/gm)).toHaveLength(1);
  });
  it('holds the successful calls only', () => {
    expect(script).toContain('create_network(name="a")');
    expect(script).toContain('create_network(name="c")');
    expect(script).not.toContain('name="b"');
  });
});

describe('pythonScript with IDs', () => {
  const NET = '5f0c1a2e-0000-4000-8000-000000000001';
  const OTHER = '99999999-0000-0000-0000-000000000000';
  const script = pythonScript([
    entry(1, {
      action: 'Create Network',
      resource: { name: 'n1', id: NET },
      equivalents: {
        cli: 'openstack network create n1',
        sdk: 'import openstack\n\nconn = openstack.connect(cloud="openstack")\n\nnet = conn.network.create_network(name="n1")',
        hot: '',
      },
    }),
    entry(2, {
      action: 'Create Subnet',
      resource: { name: 's1', id: '6a0c1a2e-0000-4000-8000-000000000002' },
      equivalents: {
        cli: `openstack subnet create --network ${NET} --subnet-range 10.0.0.0/24 s1`,
        sdk: `subnet = conn.network.create_subnet(name="s1", network_id="${NET}", ip_version=4, cidr="10.0.0.0/24")`,
        hot: '',
      },
    }),
    entry(3, {
      action: 'Delete Network',
      equivalents: { cli: '', sdk: `conn.network.delete_network("${OTHER}")`, hot: '' },
    }),
  ]);

  it('keeps the ID of what it creates and the later calls use it, not the old ID', () => {
    expect(script).toContain('created = {}');
    expect(script).toContain(
      'net = conn.network.create_network(name="n1")\ncreated["n1"] = net.id',
    );
    expect(script).toContain('network_id=created["n1"]');
    expect(script).not.toContain(NET);
  });

  it('leaves IDs the session did not create, and keeps nothing no later call reads', () => {
    expect(script).toContain(`conn.network.delete_network("${OTHER}")`);
    expect(script).not.toContain('created["s1"]');
  });
});

describe('hotTemplate', () => {
  it('combines the creations into one valid template with unique names', () => {
    const text = hotTemplate(log);
    expect(text).not.toBeNull();
    const doc = parse(text ?? '') as Record<string, Record<string, unknown>>;
    expect(doc.heat_template_version).toBe('2021-04-16');
    expect(Object.keys(doc.resources ?? {})).toEqual(['net', 'sub', 'net_2', 'sub_2']);
    // The second subnet points at the second network.
    expect(JSON.stringify(doc.resources?.sub_2)).toContain('"get_resource":"net_2"');
    // The same parameter is asked once.
    expect(Object.keys(doc.parameters ?? {})).toEqual(['cidr']);
    expect(Object.keys(doc.outputs ?? {})).toEqual(['network_id', 'network_id_2']);
    // The failed creation and the delete are not in it.
    expect(text).not.toContain('name: b');
  });
  it('takes the forms’ own templates (security group)', () => {
    // As the Create Security Group form writes it.
    const eq = {
      cli: 'openstack security group create web',
      sdk: '',
      hot: 'heat_template_version: 2021-04-16\n\nresources:\n  web:\n    type: OS::Neutron::SecurityGroup\n    properties:\n      name: web\n\noutputs:\n  security_group_id:\n    value: { get_resource: web }',
    };
    const text = hotTemplate([
      entry(1, { action: 'Create Security Group', equivalents: eq }),
      entry(2, { action: 'Create Security Group', equivalents: eq }),
    ]);
    const doc = parse(text ?? '') as { resources: Record<string, unknown> };
    expect(Object.keys(doc.resources)).toEqual(['web', 'web_2']);
  });
  it('refers to a resource the session created by get_resource, not by its ID', () => {
    const id = '0f1e2d3c-aaaa-bbbb-cccc-111122223333';
    const text = hotTemplate([
      entry(1, { action: 'Create Network', resource: { name: 'a', id }, equivalents: net('a') }),
      entry(2, {
        action: 'Add Interface',
        equivalents: {
          cli: '',
          sdk: '',
          hot: `heat_template_version: 2021-04-16\nresources:\n  router_interface:\n    type: OS::Neutron::RouterInterface\n    properties:\n      router: r-1\n      subnet: ${id}\n`,
        },
      }),
    ]);
    const doc = parse(text ?? '') as { resources: Record<string, { properties: unknown }> };
    expect(doc.resources.router_interface?.properties).toEqual({
      router: 'r-1',
      subnet: { get_resource: 'net' },
    });
    expect(text).not.toContain(id);
  });

  it('is null without creations', () => {
    expect(hotTemplate([log[3] as SessionLogEntry])).toBeNull();
  });
});
