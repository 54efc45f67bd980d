import { badRequest } from './errors';
import type { MagnumCall } from './call';

/** The request's JSON body; Magnum answers a body it cannot read with a 400. */
export function jsonBody(call: MagnumCall): unknown {
  const text = call.req.body.toString('utf8');
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw badRequest(
      'The server could not comply with the request since it is either malformed or otherwise incorrect.',
    );
  }
}

export function jsonObject(call: MagnumCall): Record<string, unknown> {
  const body = jsonBody(call);
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw badRequest(
      'The server could not comply with the request since it is either malformed or otherwise incorrect.',
    );
  }
  return body as Record<string, unknown>;
}
