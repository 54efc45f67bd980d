// Cells the network panels show the same way: Yes/No, UP/DOWN, Neutron's
// states as Horizon words them, lists one per line.
import { StatusBadge } from '@/components/ui/status-badge';
import type { Panel } from '@/lib/panels';
import { PANELS } from '@/lib/panels';
import type { ReactNode } from 'react';

export const yesNo = (value: boolean | undefined): string => (value ? 'Yes' : 'No');

export const adminState = (up: boolean): string => (up ? 'UP' : 'DOWN');

const STATUS_LABELS: Record<string, string> = {
  ACTIVE: 'Active',
  DOWN: 'Down',
  BUILD: 'Build',
  ERROR: 'Error',
};

/** A port is DOWN until something binds it: that is quiet, not an error. */
export function NeutronStatus({ status }: { status: string }) {
  return (
    <StatusBadge
      status={status}
      label={STATUS_LABELS[status] ?? status}
      tone={status === 'DOWN' ? 'idle' : undefined}
    />
  );
}

export function Lines({ items, mono = false }: { items: ReactNode[]; mono?: boolean }) {
  if (items.length === 0) return <>-</>;
  return (
    <span className={`flex flex-col ${mono ? 'font-mono text-xs' : ''}`}>
      {items.map((item, i) => (
        <span key={i}>{item}</span>
      ))}
    </span>
  );
}

/** The network a subnet or port belongs to, as the registry entry its pages use. */
export function insideNetwork(kind: 'subnets' | 'ports', networkId: string, title: string): Panel {
  return {
    ...PANELS.networks,
    id: `${kind}:${networkId}`,
    title,
    path: `/project/networks/${kind}`,
  };
}
