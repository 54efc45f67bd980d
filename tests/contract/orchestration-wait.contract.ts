// OS::Heat::WaitCondition with its OS::Heat::WaitConditionHandle on the target
// cloud: the stack stays CREATE_IN_PROGRESS until the handle's endpoint got the
// SUCCESS signals (POSTed as a server's user_data would, with the handle's
// token from curl_cli), then goes on; a FAILURE signal and the timeout fail it
// in Heat's words; a wrong token is 401; a delete while it waits cancels it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '@/lib/openstack/api';
import type { StackRef } from '@/lib/openstack/orchestration';
import { apiFor, session, unique } from './context';

let api: Api;
const made: StackRef[] = [];

beforeAll(async () => {
  api = await apiFor(await session());
});

afterAll(async () => {
  for (const ref of made) await api.orchestration.deleteStack(ref).catch(() => undefined);
  for (const ref of made) await waitFor(ref, ['GONE', 'DELETE_FAILED']).catch(() => undefined);
});

const template = (timeout: number, count = 1) => `heat_template_version: 2018-08-31
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
`;

async function waitFor(ref: StackRef, statuses: string[], ms = 120_000): Promise<string> {
  const deadline = Date.now() + ms;
  for (;;) {
    const { items } = await api.orchestration.listStacks({ filters: { id: ref.id } });
    const status = items[0]?.stack_status ?? 'GONE';
    if (statuses.includes(status)) return status;
    if (Date.now() > deadline) throw new Error(`${ref.name}: still ${status}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function create(prefix: string, timeout: number, count = 1): Promise<StackRef> {
  const ref = await api.orchestration.createStack({
    name: unique(prefix),
    template: template(timeout, count),
  });
  made.push(ref);
  return ref;
}

async function resourceStatus(ref: StackRef, name: string): Promise<string | undefined> {
  const rows = await api.orchestration.listStackResources(ref);
  return rows.find((r) => r.resource_name === name)?.resource_status;
}

/** Waits until the wait condition waits; the handle's endpoint and token, read from curl_cli. */
async function waiting(ref: StackRef): Promise<{ endpoint: string; token: string }> {
  const deadline = Date.now() + 120_000;
  while ((await resourceStatus(ref, 'wait')) !== 'CREATE_IN_PROGRESS') {
    if (Date.now() > deadline) throw new Error(`${ref.name}: the wait condition never started`);
    await new Promise((r) => setTimeout(r, 500));
  }
  const handle = await api.orchestration.getStackResource(ref, 'handle');
  const curl = String(handle.attributes?.curl_cli);
  const m =
    /^curl -i -X POST -H 'X-Auth-Token: (\S+)' -H 'Content-Type: application\/json' -H 'Accept: application\/json' (\S+)$/.exec(
      curl,
    );
  expect(m, curl).not.toBeNull();
  const [, token, endpoint] = m!;
  expect(handle.attributes?.token).toBe(token);
  expect(handle.attributes?.endpoint).toBe(endpoint);
  // On the devcloud the project in the URL is the stack's user project, not the caller's.
  expect(endpoint).toMatch(
    new RegExp(`/v1/[0-9a-f]+/stacks/${ref.name}/${ref.id}/resources/handle/signal$`),
  );
  return { endpoint: endpoint!, token: token! };
}

async function signal(endpoint: string, token: string, body?: unknown) {
  const r = await fetch(endpoint, {
    method: 'POST',
    headers: {
      'X-Auth-Token': token,
      'Content-Type': 'application/json',
      Accept: 'application/json',
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: r.status, text: await r.text() };
}

async function outputData(ref: StackRef): Promise<unknown> {
  const shown = await api.orchestration.getStack(ref);
  return shown.outputs?.find((o) => o.output_key === 'data')?.output_value;
}

async function until(what: string, test: () => Promise<boolean>, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await test())) {
    if (Date.now() > deadline) throw new Error(`never: ${what}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

describe('orchestration: wait conditions', () => {
  it('waits for count SUCCESS signals on the handle, then goes on', async () => {
    const ref = await create('wait2', 300, 2);
    const { endpoint, token } = await waiting(ref);
    expect((await api.orchestration.getStack(ref)).stack_status).toBe('CREATE_IN_PROGRESS');

    const bad = await signal(endpoint, 'gAAAAA-not-a-token', { status: 'SUCCESS' });
    expect(bad.status).toBe(401);

    expect(
      await signal(endpoint, token, { status: 'SUCCESS', reason: 'first', data: 'one' }),
    ).toEqual({ status: 200, text: 'null' });
    await until('the first signal counted', async () => (await outputData(ref)) === '{"1": "one"}');
    expect((await api.orchestration.getStack(ref)).stack_status).toBe('CREATE_IN_PROGRESS');
    expect(await resourceStatus(ref, 'after')).not.toBe('CREATE_COMPLETE');

    // An empty body counts as a SUCCESS.
    expect((await signal(endpoint, token)).status).toBe(200);
    expect(await waitFor(ref, ['CREATE_COMPLETE', 'CREATE_FAILED'])).toBe('CREATE_COMPLETE');
    expect(await outputData(ref)).toBe('{"1": "one", "2": null}');
    expect(await resourceStatus(ref, 'after')).toBe('CREATE_COMPLETE');

    const { items } = await api.orchestration.listStackEvents(ref, { sortDir: 'asc' });
    const lines = items.map(
      (e) => `${e.resource_name} ${e.resource_status} ${e.resource_status_reason ?? ''}`,
    );
    const at = (line: string) => {
      const i = lines.indexOf(line);
      expect(i, `${line} in ${lines.join('\n')}`).toBeGreaterThanOrEqual(0);
      return i;
    };
    const first = at('handle SIGNAL_COMPLETE Signal: status:SUCCESS reason:first');
    const second = at('handle SIGNAL_COMPLETE Signal: status:SUCCESS reason:Signal 2 received');
    const done = at('wait CREATE_COMPLETE state changed');
    const after = at('after CREATE_IN_PROGRESS state changed');
    expect(at('wait CREATE_IN_PROGRESS state changed')).toBeLessThan(first);
    expect(first).toBeLessThan(second);
    expect(second).toBeLessThan(done);
    expect(done).toBeLessThan(after);
  });

  it('fails on a FAILURE signal with its reason, and on the timeout', async () => {
    const failing = await create('waitf', 300);
    const late = await create('waitt', 2);
    const { endpoint, token } = await waiting(failing);
    expect((await signal(endpoint, token, { status: 'FAILURE', reason: 'disk full' })).status).toBe(
      200,
    );
    expect(await waitFor(failing, ['CREATE_COMPLETE', 'CREATE_FAILED'])).toBe('CREATE_FAILED');
    expect((await api.orchestration.getStack(failing)).stack_status_reason).toBe(
      'Resource CREATE failed: WaitConditionFailure: resources.wait: disk full',
    );
    expect(await waitFor(late, ['CREATE_COMPLETE', 'CREATE_FAILED'])).toBe('CREATE_FAILED');
    expect((await api.orchestration.getStack(late)).stack_status_reason).toBe(
      'Resource CREATE failed: WaitConditionTimeout: resources.wait: 0 of 1 received',
    );
    const wait = await api.orchestration.getStackResource(late, 'wait');
    expect(wait.resource_status_reason).toBe(
      'WaitConditionTimeout: resources.wait: 0 of 1 received',
    );
  });

  it('deletes a stack while it waits, and its handle token stops working', async () => {
    const ref = await create('waitd', 600);
    const { endpoint, token } = await waiting(ref);
    const started = Date.now();
    await api.orchestration.deleteStack(ref);
    expect(await waitFor(ref, ['GONE', 'DELETE_COMPLETE', 'DELETE_FAILED'])).not.toBe(
      'DELETE_FAILED',
    );
    // Far sooner than the wait condition's 600 s.
    expect(Date.now() - started).toBeLessThan(120_000);
    expect((await signal(endpoint, token)).status).toBe(401);
  });
});
