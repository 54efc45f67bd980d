import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createStack,
  deleteStack,
  heatClient,
  heatMessage,
  heatSandbox,
  type HeatClient,
} from './heat-helpers';
import type { Json } from './helpers';
import type { RunningSandbox } from '../../sandbox/server';

// The sandbox's Heat on templates: validate (parameters as a form needs them),
// refusals in Heat's words (checked against the devcloud's Heat), intrinsic
// functions and conditions, template versions and their functions, resource types.

let sandbox: RunningSandbox;
let demo: HeatClient;

beforeAll(async () => {
  sandbox = await heatSandbox();
  demo = await heatClient(sandbox, 'demo');
});
afterAll(async () => {
  await sandbox.close();
});

const HEAD = 'heat_template_version: 2018-08-31\n';

async function refusal(template: string, parameters: Json = {}, path = '/stacks/preview') {
  const res = await demo.heat('POST', path, { stack_name: 'h1-probe', template, parameters });
  return {
    status: res.status,
    type: res.body.error?.type as string,
    message: heatMessage(res.body),
  };
}

describe('template validate', () => {
  it('answers the parameters with their constraints, labels and groups', async () => {
    const template = `${HEAD}description: Two parameters
parameter_groups:
  - label: Sizing
    description: How big
    parameters: [count]
parameters:
  count:
    type: number
    label: How many
    default: 2
    constraints:
      - range: {min: 1, max: 5}
        description: between one and five
  password:
    type: string
    hidden: true
    constraints:
      - length: {min: 8}
      - allowed_pattern: '[a-zA-Z0-9]+'
  flavor:
    type: string
    constraints:
      - custom_constraint: nova.flavor
  size:
    type: string
    constraints:
      - allowed_values: [small, large]
resources: {}
`;
    const res = await demo.heat('POST', '/validate', { template });
    expect(res.status).toBe(200);
    expect(res.body.Description).toBe('Two parameters');
    expect(res.body.Parameters.count).toEqual({
      Type: 'Number',
      Description: '',
      Label: 'How many',
      NoEcho: 'false',
      Default: 2,
      MinValue: 1,
      MaxValue: 5,
      ConstraintDescription: 'between one and five',
    });
    expect(res.body.Parameters.password).toMatchObject({
      NoEcho: 'true',
      MinLength: 8,
      AllowedPattern: '[a-zA-Z0-9]+',
    });
    expect(res.body.Parameters.flavor).toMatchObject({
      CustomConstraint: 'nova.flavor',
      Label: 'flavor',
    });
    expect(res.body.Parameters.size).toMatchObject({ AllowedValues: ['small', 'large'] });
    expect(res.body.ParameterGroups).toEqual([
      { label: 'Sizing', description: 'How big', parameters: ['count'] },
    ]);
    // Without a description Heat says so.
    const bare = await demo.heat('POST', '/validate', { template: `${HEAD}resources: {}\n` });
    expect(bare.body.Description).toBe('No description');
  });

  it('validates a template whose resources use parameters that have no value yet', async () => {
    // What Launch Stack's Validate sends before the parameter form is filled in.
    const template = `${HEAD}parameters:
  net_name: {type: string}
  prefix: {type: string}
resources:
  net:
    type: OS::Neutron::Net
    properties:
      name: {get_param: net_name}
  label:
    type: OS::Heat::Value
    properties:
      value: {list_join: ['-', [{get_param: prefix}, x]]}
`;
    const res = await demo.heat('POST', '/validate', { template });
    expect(res.status).toBe(200);
    expect(Object.keys(res.body.Parameters)).toEqual(['net_name', 'prefix']);
    // Creating still needs them.
    const create = await refusal(template, {}, '/stacks');
    expect(create).toMatchObject({
      status: 400,
      message: 'The Parameter (net_name) was not provided.',
    });
  });

  it('refuses invalid YAML, an unknown section and an undeclared parameter', async () => {
    const yaml = await demo.heat('POST', '/validate', { template: `${HEAD}resources:\n  a: [\n` });
    expect(yaml.status).toBe(400);
    expect(heatMessage(yaml.body)).toMatch(
      /^Template not in valid format: Error parsing template \[root stack\] /,
    );
    const section = await demo.heat('POST', '/validate', { template: `${HEAD}foo: 1\n` });
    expect(heatMessage(section.body)).toBe('The template section is invalid: foo');
    const undeclared = await demo.heat('POST', '/validate', {
      template: `${HEAD}resources: {}\n`,
      parameters: { n: 9 },
    });
    expect(undeclared.body.error).toMatchObject({
      type: 'UnknownUserParameter',
      message: 'The Parameter (n) was not defined in template.',
    });
    const version = await demo.heat('POST', '/validate', {
      template: 'heat_template_version: 2099-01-01\n',
    });
    expect(version.status).toBe(400);
    expect(heatMessage(version.body)).toContain('The template version is invalid');
  });
});

describe("refusals in Heat's words", () => {
  it('an unknown resource type', async () => {
    expect(await refusal(`${HEAD}resources:\n  x:\n    type: OS::Foo::Bar\n`)).toEqual({
      status: 400,
      type: 'StackValidationFailed',
      message: 'The Resource Type (OS::Foo::Bar) could not be found.',
    });
  });

  it('a circular depends_on', async () => {
    const r = await refusal(
      `${HEAD}resources:\n  a:\n    type: OS::Heat::None\n    depends_on: b\n  b:\n    type: OS::Heat::None\n    depends_on: a\n`,
    );
    expect(r).toEqual({
      status: 400,
      type: 'CircularDependencyException',
      message: 'Circular Dependency Found: a -> b -> a',
    });
  });

  it('a missing get_resource target and a missing depends_on target', async () => {
    const r = await refusal(
      `${HEAD}resources:\n  a:\n    type: OS::Heat::Value\n    properties:\n      value: {get_resource: nope}\n`,
    );
    expect(r).toEqual({
      status: 400,
      type: 'InvalidTemplateReference',
      message: 'The specified reference "nope" (in a.Properties.value) is incorrect.',
    });
    const d = await refusal(
      `${HEAD}resources:\n  a:\n    type: OS::Heat::None\n    depends_on: zz\n`,
    );
    expect(d.message).toBe('The specified reference "zz" (in a) is incorrect.');
  });

  it('unknown and missing properties, an unknown attribute', async () => {
    expect(
      (
        await refusal(
          `${HEAD}resources:\n  a:\n    type: OS::Heat::Value\n    properties: {foo: 1, value: 2}\n`,
        )
      ).message,
    ).toBe('Property error: : resources.a.properties: : Unknown Property foo');
    expect((await refusal(`${HEAD}resources:\n  a:\n    type: OS::Heat::Value\n`)).message).toBe(
      'Property error: : resources.a.properties: : Property value not assigned',
    );
    expect(
      (
        await refusal(
          `${HEAD}resources:\n  a:\n    type: OS::Heat::Value\n    properties:\n      value: {get_attr: [b, nope]}\n  b:\n    type: OS::Heat::Value\n    properties: {value: 1}\n`,
        )
      ).message,
    ).toBe(
      'resources.a.properties.value.get_attr: The Referenced Attribute (b nope) is incorrect.',
    );
  });

  it('property values of the wrong type', async () => {
    const res = (t: string) => refusal(`${HEAD}resources:\n${t}`).then((r) => r.message);
    expect(
      await res('  r:\n    type: OS::Heat::RandomString\n    properties: {length: abc}\n'),
    ).toBe("Property error: : resources.r.properties.length: : Value 'abc' is not an integer");
    expect(
      await res('  n:\n    type: OS::Neutron::Net\n    properties: {admin_state_up: maybe}\n'),
    ).toBe(
      'Property error: : resources.n.properties.admin_state_up: : "maybe" is not a valid boolean',
    );
    expect(
      await res(
        '  s:\n    type: OS::Nova::Server\n    properties: {flavor: m1.tiny, networks: abc}\n',
      ),
    ).toBe('Property error: : resources.s.properties.networks: : "\'abc\'" is not a list');
    expect(
      await res(
        '  r:\n    type: OS::Neutron::Router\n    properties: {external_gateway_info: abc}\n',
      ),
    ).toBe('Property error: : resources.r.properties.external_gateway_info: : "abc" is not a map');
    // A number given as a string is fine.
    expect(
      (
        await refusal(
          `${HEAD}resources:\n  r:\n    type: OS::Heat::RandomString\n    properties: {length: '12'}\n`,
        )
      ).status,
    ).toBe(200);
  });

  it('parameter values that break their constraints, and a missing one', async () => {
    const t = `${HEAD}parameters:
  n:
    type: number
    constraints:
      - range: {min: 1, max: 5}
  s:
    type: string
    default: a
    constraints:
      - allowed_values: [a, b]
  p:
    type: string
    default: abc
    constraints: [{length: {min: 3}}, {allowed_pattern: '[a-z]+'}]
  f:
    type: string
    default: m1.tiny
    constraints:
      - custom_constraint: nova.flavor
  k:
    type: string
    default: ''
resources: {}
`;
    expect((await refusal(t, { n: 9, k: 'x' })).message).toBe(
      "Parameter 'n' is invalid: 9 is out of range (min: 1, max: 5)",
    );
    expect((await refusal(t, { n: 'x', k: 'x' })).message).toBe(
      "Parameter 'n' is invalid: could not convert string to float: 'x'",
    );
    expect((await refusal(t, { n: 2, s: 'c' })).message).toBe(
      'Parameter \'s\' is invalid: "c" is not an allowed value ["a", "b"]',
    );
    expect((await refusal(t, { n: 2, p: 'ab' })).message).toBe(
      "Parameter 'p' is invalid: length (2) is out of range (min: 3, max: None)",
    );
    expect((await refusal(t, { n: 2, p: 'AB1' })).message).toBe(
      'Parameter \'p\' is invalid: "AB1" does not match pattern "[a-z]+"',
    );
    expect((await refusal(t, { n: 2, f: 'nof' })).message).toBe(
      "Parameter 'f' is invalid: Error validating value 'nof': No Flavor matching {'name': 'nof'}. (HTTP 404)",
    );
    expect(await refusal(t, {})).toMatchObject({
      type: 'UserParameterMissing',
      message: 'The Parameter (n) was not provided.',
    });
    const custom = `${HEAD}parameters:\n  i: {type: string, constraints: [{custom_constraint: glance.image}]}\n  k: {type: string, constraints: [{custom_constraint: nova.keypair}]}\n  net: {type: string, constraints: [{custom_constraint: neutron.network}]}\nresources: {}\n`;
    expect((await refusal(custom, { i: 'noimg', k: 'x', net: 'private' })).message).toBe(
      "Parameter 'i' is invalid: Error validating value 'noimg': No images matching {'name': 'noimg'}.",
    );
    const images = (await demo.service('image', 'GET', '/v2/images')).body.images as {
      name: string;
    }[];
    expect(
      (await refusal(custom, { i: images[0]!.name, k: 'nokey', net: 'private' })).message,
    ).toBe(
      "Parameter 'k' is invalid: Error validating value 'nokey': The Key (nokey) could not be found.",
    );
  });

  it('yaql, which this sandbox does not evaluate', async () => {
    const r = await refusal(
      `${HEAD}resources:\n  a:\n    type: OS::Heat::Value\n    properties:\n      value: {yaql: {expression: '1'}}\n`,
    );
    expect(r.status).toBe(400);
    expect(r.message).toContain('yaql');
  });

  it('a type a real Heat has but the sandbox does not make', async () => {
    const r = await refusal(`${HEAD}resources:\n  g:\n    type: OS::Heat::SoftwareConfig\n`);
    expect(r).toMatchObject({ status: 400, type: 'ResourceTypeUnavailable' });
    expect(r.message).toMatch(
      /^HEAT-E99001 Service sandbox is not available for resource type OS::Heat::SoftwareConfig/,
    );
  });
});

describe('intrinsic functions and conditions', () => {
  it('evaluates them into outputs', async () => {
    const template = `heat_template_version: wallaby
parameters:
  env: {type: string, default: prod}
  names: {type: comma_delimited_list, default: "a,b"}
  conf: {type: json, default: {x: 1}}
conditions:
  is_prod: {equals: [{get_param: env}, prod]}
  not_prod: {not: is_prod}
  both: {and: [is_prod, {or: [not_prod, true]}]}
resources:
  v:
    type: OS::Heat::Value
    properties:
      value: {list_join: ['-', {get_param: names}, [c]]}
  only_dev:
    type: OS::Heat::None
    condition: not_prod
outputs:
  joined: {value: {get_attr: [v, value]}}
  replaced: {value: {str_replace: {template: 'hi NAME', params: {NAME: {get_param: OS::stack_name}}}}}
  split: {value: {str_split: [',', 'x,y,z', 1]}}
  digest: {value: {digest: [sha256, abc]}}
  merged: {value: {map_merge: [{get_param: conf}, {y: 2}]}}
  repeated: {value: {repeat: {for_each: {'%n%': [1, 2]}, template: 'port-%n%'}}}
  chosen: {value: {if: [is_prod, big, small]}}
  both: {value: {if: [both, yes, no]}}
  file: {value: {get_file: 'hello.txt'}}
  join_old: {value: {join: ['', [a]]}}
`;
    const bad = await refusal(template);
    // `join` is not a HOT function: Heat does not know the key, so the output is the map itself.
    expect(bad.status).toBe(200);
    const { id, stack } = await createStack(demo, 'h1-fn', template, {
      files: { 'hello.txt': 'Hello!' },
    });
    const out = Object.fromEntries(
      (stack.outputs as Json[]).map((o) => [o.output_key, o.output_value]),
    );
    expect(out).toMatchObject({
      joined: 'a-b-c',
      replaced: 'hi h1-fn',
      split: 'y',
      digest: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
      merged: { x: 1, y: 2 },
      repeated: ['port-1', 'port-2'],
      chosen: 'big',
      both: 'yes',
      file: 'Hello!',
    });
    const resources = await demo.heat('GET', `/stacks/h1-fn/${id}/resources`);
    expect((resources.body.resources as Json[]).map((r) => r.resource_name)).toEqual(['v']);
    await deleteStack(demo, 'h1-fn', id);
  });

  it('refuses get_file without the file', async () => {
    const r = await refusal(
      `${HEAD}resources:\n  v:\n    type: OS::Heat::Value\n    properties:\n      value: {get_file: missing.sh}\n`,
    );
    expect(r.message).toContain(
      'No content found in the "files" section for get_file path: missing.sh',
    );
  });
});

describe('template versions and resource types', () => {
  it('lists the HOT versions with their aliases, and their functions', async () => {
    const res = await demo.heat('GET', '/template_versions');
    const versions = res.body.template_versions as Json[];
    expect(versions.map((v) => v.version)).toContain('heat_template_version.2013-05-23');
    expect(versions.find((v) => v.version === 'heat_template_version.2021-04-16')).toEqual({
      version: 'heat_template_version.2021-04-16',
      type: 'hot',
      aliases: ['heat_template_version.wallaby'],
    });
    const fns = await demo.heat(
      'GET',
      '/template_versions/heat_template_version.2015-04-30/functions',
    );
    const names = (fns.body.template_functions as Json[]).map((f) => f.functions);
    expect(names).toContain('repeat');
    expect(names).not.toContain('str_split');
    const cond = await demo.heat(
      'GET',
      '/template_versions/heat_template_version.2016-10-14/functions?with_condition_func=true',
    );
    expect((cond.body.template_functions as Json[]).map((f) => f.functions)).toEqual(
      expect.arrayContaining(['if', 'equals', 'not', 'and', 'or']),
    );
    const missing = await demo.heat(
      'GET',
      '/template_versions/heat_template_version.1999-01-01/functions',
    );
    expect(missing.status).toBe(404);
  });

  it('lists resource types by glob and shows a schema', async () => {
    const nova = await demo.heat('GET', '/resource_types?name=OS::Nova::*');
    expect(nova.body.resource_types).toEqual([
      'OS::Nova::KeyPair',
      'OS::Nova::Server',
      'OS::Nova::ServerGroup',
    ]);
    const res = await demo.heat('GET', '/resource_types/OS::Heat::Value');
    expect(res.body.properties.value).toMatchObject({ required: true, update_allowed: true });
    expect(res.body.attributes.value.description).toContain('The value generated');
    const none = await demo.heat('GET', '/resource_types/OS::Foo::Bar');
    expect(none.status).toBe(404);
    expect(heatMessage(none.body)).toBe('The Resource Type (OS::Foo::Bar) could not be found.');
  });
});
