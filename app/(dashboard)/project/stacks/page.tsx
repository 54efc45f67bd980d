import { ResourceListPage } from '@/components/resource/resource-list-page';
import { stacks } from '@/components/stacks/stacks';
import { StacksTable } from '@/components/stacks/stacks-table';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: stacks.panel.title };

export default function StacksPage() {
  return <ResourceListPage resource={stacks} table={StacksTable} />;
}
