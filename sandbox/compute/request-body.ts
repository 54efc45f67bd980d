import { badRequest, NovaFault } from './faults';
import { parseJson } from '../http/body';
import { header, type SandboxRequest } from '../http/types';

const SUPPORTED = ['application/json', 'application/vnd.openstack.compute+json'];

/** Nova's content-type gate: 415 for a type it cannot read (text/plain counts as none). */
export function checkContentType(req: SandboxRequest): void {
  const raw = header(req, 'content-type');
  if (raw === undefined) return;
  const type = raw.split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === '' || type === 'text/plain' || SUPPORTED.includes(type)) return;
  throw new NovaFault(415, 'Unsupported Content-Type');
}

/** The JSON body of a POST/PUT, null when empty (Nova then validates None). */
export function requestJson(req: SandboxRequest): unknown {
  if (req.body.length === 0) return null;
  const parsed = parseJson(req.body);
  if (!parsed.ok) throw badRequest('Malformed request body');
  return parsed.value;
}
