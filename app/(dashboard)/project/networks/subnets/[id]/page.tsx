import { SubnetDetail } from '@/components/networks/subnets/subnet-detail';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Subnet Details' };

export default async function SubnetDetailPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <SubnetDetail id={decodeURIComponent(id)} />;
}
