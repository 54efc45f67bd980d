import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStack, heatClient, heatMessage, heatSandbox, type HeatClient } from './heat-helpers';
import type { RunningSandbox } from '../../sandbox/server';

// OS::Heat::ResourceGroup's attributes as Heat gives them: `attributes` (each
// member's value of one attribute, in index order), resource.<n> (member n's
// id) and its attributes by resource.<n>.<attr> or [group, resource.<n>, attr].

let sandbox: RunningSandbox;
let demo: HeatClient;

beforeAll(async () => {
  sandbox = await heatSandbox();
  demo = await heatClient(sandbox, 'demo');
});

afterAll(async () => {
  await sandbox.close();
});

describe('ResourceGroup attributes', () => {
  it('answers attributes, resource.<n> and its attributes in outputs', async () => {
    const template = `heat_template_version: 2018-08-31
resources:
  nets:
    type: OS::Heat::ResourceGroup
    properties:
      count: 2
      resource_def:
        type: OS::Neutron::Net
        properties:
          name: h4-grp-%index%
outputs:
  names:
    value: {get_attr: [nets, attributes, name]}
  first:
    value: {get_attr: [nets, resource.1]}
  first_name:
    value: {get_attr: [nets, resource.1, name]}
  first_name_dotted:
    value: {get_attr: [nets, resource.0.name]}
  removed:
    value: {get_attr: [nets, removed_rsrc_list]}
`;
    const { id, stack } = await createStack(demo, 'h4-grp', template);
    const outputs = Object.fromEntries(
      (stack.outputs as { output_key: string; output_value: unknown }[]).map((o) => [
        o.output_key,
        o.output_value,
      ]),
    );
    const refs = (await demo.heat('GET', `/stacks/h4-grp/${id}/resources/nets`)).body.resource
      .attributes.refs as string[];
    expect(outputs.names).toEqual(['h4-grp-0', 'h4-grp-1']);
    expect(outputs.first).toBe(refs[1]);
    expect(outputs.first_name).toBe('h4-grp-1');
    expect(outputs.first_name_dotted).toBe('h4-grp-0');
    expect(outputs.removed).toEqual([]);
    await demo.heat('DELETE', `/stacks/h4-grp/${id}`);
  });

  it('still refuses an attribute a group does not have', async () => {
    const template = `heat_template_version: 2018-08-31
resources:
  nets:
    type: OS::Heat::ResourceGroup
    properties:
      resource_def: {type: OS::Neutron::Net}
outputs:
  bad:
    value: {get_attr: [nets, members]}
`;
    const answer = await demo.heat('POST', '/validate', { template });
    expect(answer.status).toBe(400);
    expect(heatMessage(answer.body)).toContain(
      'The Referenced Attribute (nets members) is incorrect.',
    );
  });
});
