import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { get, json, type Json } from './helpers';
import { neutronError, neutronFixture, send, type NeutronFixture } from './neutron-helpers';

// The sandbox's security group update and rule create/delete over HTTP
// (api-ref network v2 "Security groups", "Security group rules").

let f: NeutronFixture;
let group: Json;

beforeAll(async () => {
  f = await neutronFixture();
  group = (
    await json(
      await send(`${f.api}/security-groups`, f.demo, 'POST', { security_group: { name: 'web' } }),
    )
  ).security_group;
});
afterAll(() => f.sandbox.close());

const rule = (body: Json) =>
  send(`${f.api}/security-group-rules`, f.demo, 'POST', {
    security_group_rule: { security_group_id: group.id, direction: 'ingress', ...body },
  });

describe('security group rules', () => {
  it('creates a rule in the shape Neutron answers, lists it by group and deletes it', async () => {
    const res = await rule({
      protocol: 'tcp',
      port_range_min: 22,
      port_range_max: 22,
      remote_ip_prefix: '10.0.0.5/8',
    });
    expect(res.status).toBe(201);
    const created = (await json(res)).security_group_rule;
    expect(created).toMatchObject({
      security_group_id: group.id,
      ethertype: 'IPv4',
      direction: 'ingress',
      protocol: 'tcp',
      port_range_min: 22,
      port_range_max: 22,
      remote_ip_prefix: '10.0.0.5/8',
      normalized_cidr: '10.0.0.0/8',
      remote_group_id: null,
      remote_address_group_id: null,
      description: '',
      project_id: f.demoProject,
    });
    const listed = await json(
      await get(`${f.api}/security-group-rules?security_group_id=${group.id}`, f.demo),
    );
    expect(listed.security_group_rules.map((r: Json) => r.id)).toContain(created.id);
    const dup = await rule({
      protocol: '6',
      port_range_min: 22,
      port_range_max: 22,
      remote_ip_prefix: '10.0.0.5/8',
    });
    expect(dup.status).toBe(409);
    expect(await json(dup)).toEqual(
      neutronError(
        'SecurityGroupRuleExists',
        `Security group rule already exists. Rule id is ${created.id}.`,
      ),
    );
    expect(
      (await send(`${f.api}/security-group-rules/${created.id}`, f.demo, 'DELETE')).status,
    ).toBe(204);
    expect(
      await json(await send(`${f.api}/security-group-rules/${created.id}`, f.demo, 'DELETE')),
    ).toEqual(
      neutronError('SecurityGroupRuleNotFound', `Security group rule ${created.id} does not exist`),
    );
  });

  it('refuses bad rules with Neutron types and texts', async () => {
    const cases: [Json, string, string][] = [
      [
        { protocol: 'tcp', port_range_min: 443, port_range_max: 80 },
        'SecurityGroupInvalidPortRange',
        'For TCP/UDP protocols, port_range_min must be <= port_range_max',
      ],
      [
        { protocol: 'icmp', port_range_min: 300 },
        'SecurityGroupInvalidIcmpValue',
        'Invalid value for ICMP type (port_range_min) 300. It must be 0 to 255.',
      ],
      [
        { remote_ip_prefix: '10.0.0.0/33' },
        'InvalidCIDR',
        'Invalid CIDR 10.0.0.0/33 given as IP prefix.',
      ],
      [
        { direction: 'sideways' },
        'HTTPBadRequest',
        'Invalid input for direction. Reason: sideways is not in valid_values.',
      ],
      [
        { ethertype: 'IPv5' },
        'SecurityGroupRuleInvalidEtherType',
        "Security group rule for ethertype 'IPv5' not supported. Allowed values are ['IPv4', 'IPv6'].",
      ],
      [
        { protocol: 'tcp', port_range_min: 'abc' },
        'SecurityGroupInvalidPortValue',
        'Invalid value for port abc',
      ],
    ];
    for (const [body, type, message] of cases) {
      const res = await rule(body);
      expect(res.status, message).toBe(400);
      expect(await json(res)).toEqual(neutronError(type, message));
    }
    const missing = '00000000-0000-4000-8000-000000000000';
    const res = await send(`${f.api}/security-group-rules`, f.demo, 'POST', {
      security_group_rule: { security_group_id: missing, direction: 'ingress' },
    });
    expect(res.status).toBe(404);
    expect(await json(res)).toEqual(
      neutronError('SecurityGroupNotFound', `Security group ${missing} does not exist`),
    );
  });
});

describe('security group update', () => {
  it('renames a group, refuses the default name and changes to the default group', async () => {
    const res = await send(`${f.api}/security-groups/${group.id}`, f.demo, 'PUT', {
      security_group: { name: 'web2', description: 'd' },
    });
    expect(res.status).toBe(200);
    const updated = (await json(res)).security_group;
    expect(updated).toMatchObject({ name: 'web2', description: 'd' });
    expect(updated.revision_number).toBeGreaterThan(group.revision_number);
    const toDefault = await send(`${f.api}/security-groups/${group.id}`, f.demo, 'PUT', {
      security_group: { name: 'default' },
    });
    expect(await json(toDefault)).toEqual(
      neutronError('SecurityGroupDefaultAlreadyExists', 'Default security group already exists.'),
    );
    const [defaultGroup] = (await json(await get(`${f.api}/security-groups?name=default`, f.demo)))
      .security_groups;
    const fromDefault = await send(`${f.api}/security-groups/${defaultGroup.id}`, f.demo, 'PUT', {
      security_group: { name: 'x' },
    });
    expect(fromDefault.status).toBe(409);
    expect(await json(fromDefault)).toEqual(
      neutronError(
        'SecurityGroupCannotUpdateDefault',
        'Updating default security group not allowed.',
      ),
    );
  });
});
