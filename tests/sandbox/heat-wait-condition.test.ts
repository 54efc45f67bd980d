import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createStack,
  deleteStack,
  heatClient,
  heatMessage,
  heatSandbox,
  waitStack,
  type HeatClient,
} from './heat-helpers';
import { UNAUTHORIZED, type Json } from './helpers';
import type { RunningSandbox } from '../../sandbox/server';

// OS::Heat::WaitCondition and OS::Heat::WaitConditionHandle over HTTP, as the
// devcloud's Heat does them: the stack stays CREATE_IN_PROGRESS until the
// handle's endpoint got `count` SUCCESS signals with the handle's token (curl_cli
// is what a server's user_data would run); a FAILURE signal or the timeout fails
// it in Heat's words; a wrong token is 401; a delete while waiting cancels.

let sandbox: RunningSandbox;
let demo: HeatClient;

beforeAll(async () => {
  sandbox = await heatSandbox();
  demo = await heatClient(sandbox, 'demo');
});
afterAll(async () => {
  await sandbox.close();
});

const waitTemplate = (timeout: number, count = 1) => `heat_template_version: 2018-08-31
resources:
  handle:
    type: OS::Heat::WaitConditionHandle
  wait:
    type: OS::Heat::WaitCondition
    properties:
      handle: {get_resource: handle}
      timeout: ${timeout}
      count: ${count}
  after:
    type: OS::Heat::Value
    depends_on: wait
    properties:
      value: done
outputs:
  data:
    value: {get_attr: [wait, data]}
  curl_cli:
    value: {get_attr: [handle, curl_cli]}
  wait_ref:
    value: {get_resource: wait}
`;

async function start(name: string, template: string): Promise<string> {
  const created = await demo.heat('POST', '/stacks', { stack_name: name, template });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body.stack.id as string;
}

async function resource(name: string, id: string, res: string): Promise<Json> {
  const r = await demo.heat('GET', `/stacks/${name}/${id}/resources/${res}`);
  return r.body.resource as Json;
}

/** Waits until the wait condition is waiting; answers the handle's endpoint and token from curl_cli. */
async function waiting(name: string, id: string): Promise<{ endpoint: string; token: string }> {
  const deadline = Date.now() + 10_000;
  while ((await resource(name, id, 'wait'))?.resource_status !== 'CREATE_IN_PROGRESS') {
    if (Date.now() > deadline) throw new Error(`${name}: the wait condition never started`);
    await new Promise((r) => setTimeout(r, 20));
  }
  const curl = String((await resource(name, id, 'handle')).attributes.curl_cli);
  const m =
    /^curl -i -X POST -H 'X-Auth-Token: (\S+)' -H 'Content-Type: application\/json' -H 'Accept: application\/json' (\S+)$/.exec(
      curl,
    );
  expect(m, curl).not.toBeNull();
  return { token: m![1]!, endpoint: m![2]! };
}

async function signal(
  endpoint: string,
  token: string,
  body?: unknown,
): Promise<{ status: number; text: string }> {
  const r = await fetch(endpoint, {
    method: 'POST',
    headers: { 'X-Auth-Token': token, 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: r.status, text: await r.text() };
}

const output = (stack: Json, key: string) =>
  (stack.outputs as Json[]).find((o) => o.output_key === key)?.output_value;

describe('Heat: wait conditions', () => {
  it('lists both types with their schemas', async () => {
    const list = await demo.heat('GET', '/resource_types?name=OS::Heat::Wait');
    expect(list.body.resource_types).toEqual([
      'OS::Heat::WaitCondition',
      'OS::Heat::WaitConditionHandle',
    ]);
    const wait = (await demo.heat('GET', '/resource_types/OS::Heat::WaitCondition')).body;
    expect(wait.properties.handle).toMatchObject({ type: 'string', required: true });
    expect(wait.properties.timeout).toMatchObject({
      type: 'number',
      required: true,
      constraints: [{ range: { min: 1, max: 43200 } }],
    });
    expect(wait.properties.count).toMatchObject({ type: 'integer', default: 1, required: false });
    expect(Object.keys(wait.attributes).sort()).toEqual(['data', 'show']);
    const handle = (await demo.heat('GET', '/resource_types/OS::Heat::WaitConditionHandle')).body;
    expect(handle.properties.signal_transport).toMatchObject({
      default: 'TOKEN_SIGNAL',
      required: false,
    });
    expect(Object.keys(handle.attributes).sort()).toEqual([
      'curl_cli',
      'endpoint',
      'show',
      'signal',
      'token',
    ]);
  });

  it('stays CREATE_IN_PROGRESS until count signals came, then goes on', async () => {
    const id = await start('wc-two', waitTemplate(60, 2));
    const { endpoint, token } = await waiting('wc-two', id);
    expect(endpoint).toBe(
      `${sandbox.endpoints.RegionOne!.orchestration!.replace('$(project_id)s', demo.projectId)}/stacks/wc-two/${id}/resources/handle/signal`,
    );
    expect(
      await signal(endpoint, token, {
        status: 'SUCCESS',
        reason: 'web up',
        data: 'één',
        id: 'web-1',
      }),
    ).toEqual({
      status: 200,
      text: 'null',
    });
    const half = (await demo.heat('GET', `/stacks/wc-two/${id}`)).body.stack;
    expect(half.stack_status).toBe('CREATE_IN_PROGRESS');
    expect(output(half, 'data')).toBe('{"web-1": "\\u00e9\\u00e9n"}');
    expect((await resource('wc-two', id, 'after')) ?? null).toBeNull();
    // An empty body is a SUCCESS too.
    expect((await signal(endpoint, token)).status).toBe(200);
    const done = await waitStack(demo, 'wc-two', id, ['CREATE_COMPLETE', 'CREATE_FAILED']);
    expect(done.stack_status).toBe('CREATE_COMPLETE');
    expect(output(done, 'data')).toBe('{"web-1": "\\u00e9\\u00e9n", "2": null}');
    expect(JSON.parse(String(output(done, 'data')))).toEqual({ 'web-1': 'één', '2': null });
    expect(output(done, 'wait_ref')).toBe('wait');
    expect((await resource('wc-two', id, 'after')).resource_status).toBe('CREATE_COMPLETE');
    const events = (await demo.heat('GET', `/stacks/wc-two/${id}/events?sort_dir=asc`)).body
      .events as Json[];
    expect(
      events.map((e) => `${e.resource_name} ${e.resource_status} ${e.resource_status_reason}`),
    ).toEqual([
      'wc-two CREATE_IN_PROGRESS Stack CREATE started',
      'handle CREATE_IN_PROGRESS state changed',
      'handle CREATE_COMPLETE state changed',
      'wait CREATE_IN_PROGRESS state changed',
      'handle SIGNAL_COMPLETE Signal: status:SUCCESS reason:web up',
      'handle SIGNAL_COMPLETE Signal: status:SUCCESS reason:Signal 2 received',
      'wait CREATE_COMPLETE state changed',
      'after CREATE_IN_PROGRESS state changed',
      'after CREATE_COMPLETE state changed',
      'wc-two CREATE_COMPLETE Stack CREATE completed successfully',
    ]);
    await deleteStack(demo, 'wc-two', id);
    // The handle's token goes with its stack.
    expect((await signal(endpoint, token)).status).toBe(401);
  });

  it('fails on a FAILURE signal with its reason', async () => {
    const id = await start('wc-fail', waitTemplate(60, 2));
    const { endpoint, token } = await waiting('wc-fail', id);
    expect((await signal(endpoint, token, { status: 'FAILURE', reason: 'disk full' })).status).toBe(
      200,
    );
    const failed = await waitStack(demo, 'wc-fail', id, ['CREATE_COMPLETE', 'CREATE_FAILED']);
    expect(failed.stack_status).toBe('CREATE_FAILED');
    expect(failed.stack_status_reason).toBe(
      'Resource CREATE failed: WaitConditionFailure: resources.wait: disk full',
    );
    expect((await resource('wc-fail', id, 'wait')).resource_status_reason).toBe(
      'WaitConditionFailure: resources.wait: disk full',
    );
    await deleteStack(demo, 'wc-fail', id);
  });

  it('fails when the timeout passes, in Heat words', async () => {
    const id = await start('wc-late', waitTemplate(1));
    await waiting('wc-late', id);
    const failed = await waitStack(demo, 'wc-late', id, ['CREATE_COMPLETE', 'CREATE_FAILED']);
    expect(failed.stack_status).toBe('CREATE_FAILED');
    expect(failed.stack_status_reason).toBe(
      'Resource CREATE failed: WaitConditionTimeout: resources.wait: 0 of 1 received',
    );
    expect((await resource('wc-late', id, 'after')) ?? null).toBeNull();
    await deleteStack(demo, 'wc-late', id);
  });

  it("refuses any token but the handle's own (401), and takes a user's signal on the resource URL", async () => {
    const id = await start('wc-auth', waitTemplate(60, 2));
    const { endpoint, token } = await waiting('wc-auth', id);
    const other = await start('wc-other', waitTemplate(60));
    const theirs = await waiting('wc-other', other);
    for (const bad of ['gAAAAA-not-a-token', theirs.token, '']) {
      const r = await fetch(endpoint, { method: 'POST', headers: { 'X-Auth-Token': bad } });
      expect(r.status).toBe(401);
      expect(await r.json()).toEqual(UNAUTHORIZED);
    }
    // The handle's token signals; it reads nothing else.
    const read = await fetch(endpoint.replace(/\/resources\/.*$/, ''), {
      headers: { 'X-Auth-Token': token },
    });
    expect(read.status).toBe(401);
    // A user of the project signals with their own token.
    const path = `/stacks/wc-auth/${id}/resources/handle/signal`;
    const byHand = await demo.heat('POST', path, { data: 'by hand' });
    expect(byHand.status).toBe(200);
    expect(byHand.body).toBeNull();
    const value = await demo.heat('POST', `/stacks/wc-auth/${id}/resources/wait/signal`, {});
    expect(value.status).toBe(400);
    expect(value.body.error.type).toBe('ResourceActionNotSupported');
    expect(heatMessage(value.body)).toBe('signal is not supported for resource.');
    const missing = await demo.heat('POST', `/stacks/wc-auth/${id}/resources/nope/signal`, {});
    expect(missing.status).toBe(404);
    expect(heatMessage(missing.body)).toBe(
      'The Resource (nope) could not be found in Stack wc-auth.',
    );
    // An unknown status is taken (200) and ignored.
    expect((await signal(endpoint, token, { status: 'MAYBE' })).status).toBe(200);
    expect((await resource('wc-auth', id, 'wait')).attributes.data).toBe('{"1": "by hand"}');
    expect((await signal(endpoint, token, { data: 'by curl' })).status).toBe(200);
    const done = await waitStack(demo, 'wc-auth', id, ['CREATE_COMPLETE', 'CREATE_FAILED']);
    expect(output(done, 'data')).toBe('{"1": "by hand", "2": "by curl"}');
    await deleteStack(demo, 'wc-auth', id);
    await deleteStack(demo, 'wc-other', other);
  });

  it('checks the properties as Heat does when the stack is made', async () => {
    const zero = await demo.heat('POST', '/stacks', {
      stack_name: 'wc-zero',
      template: waitTemplate(0),
    });
    expect(zero.status).toBe(400);
    expect(heatMessage(zero.body)).toBe(
      'Property error: : resources.wait.properties.timeout: : 0 is out of range (min: 1, max: 43200)',
    );
    const none = await demo.heat('POST', '/stacks', {
      stack_name: 'wc-none',
      template: waitTemplate(10, 0),
    });
    expect(heatMessage(none.body)).toBe(
      'Property error: : resources.wait.properties.count: : 0 is out of range (min: 1, max: None)',
    );
    const bogus = await demo.heat('POST', '/stacks', {
      stack_name: 'wc-bogus',
      template: waitTemplate(10).replace(
        'type: OS::Heat::WaitConditionHandle',
        'type: OS::Heat::WaitConditionHandle\n    properties:\n      signal_transport: BOGUS',
      ),
    });
    expect(bogus.body.error.type).toBe('StackValidationFailed');
    expect(heatMessage(bogus.body)).toBe(
      'Property error: : resources.handle.properties.signal_transport: : "BOGUS" is not an allowed value ["CFN_SIGNAL", "TEMP_URL_SIGNAL", "HEAT_SIGNAL", "NO_SIGNAL", "ZAQAR_SIGNAL", "TOKEN_SIGNAL"]',
    );
    // A handle that is not one fails the wait condition when it starts.
    const id = await start(
      'wc-notahandle',
      waitTemplate(10)
        .replace('{get_resource: handle}', '{get_resource: after}')
        .replace(/\n {4}depends_on: wait/, ''),
    );
    const failed = await waitStack(demo, 'wc-notahandle', id, ['CREATE_COMPLETE', 'CREATE_FAILED']);
    expect(failed.stack_status_reason).toBe(
      'Resource CREATE failed: ValueError: resources.wait: after is not a valid wait condition handle.',
    );
    await deleteStack(demo, 'wc-notahandle', id);
  });

  it('deletes a stack while it waits: the wait stops and everything goes', async () => {
    const id = await start('wc-gone', waitTemplate(600));
    const { endpoint, token } = await waiting('wc-gone', id);
    const started = Date.now();
    expect((await demo.heat('DELETE', `/stacks/wc-gone/${id}`)).status).toBe(204);
    const now = (await demo.heat('GET', `/stacks/wc-gone/${id}`)).body.stack;
    if (now) expect(now.stack_status).toBe('DELETE_IN_PROGRESS');
    await waitStack(demo, 'wc-gone', id, ['GONE'], 5000);
    expect(Date.now() - started).toBeLessThan(5000);
    expect((await signal(endpoint, token)).status).toBe(401);
    // The name is free again; a handle that takes no signal lets its wait condition through.
    const again = await createStack(
      demo,
      'wc-gone',
      waitTemplate(60).replace(
        'type: OS::Heat::WaitConditionHandle',
        'type: OS::Heat::WaitConditionHandle\n    properties:\n      signal_transport: NO_SIGNAL',
      ),
    );
    expect(output(again.stack, 'data')).toBe('{"1": null}');
    expect(output(again.stack, 'curl_cli')).toBeNull();
    await deleteStack(demo, 'wc-gone', again.id);
  });
});
