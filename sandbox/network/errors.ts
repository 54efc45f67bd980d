import type { SandboxResponse } from '../http/types';

// Neutron's fault body: {"NeutronError": {"type", "message", "detail"}}, with the
// exception class name as type and neutron-lib's message texts.

export class NeutronError extends Error {
  constructor(
    public readonly status: number,
    public readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

export function neutronErrorResponse(err: NeutronError): SandboxResponse {
  return {
    status: err.status,
    body: { NeutronError: { type: err.type, message: err.message, detail: '' } },
  };
}

export const httpBadRequest = (message: string) => new NeutronError(400, 'HTTPBadRequest', message);
export const invalidInput = (message: string) =>
  new NeutronError(400, 'InvalidInput', `Invalid input for operation: ${message}.`);
export const badRequest = (resource: string, message: string) =>
  new NeutronError(400, 'BadRequest', `Bad ${resource} request: ${message}.`);
export const httpNotFound = () =>
  new NeutronError(404, 'HTTPNotFound', 'The resource could not be found.');
export const methodNotAllowed = () =>
  new NeutronError(
    405,
    'HTTPMethodNotAllowed',
    'The server could not comply with the request since it is either malformed or otherwise incorrect.',
  );
export const policyNotAuthorized = (rule: string) =>
  new NeutronError(403, 'PolicyNotAuthorized', `rule:${rule} is disallowed by policy`);
export const adminRequired = (reason: string) =>
  new NeutronError(403, 'AdminRequired', `User does not have admin privileges: ${reason}.`);
export const overQuota = (resources: string[]) =>
  new NeutronError(
    409,
    'OverQuota',
    `Quota exceeded for resources: [${resources.map((r) => `'${r}'`).join(', ')}].`,
  );

/** Each resource's NotFound exception (neutron-lib and neutron.extensions). */
export const NOT_FOUND: Record<string, (id: string) => NeutronError> = {
  network: (id) => new NeutronError(404, 'NetworkNotFound', `Network ${id} could not be found.`),
  subnet: (id) => new NeutronError(404, 'SubnetNotFound', `Subnet ${id} could not be found.`),
  port: (id) => new NeutronError(404, 'PortNotFound', `Port ${id} could not be found.`),
  security_group: (id) =>
    new NeutronError(404, 'SecurityGroupNotFound', `Security group ${id} does not exist`),
  security_group_rule: (id) =>
    new NeutronError(404, 'SecurityGroupRuleNotFound', `Security group rule ${id} does not exist`),
  router: (id) => new NeutronError(404, 'RouterNotFound', `Router ${id} could not be found`),
  floatingip: (id) =>
    new NeutronError(404, 'FloatingIPNotFound', `Floating IP ${id} could not be found`),
};

export function notFound(resource: string, id: string): NeutronError {
  return NOT_FOUND[resource]?.(id) ?? httpNotFound();
}
