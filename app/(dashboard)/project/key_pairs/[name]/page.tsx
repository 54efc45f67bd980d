import { KeypairDetail } from '@/components/keypairs/keypair-detail';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Key Pair Details' };

export default async function KeyPairDetailPage({ params }: { params: Promise<{ name: string }> }) {
  const { name } = await params;
  return <KeypairDetail name={decodeURIComponent(name)} />;
}
