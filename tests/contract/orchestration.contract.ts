// Heat calls (lib/openstack/orchestration/) against the target cloud: template
// versions and functions, resource types, validate, preview, and a stack's life
// cycle (create with real Neutron and Nova resources, events, outputs, update
// with preview, suspend/resume/check, delete), and refusals in Heat's words.
import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '@/lib/openstack/api';
import type { StackRef } from '@/lib/openstack/orchestration';
import { apiFor, isSandbox, session, unique } from './context';
import { failure } from './failure';

let api: Api;
const stacks: StackRef[] = [];

beforeAll(async () => {
  api = await apiFor(await session());
});

afterAll(async () => {
  await Promise.allSettled(stacks.map((s) => api.orchestration.deleteStack(s)));
});

async function waitFor(stack: StackRef, statuses: string[], ms = 120_000): Promise<string> {
  const deadline = Date.now() + ms;
  for (;;) {
    const { items } = await api.orchestration.listStacks({ filters: { id: stack.id } });
    const status = items[0]?.stack_status ?? 'GONE';
    if (statuses.includes(status)) return status;
    if (Date.now() > deadline) throw new Error(`${stack.name}: still ${status}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

const HEAD = 'heat_template_version: 2018-08-31\n';

function ed25519(): string {
  const raw = generateKeyPairSync('ed25519')
    .publicKey.export({ format: 'der', type: 'spki' })
    .subarray(-32);
  const part = (b: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(b.length);
    return Buffer.concat([len, b]);
  };
  return `ssh-ed25519 ${Buffer.concat([part(Buffer.from('ssh-ed25519')), part(raw)]).toString('base64')} contract@test`;
}
const PUBLIC_KEY = ed25519();

function stackTemplate(prefix: string, greeting: string): string {
  return `${HEAD}description: contract stack
parameters:
  greeting:
    type: string
    default: ${greeting}
    constraints:
      - allowed_values: [hello, bonjour]
  secret:
    type: string
    hidden: true
    default: s3cret
resources:
  word:
    type: OS::Heat::RandomString
    properties:
      length: 8
  net:
    type: OS::Neutron::Net
    properties:
      name: ${prefix}-net
  subnet:
    type: OS::Neutron::Subnet
    properties:
      network: {get_resource: net}
      cidr: 10.91.0.0/24
  key:
    type: OS::Nova::KeyPair
    properties:
      name: ${prefix}-key
      public_key: ${PUBLIC_KEY}
  note:
    type: OS::Heat::Value
    properties:
      value:
        str_replace:
          template: $g $w
          params: {$g: {get_param: greeting}, $w: {get_attr: [word, value]}}
outputs:
  note:
    description: the greeting
    value: {get_attr: [note, value]}
  cidr:
    value: {get_attr: [subnet, cidr]}
`;
}

describe('orchestration: templates and types', () => {
  it('lists the HOT template versions and their functions', async () => {
    const versions = await api.orchestration.listTemplateVersions();
    const hot = versions.filter((v) => v.type === 'hot').map((v) => v.version);
    expect(hot).toEqual(
      expect.arrayContaining([
        'heat_template_version.2013-05-23',
        'heat_template_version.2021-04-16',
      ]),
    );
    expect(versions.find((v) => v.version === 'heat_template_version.2021-04-16')?.aliases).toEqual(
      ['heat_template_version.wallaby'],
    );
    const fns = await api.orchestration.listTemplateFunctions('heat_template_version.2018-08-31');
    expect(fns.map((f) => f.functions)).toEqual(
      expect.arrayContaining([
        'get_param',
        'get_resource',
        'get_attr',
        'str_replace',
        'list_join',
        'repeat',
        'digest',
        'str_split',
        'map_merge',
        'if',
      ]),
    );
    const cond = await api.orchestration.listTemplateFunctions('heat_template_version.2018-08-31', {
      withConditionFunctions: true,
    });
    expect(cond.map((f) => f.functions)).toEqual(
      expect.arrayContaining(['equals', 'not', 'and', 'or']),
    );
  });

  it('lists resource types by name and shows a schema', async () => {
    const nova = await api.orchestration.listResourceTypes({ name: 'OS::Nova::Server' });
    // Heat matches the name as a regular expression from the start: ServerGroup too.
    expect(nova.map((t) => t.resource_type)).toContain('OS::Nova::Server');
    const value = await api.orchestration.getResourceType('OS::Heat::Value');
    expect(value.properties.value).toMatchObject({ required: true, update_allowed: true });
    expect(value.attributes.value?.description).toContain('The value generated');
    const skeleton = await api.orchestration.getResourceTypeTemplate('OS::Neutron::Net');
    expect(skeleton).toMatchObject({
      heat_template_version: '2016-10-14',
      description: 'Initial template of Net',
      resources: { Net: { type: 'OS::Neutron::Net', properties: { name: { get_param: 'name' } } } },
      outputs: {
        name: { value: { get_attr: ['Net', 'name'] } },
        'OS::stack_id': { value: { get_resource: 'Net' } },
      },
    });
    const missing = await failure(api.orchestration.getResourceType('OS::Foo::Bar'));
    expect(missing.status).toBe(404);
    expect(missing.message).toBe('The Resource Type (OS::Foo::Bar) could not be found.');
  });

  it('validates a template into its parameters and groups', async () => {
    const v = await api.orchestration.validateTemplate({
      template: `${HEAD}description: sized
parameter_groups:
  - label: Size
    parameters: [count]
parameters:
  count:
    type: number
    label: Count
    default: 2
    constraints:
      - range: {min: 1, max: 5}
  flavor:
    type: string
    constraints:
      - custom_constraint: nova.flavor
resources: {}
`,
    });
    expect(v.Description).toBe('sized');
    expect(v.Parameters.count).toMatchObject({
      Type: 'Number',
      Label: 'Count',
      Default: 2,
      MinValue: 1,
      MaxValue: 5,
      NoEcho: 'false',
    });
    expect(v.Parameters.flavor).toMatchObject({ Type: 'String', CustomConstraint: 'nova.flavor' });
    expect(v.ParameterGroups?.[0]).toMatchObject({ label: 'Size', parameters: ['count'] });
  });

  it("refuses bad templates in Heat's words", async () => {
    const unknownType = await failure(
      api.orchestration.previewStack({
        name: unique('h1'),
        template: `${HEAD}resources:\n  x:\n    type: OS::Foo::Bar\n`,
      }),
    );
    expect(unknownType.status).toBe(400);
    expect(unknownType.message).toBe('The Resource Type (OS::Foo::Bar) could not be found.');
    const reference = await failure(
      api.orchestration.validateTemplate({
        template: `${HEAD}resources:\n  a:\n    type: OS::Heat::Value\n    properties:\n      value: {get_resource: nope}\n`,
      }),
    );
    expect(reference.message).toBe(
      'The specified reference "nope" (in a.Properties.value) is incorrect.',
    );
    const param = await failure(
      api.orchestration.previewStack({
        name: unique('h1'),
        template: `${HEAD}parameters:\n  n:\n    type: number\n    constraints:\n      - range: {min: 1, max: 5}\nresources: {}\n`,
        parameters: { n: 9 },
      }),
    );
    expect(param.message).toBe("Parameter 'n' is invalid: 9 is out of range (min: 1, max: 5)");
    const yaml = await failure(
      api.orchestration.validateTemplate({ template: `${HEAD}resources:\n  a: [\n` }),
    );
    expect(yaml.status).toBe(400);
    expect(yaml.message).toMatch(
      /^Template not in valid format: Error parsing template \[root stack\] /,
    );
    const property = await failure(
      api.orchestration.previewStack({
        name: unique('h1'),
        template: `${HEAD}resources:\n  a:\n    type: OS::Heat::Value\n    properties: {foo: 1, value: 1}\n`,
      }),
    );
    expect(property.message).toBe(
      'Property error: : resources.a.properties: : Unknown Property foo',
    );
    // Zed's Nova (2.92) no longer makes a key pair's keys: Heat asks for public_key when
    // the stack is made, though validate passes the template.
    const keyPair = `${HEAD}resources:\n  k:\n    type: OS::Nova::KeyPair\n    properties: {name: nokey}\n`;
    await api.orchestration.validateTemplate({ template: keyPair });
    const noKey = await failure(
      api.orchestration.previewStack({ name: unique('h1'), template: keyPair }),
    );
    expect(noKey.status).toBe(400);
    expect(noKey.message).toBe(
      'The public_key property is required by the nova API version currently used.',
    );
  });

  it('refuses a circular depends_on (the devcloud with a 500: see KNOWN-DIFFERENCES)', async () => {
    const circular = await failure(
      api.orchestration.previewStack({
        name: unique('h1'),
        template: `${HEAD}resources:\n  a:\n    type: OS::Heat::None\n    depends_on: b\n  b:\n    type: OS::Heat::None\n    depends_on: a\n`,
      }),
    );
    if (isSandbox()) {
      expect(circular.status).toBe(400);
      expect(circular.message).toBe('Circular Dependency Found: a -> b -> a');
    } else {
      expect(circular.status).toBe(500);
    }
  });
});

describe('orchestration: a stack life cycle', () => {
  const prefix = unique('h1');
  let stack: StackRef;

  it('previews, then creates a stack that makes real resources', async () => {
    const preview = await api.orchestration.previewStack({
      name: prefix,
      template: stackTemplate(prefix, 'hello'),
    });
    expect(preview.stack_name).toBe(prefix);
    const names = preview.resources.map((r) => (Array.isArray(r) ? '' : r.resource_name)).sort();
    expect(names).toEqual(['key', 'net', 'note', 'subnet', 'word']);

    stack = await api.orchestration.createStack({
      name: prefix,
      template: stackTemplate(prefix, 'hello'),
    });
    stacks.push(stack);
    expect(await waitFor(stack, ['CREATE_COMPLETE', 'CREATE_FAILED'])).toBe('CREATE_COMPLETE');
    const shown = await api.orchestration.getStack(stack);
    expect(shown.stack_status_reason).toBe('Stack CREATE completed successfully');
    expect(shown.parameters).toMatchObject({
      greeting: 'hello',
      secret: '******',
      'OS::stack_name': prefix,
    });
    const outputs = Object.fromEntries(
      (shown.outputs ?? []).map((o) => [o.output_key, o.output_value]),
    );
    expect(outputs.note).toMatch(/^hello [A-Za-z0-9]{8}$/);
    expect(outputs.cidr).toBe('10.91.0.0/24');
    expect(await api.orchestration.findStack(prefix)).toEqual(stack);

    // The network is real: Neutron lists it under the stack's resource id.
    const net = await api.orchestration.getStackResource(stack, 'net');
    expect(net.resource_status).toBe('CREATE_COMPLETE');
    const network = await api.network.getNetwork(net.physical_resource_id ?? '');
    expect(network.name).toBe(`${prefix}-net`);
  });

  it('lists resources, events (paged, newest first), outputs and the template', async () => {
    const resources = await api.orchestration.listStackResources(stack);
    expect(resources.map((r) => r.resource_name).sort()).toEqual([
      'key',
      'net',
      'note',
      'subnet',
      'word',
    ]);
    expect(resources.find((r) => r.resource_name === 'net')?.required_by).toEqual(['subnet']);

    const all = await api.orchestration.listStackEvents(stack, { sortDir: 'asc' });
    // Without sort_dir Heat answers newest first.
    const byDefault = await api.orchestration.listStackEvents(stack);
    expect(byDefault.items.map((e) => e.id)).toEqual(all.items.map((e) => e.id).reverse());
    expect(all.items[0]).toMatchObject({
      resource_name: prefix,
      resource_status: 'CREATE_IN_PROGRESS',
      resource_status_reason: 'Stack CREATE started',
    });
    expect(all.items.at(-1)).toMatchObject({
      resource_name: prefix,
      resource_status: 'CREATE_COMPLETE',
    });
    const page = await api.orchestration.listStackEvents(stack, { limit: 3, sortDir: 'desc' });
    expect(page.items.map((e) => e.id)).toEqual(
      all.items
        .slice(-3)
        .reverse()
        .map((e) => e.id),
    );
    expect(page.next).toBe(page.items[2]?.id);
    const next = await api.orchestration.listStackEvents(stack, {
      limit: 3,
      sortDir: 'desc',
      marker: page.next,
    });
    expect(next.items[0]?.id).toBe(all.items.at(-4)?.id);
    const perResource = await api.orchestration.listResourceEvents(stack, 'subnet', {
      sortDir: 'asc',
    });
    expect(perResource.items.map((e) => e.resource_status)).toEqual([
      'CREATE_IN_PROGRESS',
      'CREATE_COMPLETE',
    ]);

    const outputs = await api.orchestration.listStackOutputs(stack);
    expect(outputs.map((o) => o.output_key).sort()).toEqual(['cidr', 'note']);
    const note = await api.orchestration.getStackOutput(stack, 'note');
    expect(note.description).toBe('the greeting');
    const template = await api.orchestration.getStackTemplate(stack);
    expect(Object.keys(template.resources as object).sort()).toEqual([
      'key',
      'net',
      'note',
      'subnet',
      'word',
    ]);
  });

  it('previews an update, then PATCHes only the parameter', async () => {
    const changes = await api.orchestration.previewStackUpdate(
      stack,
      { parameters: { greeting: 'bonjour' } },
      'patch',
    );
    expect(changes.updated.map((r) => r.resource_name)).toEqual(['note']);
    expect(changes.added).toEqual([]);
    expect(changes.deleted).toEqual([]);
    // The devcloud's preview also lists the subnet (whose network is a get_resource) as
    // replaced, though the update then keeps it: see KNOWN-DIFFERENCES.
    const replaced = changes.replaced.map((r) => r.resource_name);
    expect(replaced).toEqual(isSandbox() ? [] : ['subnet']);
    expect([...changes.unchanged.map((r) => r.resource_name), ...replaced].sort()).toEqual([
      'key',
      'net',
      'subnet',
      'word',
    ]);

    const bad = await failure(
      api.orchestration.updateStack(stack, { parameters: { greeting: 'hola' } }, 'patch'),
    );
    expect(bad.message).toBe(
      'Parameter \'greeting\' is invalid: "hola" is not an allowed value ["hello", "bonjour"]',
    );

    const netBefore = (await api.orchestration.getStackResource(stack, 'net')).physical_resource_id;
    await api.orchestration.updateStack(stack, { parameters: { greeting: 'bonjour' } }, 'patch');
    expect(await waitFor(stack, ['UPDATE_COMPLETE', 'UPDATE_FAILED'])).toBe('UPDATE_COMPLETE');
    const shown = await api.orchestration.getStack(stack);
    const note = shown.outputs?.find((o) => o.output_key === 'note');
    expect(note?.output_value).toMatch(/^bonjour [A-Za-z0-9]{8}$/);
    expect((await api.orchestration.getStackResource(stack, 'net')).physical_resource_id).toBe(
      netBefore,
    );
  });

  it('suspends, resumes and checks', async () => {
    await api.orchestration.stackAction(stack, 'suspend');
    expect(await waitFor(stack, ['SUSPEND_COMPLETE', 'SUSPEND_FAILED'])).toBe('SUSPEND_COMPLETE');
    await api.orchestration.stackAction(stack, 'resume');
    expect(await waitFor(stack, ['RESUME_COMPLETE', 'RESUME_FAILED'])).toBe('RESUME_COMPLETE');
    await api.orchestration.stackAction(stack, 'check');
    expect(await waitFor(stack, ['CHECK_COMPLETE', 'CHECK_FAILED'])).toBe('CHECK_COMPLETE');
  });

  it('pages the stack list and deletes the stack with its resources', async () => {
    const first = await api.orchestration.listStacks({ limit: 1 });
    expect(first.items).toHaveLength(1);
    expect(first.next).toBe(first.items[0]?.id);
    const netId =
      (await api.orchestration.getStackResource(stack, 'net')).physical_resource_id ?? '';
    await api.orchestration.deleteStack(stack);
    expect(await waitFor(stack, ['GONE', 'DELETE_COMPLETE', 'DELETE_FAILED'])).not.toBe(
      'DELETE_FAILED',
    );
    const gone = await failure(api.network.getNetwork(netId));
    expect(gone.status).toBe(404);
    const missing = await failure(api.orchestration.findStack(prefix));
    expect(missing.status).toBe(404);
  });
});
