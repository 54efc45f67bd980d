// How a router's states read in the table and the detail page, in Horizon's words.
import { StatusBadge } from '@/components/ui/status-badge';

const STATUS_LABELS: Record<string, string> = {
  ACTIVE: 'Active',
  DOWN: 'Down',
  BUILD: 'Build',
  ERROR: 'Error',
  ALLOCATING: 'Allocating',
};

export const statusLabel = (status: string) => STATUS_LABELS[status] ?? status;

export function RouterStatus({ status }: { status: string }) {
  // No L3 agent has to mean nothing is wrong: a DOWN port or router reads calm, not red.
  return (
    <StatusBadge
      status={status}
      label={statusLabel(status)}
      tone={status === 'DOWN' ? 'idle' : undefined}
    />
  );
}

export const adminStateLabel = (up: boolean) => (up ? 'UP' : 'DOWN');

const PORT_TYPES: Record<string, string> = {
  'network:router_interface': 'Internal Interface',
  'network:router_interface_distributed': 'Distributed Interface',
  'network:ha_router_replicated_interface': 'HA Interface',
  'network:router_centralized_snat': 'Centralized SNAT Interface',
  'network:router_gateway': 'External Gateway',
};

export const portTypeLabel = (owner: string) => PORT_TYPES[owner] ?? owner;
