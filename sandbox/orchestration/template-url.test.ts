import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HeatError } from './errors';
import { fetchTemplate, MAX_TEMPLATE_BYTES, withTemplateUrl } from './template-url';
import type { HeatCall } from './call';
import type { AddressInfo } from 'node:net';

const TEMPLATE = 'heat_template_version: 2018-08-31\nresources: {}\n';
let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/t.yaml') res.end(TEMPLATE);
    else if (req.url === '/big.yaml') res.end('#'.repeat(MAX_TEMPLATE_BYTES + 1));
    else {
      res.statusCode = 404;
      res.end('nope');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(HeatError);
  expect((error as HeatError).status).toBe(400);
  return (error as HeatError).message;
}

describe('fetchTemplate', () => {
  it('reads the template at the URL', async () => {
    expect(await fetchTemplate(`${base}/t.yaml`)).toBe(TEMPLATE);
  });

  it("refuses, in Heat's words, a missing file, another scheme, a template too big", async () => {
    expect(await refusal(fetchTemplate(`${base}/missing.yaml`))).toMatch(
      /^Could not retrieve template: Failed to retrieve template: 404 /,
    );
    expect(await refusal(fetchTemplate('ftp://example.org/t.yaml'))).toBe(
      'Could not retrieve template: Invalid URL scheme ftp',
    );
    expect(await refusal(fetchTemplate(`${base}/big.yaml`))).toMatch(
      /exceeds maximum allowed size/,
    );
  });
});

describe('withTemplateUrl', () => {
  const call = (body: unknown) =>
    ({ req: { body: Buffer.from(JSON.stringify(body)) } }) as unknown as HeatCall;
  const echo = (c: HeatCall) => ({
    status: 200,
    body: JSON.parse(c.req.body.toString()) as unknown,
  });

  it('puts the fetched template in the body in place of the URL', async () => {
    const answer = await withTemplateUrl(echo)(
      call({ stack_name: 's', template_url: `${base}/t.yaml` }),
    );
    expect(answer.body).toEqual({ stack_name: 's', template: TEMPLATE });
  });

  it('leaves a body with a template alone', async () => {
    const body = { stack_name: 's', template: 'x', template_url: `${base}/missing.yaml` };
    expect((await withTemplateUrl(echo)(call(body))).body).toEqual(body);
  });
});
