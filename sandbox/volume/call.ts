import type { CinderVersion } from './microversion';
import type { VolumeRegionState } from './schema';
import type { SandboxRequest } from '../http/types';
import type { SandboxState } from '../state';

export interface VolumeViewer {
  projectId: string;
  userId: string;
  isAdmin: boolean;
}

/** What every Cinder controller receives: the request after auth, routing and negotiation. */
export interface VolumeCall {
  req: SandboxRequest;
  version: CinderVersion;
  viewer: VolumeViewer;
  region: VolumeRegionState;
  now: number;
  changed(): void;
  /** The whole cloud, for Glance (images) and Nova (servers). */
  state: SandboxState;
  regionId: string;
  /** How long a create, extend, backup… takes. */
  stepMs: number;
}
