import { keypairs } from '@/components/keypairs/keypairs';
import { KeypairsTable } from '@/components/keypairs/keypairs-table';
import { ResourceListPage } from '@/components/resource/resource-list-page';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: keypairs.panel.title };

export default function KeyPairsPage() {
  return <ResourceListPage resource={keypairs} table={KeypairsTable} />;
}
