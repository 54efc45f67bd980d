import { floatingIps } from '@/components/floating-ips/floating-ips';
import { FloatingIpsTable } from '@/components/floating-ips/floating-ips-table';
import { ResourceListPage } from '@/components/resource/resource-list-page';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: floatingIps.panel.title };

export default function FloatingIpsPage() {
  return <ResourceListPage resource={floatingIps} table={FloatingIpsTable} />;
}
