// A panel's page header, its title and breadcrumbs read from the panel registry.
import { isOwnGroup, type Panel } from '@/lib/panels';
import { PageHeader } from './page-header';
import type { ReactNode } from 'react';

export function PanelHeader({ panel, children }: { panel: Panel; children?: ReactNode }) {
  return (
    <PageHeader
      title={panel.title}
      crumbs={[
        { label: panel.dashboard },
        ...(isOwnGroup([panel]) ? [] : [{ label: panel.group }]),
        { label: panel.title },
      ]}
    >
      {children}
    </PageHeader>
  );
}
