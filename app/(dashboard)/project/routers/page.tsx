import { ResourceListPage } from '@/components/resource/resource-list-page';
import { routers } from '@/components/routers/routers';
import { RoutersTable } from '@/components/routers/routers-table';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: routers.panel.title };

export default function RoutersPage() {
  return <ResourceListPage resource={routers} table={RoutersTable} />;
}
