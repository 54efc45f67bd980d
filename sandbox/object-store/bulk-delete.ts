import { Readable } from 'node:stream';
import { ownsAccount, denied, unquote, type SwiftCall } from './call';
import { removeContainer } from './containers';
import { SwiftError } from './errors';
import { removeObject } from './objects-write';
import { pyJson } from './py-json';
import { quote } from '../http/py-urlencode';
import { header, type SandboxResponse } from '../http/types';

// The bulk middleware's delete (POST /v1/<account>?bulk-delete): a text/plain body
// of URL-encoded /container/object or /container paths, one a line; the answer
// counts them, in JSON when asked, else as "Key: value" lines.

const MAX_DELETES = 10000;

interface BulkResult {
  'Response Status': string;
  'Response Body': string;
  'Number Deleted': number;
  'Number Not Found': number;
  Errors: [string, string][];
}

/** The middleware streams its answer (chunked, no Content-Length). */
function render(call: SwiftCall, result: BulkResult): SandboxResponse {
  const answer = text(call, result);
  return { ...answer, body: Readable.from([answer.body]) };
}

function text(call: SwiftCall, result: BulkResult): SandboxResponse & { body: Buffer } {
  const accept = (header(call.req, 'accept') ?? '').toLowerCase();
  if (accept.includes('application/json')) {
    return {
      status: 200,
      headers: { 'Content-Type': 'application/json' },
      body: Buffer.from(pyJson(result)),
    };
  }
  const { Errors, ...rest } = result;
  const lines = Object.keys(rest)
    .sort()
    .map((k) => `${k}: ${String(rest[k as keyof typeof rest])}\n`);
  const errors = Errors.map(([name, status]) => `${name}, ${status}\n`).join('');
  return {
    status: 200,
    headers: { 'Content-Type': 'text/plain' },
    body: Buffer.from(`${lines.join('')}Errors:\n${errors}`),
  };
}

async function deleteOne(call: SwiftCall, path: string): Promise<'deleted' | 'not-found' | string> {
  const slash = path.indexOf('/');
  const container = slash < 0 ? path : path.slice(0, slash);
  const object = slash < 0 ? '' : path.slice(slash + 1);
  if (!object) {
    try {
      return removeContainer(call, container) ? 'deleted' : 'not-found';
    } catch (err) {
      if (err instanceof SwiftError && err.status === 409) return '409 Conflict';
      throw err;
    }
  }
  return (await removeObject(call, container, object)) ? 'deleted' : 'not-found';
}

export async function bulkDelete(call: SwiftCall): Promise<SandboxResponse> {
  if (!ownsAccount(call)) throw denied(call);
  const result: BulkResult = {
    'Response Status': '200 OK',
    'Response Body': '',
    'Number Deleted': 0,
    'Number Not Found': 0,
    Errors: [],
  };
  // A form-encoded body is read as form fields before the middleware sees it.
  if ((header(call.req, 'content-type') ?? '').includes('application/x-www-form-urlencoded')) {
    return render(call, { ...result, 'Response Status': '406 Not Acceptable' });
  }
  const paths = call.req.body
    .toString('utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  if (paths.length > MAX_DELETES) {
    return render(call, {
      ...result,
      'Response Status': '413 Request Entity Too Large',
      'Response Body': `Maximum Bulk Deletes: ${MAX_DELETES} per request`,
    });
  }
  for (const raw of paths) {
    let sent: string;
    try {
      sent = unquote(raw);
    } catch {
      result.Errors.push([raw, '412 Precondition Failed']);
      continue;
    }
    const path = sent.replace(/^\/+/, '');
    const outcome = await deleteOne(call, path);
    if (outcome === 'deleted') result['Number Deleted'] += 1;
    else if (outcome === 'not-found') result['Number Not Found'] += 1;
    // Swift names a failure as the line was sent (re-quoted), with or without its leading slash.
    else result.Errors.push([quote(sent), outcome]);
  }
  if (result.Errors.length > 0) result['Response Status'] = '400 Bad Request';
  return render(call, result);
}
