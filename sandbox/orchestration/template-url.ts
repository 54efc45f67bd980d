// A request's `template_url`, fetched as Heat's API does (heat.common.urlfetch)
// before the template is read: only http and https, at most
// max_template_size bytes, and Heat's words when it cannot: "Could not
// retrieve template: Failed to retrieve template: …". The fetched text then
// stands in the body as `template`, so the controllers read one source.
import { HeatError } from './errors';
import { parseJsonObject } from '../http/body';
import type { HeatCall } from './call';
import type { SandboxResponse } from '../http/types';

/** Heat's max_template_size default. */
export const MAX_TEMPLATE_BYTES = 524_288;
const FETCH_TIMEOUT_MS = 10_000;

const refuse = (reason: string) =>
  new HeatError(400, 'HTTPBadRequest', `Could not retrieve template: ${reason}`);

export async function fetchTemplate(url: string, fetcher: typeof fetch = fetch): Promise<string> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw refuse(`Invalid URL scheme ${url.split(':')[0] ?? ''}`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    throw refuse(`Invalid URL scheme ${parsed.protocol.replace(/:$/, '')}`);
  let answer: Response;
  try {
    answer = await fetcher(parsed, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
  } catch (error) {
    throw refuse(`Failed to retrieve template: ${(error as Error).message}`);
  }
  if (!answer.ok)
    throw refuse(
      `Failed to retrieve template: ${answer.status} ${answer.statusText || 'Error'} for url: ${url}`,
    );
  const bytes = new Uint8Array(await answer.arrayBuffer());
  if (bytes.byteLength > MAX_TEMPLATE_BYTES)
    throw refuse(
      `Failed to retrieve template: Template exceeds maximum allowed size (${MAX_TEMPLATE_BYTES} bytes)`,
    );
  return new TextDecoder().decode(bytes);
}

/** Wraps a controller whose body may name a template_url instead of a template. */
export function withTemplateUrl(
  handler: (call: HeatCall) => SandboxResponse | Promise<SandboxResponse>,
  fetcher?: typeof fetch,
): (call: HeatCall) => Promise<SandboxResponse> {
  return async (call) => {
    const b = parseJsonObject(call.req.body);
    if (!b || b.template !== undefined || typeof b.template_url !== 'string') return handler(call);
    const template = await fetchTemplate(b.template_url, fetcher);
    const rest = Object.fromEntries(Object.entries(b).filter(([k]) => k !== 'template_url'));
    const req = { ...call.req, body: Buffer.from(JSON.stringify({ ...rest, template })) };
    return handler({ ...call, req });
  };
}
