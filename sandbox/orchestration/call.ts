import type { EngineDeps } from './engine';
import type { OrchestrationRegionState } from './schema';
import type { SandboxRequest } from '../http/types';
import type { SandboxState } from '../state';

export interface HeatViewer {
  projectId: string;
  userId: string;
  userName: string;
  isAdmin: boolean;
}

/** What every Heat controller receives. */
export interface HeatCall {
  req: SandboxRequest;
  viewer: HeatViewer;
  /** The caller's token: the engine acts with it on the other services, as Heat does. */
  token: string;
  region: OrchestrationRegionState;
  state: SandboxState;
  regionId: string;
  now: number;
  changed(): void;
  engine: EngineDeps;
}
