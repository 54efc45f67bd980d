import type { ContainerInfraRegionState } from './schema';
import type { SandboxRequest } from '../http/types';
import type { SandboxState } from '../state';

export interface MagnumViewer {
  projectId: string;
  userId: string;
  isAdmin: boolean;
}

/** What every Magnum controller receives: the request after auth, routing and negotiation. */
export interface MagnumCall {
  req: SandboxRequest;
  /** The negotiated microversion's minor number (container-infra 1.x). */
  minor: number;
  viewer: MagnumViewer;
  region: ContainerInfraRegionState;
  now: number;
  changed(): void;
  /** The whole cloud, for Glance (images), Nova (flavors, key pairs) and Neutron (networks). */
  state: SandboxState;
  regionId: string;
  /** How long a create takes; updates take half, a delete a quarter. */
  buildMs: number;
}
