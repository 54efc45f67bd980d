import {
  createServer,
  deleteServer,
  listServerDetails,
  listServerSummaries,
  showServer,
  updateServer,
} from './servers';
import type { ComputeCall } from './keypairs';
import type { SandboxResponse } from '../http/types';

// Nova's routes beyond os-keypairs, in api-ref order. Each handler gets a ComputeCall.

export type ComputeHandler = (call: ComputeCall) => SandboxResponse | Promise<SandboxResponse>;
type Add = (method: string, path: string, handler: ComputeHandler) => void;

export function addNovaRoutes(add: Add): void {
  add('GET', '/servers', listServerSummaries);
  add('POST', '/servers', createServer);
  add('GET', '/servers/detail', listServerDetails);
  add('GET', '/servers/{server_id}', showServer);
  add('PUT', '/servers/{server_id}', updateServer);
  add('DELETE', '/servers/{server_id}', deleteServer);
}
