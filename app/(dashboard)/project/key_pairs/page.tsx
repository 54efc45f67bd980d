import { keypairs } from '@/components/keypairs/keypairs';
import { KeypairsTable } from '@/components/keypairs/keypairs-table';
import { ListPage } from '@/components/resource/list-page';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: keypairs.panel.title };

export default function KeyPairsPage() {
  return <ListPage resource={keypairs} table={KeypairsTable} />;
}
