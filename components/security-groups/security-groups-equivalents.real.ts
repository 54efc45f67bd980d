// The Security Groups panel's equivalent commands, run for real against the
// devcloud as demo. Only in `npm run test:real` (tests/real/vitest.config.mts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  python,
  shell,
  stackCreate,
  stackDelete,
  uniqueName as unique,
  workspace,
  type Workspace,
  NO_SANDBOX_HEAT,
  skipOnSandbox,
} from '@/tests/real/clients';
import { interpretRule, RULE_DEFAULTS, type RuleRequest } from './rule-inputs';
import {
  addRuleEquivalents,
  createSecurityGroupEquivalents,
  deleteRuleEquivalents,
  deleteSecurityGroupEquivalents,
  editSecurityGroupEquivalents,
} from './security-groups-equivalents';

let demo: Workspace;

/** What the Add Rule form sends for these values. */
function rule(values: Record<string, string>): RuleRequest {
  const { request, errors } = interpretRule({ ...RULE_DEFAULTS, ...values });
  if (!request) throw new Error(JSON.stringify(errors));
  return request;
}
const SSH = rule({ rule: 'ssh' });
const ALL_ICMP = rule({ rule: 'all_icmp' });
const PING6 = rule({ rule: 'icmp', icmp_type: '128', icmp_code: '0', cidr: '2001:db8::/32' });

interface GroupState {
  id: string;
  name: string;
  description: string;
  rules: {
    id: string;
    direction: string;
    ethertype: string;
    protocol: string | null;
    port_range_min: number | null;
    port_range_max: number | null;
    remote_ip_prefix: string | null;
  }[];
}

/** The group and its rules as Neutron holds them, read with openstacksdk. */
async function group(nameOrId: string): Promise<GroupState | null> {
  const out = await python(
    demo,
    [
      'import json, openstack',
      'conn = openstack.connect(cloud="openstack")',
      `g = conn.network.find_security_group(${JSON.stringify(nameOrId)}, ignore_missing=True)`,
      'print(json.dumps(None if g is None else {"id": g.id, "name": g.name, "description": g.description, "rules": [',
      '  {k: r[k] for k in ("id", "direction", "ethertype", "protocol", "port_range_min", "port_range_max", "remote_ip_prefix")}',
      '  for r in conn.network.security_group_rules(security_group_id=g.id)]}))',
    ].join('\n'),
  );
  return JSON.parse(out) as GroupState | null;
}

/** The rules a template's values should have made, in a comparable form. */
const expected = (r: RuleRequest) => ({
  direction: r.direction,
  ethertype: r.ethertype,
  protocol: r.protocol,
  port_range_min: r.portRangeMin,
  port_range_max: r.portRangeMax,
  remote_ip_prefix: r.remoteIpPrefix,
});

const ingress = (g: GroupState | null) => (g?.rules ?? []).filter((r) => r.direction === 'ingress');

beforeAll(async () => {
  demo = await workspace('demo');
});

afterAll(async () => {
  const left = JSON.parse(
    await shell(demo, 'openstack security group list -f json -c ID -c Name'),
  ) as { ID: string; Name: string }[];
  const ours = left.filter((g) => g.Name.startsWith('eq-'));
  if (ours.length)
    await shell(demo, `openstack security group delete ${ours.map((g) => g.ID).join(' ')}`);
});

describe('Security Groups equivalents (demo)', () => {
  it('the CLI creates a group, adds SSH and All ICMP, refuses a duplicate, edits and deletes', async () => {
    const name = unique('cli');
    await shell(demo, createSecurityGroupEquivalents(name, 'made by the CLI').cli);
    const made = await group(name);
    expect(made).toMatchObject({ name, description: 'made by the CLI' });
    const id = made!.id;
    await shell(demo, addRuleEquivalents(id, SSH).cli);
    await shell(demo, addRuleEquivalents(id, ALL_ICMP).cli);
    await shell(demo, addRuleEquivalents(id, PING6).cli);
    const withRules = await group(id);
    expect(ingress(withRules)).toEqual(
      expect.arrayContaining([
        expect.objectContaining(expected(SSH)),
        expect.objectContaining(expected(ALL_ICMP)),
        expect.objectContaining({ ...expected(PING6), protocol: 'ipv6-icmp' }),
      ]),
    );
    await expect(shell(demo, addRuleEquivalents(id, SSH).cli)).rejects.toThrow(/already exists/i);

    await shell(demo, editSecurityGroupEquivalents(id, `${name}-x`, 'renamed').cli);
    expect(await group(id)).toMatchObject({ name: `${name}-x`, description: 'renamed' });

    const ssh = ingress(withRules).find((r) => r.protocol === 'tcp')!;
    await shell(demo, deleteRuleEquivalents([ssh.id]).cli);
    expect((await group(id))!.rules.map((r) => r.id)).not.toContain(ssh.id);
    await shell(demo, deleteSecurityGroupEquivalents([id]).cli);
    expect(await group(id)).toBeNull();
  });

  it('the openstacksdk snippets do the same', async () => {
    const name = unique('sdk');
    const id = (await python(demo, createSecurityGroupEquivalents(name, 'by the SDK').sdk)).trim();
    expect(await group(id)).toMatchObject({ name, description: 'by the SDK' });
    const sshId = (await python(demo, addRuleEquivalents(id, SSH).sdk)).trim();
    await python(demo, addRuleEquivalents(id, ALL_ICMP).sdk);
    expect(ingress(await group(id))).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ ...expected(SSH), id: sshId }),
        expect.objectContaining(expected(ALL_ICMP)),
      ]),
    );
    await python(demo, editSecurityGroupEquivalents(id, name, 'edited').sdk);
    expect(await group(id)).toMatchObject({ description: 'edited' });
    await python(demo, deleteRuleEquivalents([sshId]).sdk);
    expect((await group(id))!.rules.map((r) => r.id)).not.toContain(sshId);
    await python(demo, deleteSecurityGroupEquivalents([id]).sdk);
    expect(await group(id)).toBeNull();
  });

  it('the Heat templates make the group with its rules, and one more rule', async (ctx) => {
    skipOnSandbox(ctx, NO_SANDBOX_HEAT);
    const name = unique('hot');
    const stack = `${name}-stack`;
    const ruleStack = `${name}-rule`;
    try {
      await stackCreate(
        demo,
        stack,
        createSecurityGroupEquivalents(name, 'by Heat', [SSH, ALL_ICMP]).hot,
      );
      const made = await group(name);
      expect(made).toMatchObject({ description: 'by Heat' });
      expect(ingress(made)).toEqual(
        expect.arrayContaining([
          expect.objectContaining(expected(SSH)),
          expect.objectContaining(expected(ALL_ICMP)),
        ]),
      );
      const https = rule({ rule: 'https', cidr: '192.0.2.0/24' });
      await stackCreate(demo, ruleStack, addRuleEquivalents(made!.id, https).hot);
      expect(ingress(await group(made!.id))).toEqual(
        expect.arrayContaining([expect.objectContaining(expected(https))]),
      );
      await stackDelete(demo, ruleStack);
      expect(ingress(await group(made!.id)).map((r) => r.remote_ip_prefix)).not.toContain(
        '192.0.2.0/24',
      );
    } finally {
      await stackDelete(demo, ruleStack);
      await stackDelete(demo, stack);
    }
    expect(await group(name)).toBeNull();
  });
});
