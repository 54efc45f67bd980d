// The panels that exist, grouped as in Horizon's sidebar. Server-safe (no React):
// the shell reads it to list only panels whose service is in the catalog.
import type { ServiceTypeName } from '@/lib/openstack/catalog';

export type PanelGroup =
  | 'Compute'
  | 'Volumes'
  | 'Network'
  | 'Object Store'
  | 'Orchestration'
  | 'Container Infra'
  | 'Identity';

export interface Panel {
  id: string;
  title: string;
  path: string;
  service: ServiceTypeName;
  dashboard: 'Project' | 'Identity' | 'Admin';
  group: PanelGroup;
}

export const PANELS = {
  keypairs: {
    id: 'keypairs',
    title: 'Key Pairs',
    path: '/project/key_pairs',
    service: 'compute',
    dashboard: 'Project',
    group: 'Compute',
  },
} as const satisfies Record<string, Panel>;

export const PANEL_LIST: Panel[] = Object.values(PANELS);

export const GROUP_ORDER: PanelGroup[] = [
  'Compute',
  'Volumes',
  'Network',
  'Object Store',
  'Orchestration',
  'Container Infra',
  'Identity',
];
