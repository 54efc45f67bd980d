import { GroupDetail } from '@/components/groups/group-detail';
import { adminOnlyRefusal } from '@/components/shell/not-authorized';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Group Details' };

export default async function GroupDetailPage({ params }: { params: Promise<{ id: string }> }) {
  const refused = await adminOnlyRefusal('Identity');
  if (refused) return refused;
  const { id } = await params;
  return <GroupDetail id={decodeURIComponent(id)} />;
}
