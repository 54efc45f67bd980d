import type { ApiVersion } from './microversion';
import type { Timings } from './server-states';
import type { ServiceCaller } from '../auth/keystone-middleware';
import type { SandboxRequest } from '../http/types';
import type { ComputeRegionState, SandboxState } from '../state';

/** What every Nova controller receives: the request after auth, routing and negotiation. */
export interface ComputeCall {
  req: SandboxRequest;
  version: ApiVersion;
  caller: ServiceCaller;
  region: ComputeRegionState;
  /** The project id segment of /v2.1/{project_id}/..., when the client used one. */
  urlProjectId: string | null;
  now: number;
  changed(): void;
  /** The whole cloud, for the bridges to the image and network services. */
  state: SandboxState;
  regionId: string;
  timings: Timings;
}
