import type { NetworkViewer } from './policy';
import type { NetworkRegionState } from './schema';
import type { SandboxRequest } from '../http/types';

export interface NetworkCall {
  req: SandboxRequest;
  viewer: NetworkViewer;
  region: NetworkRegionState;
  now: number;
  changed(): void;
}
