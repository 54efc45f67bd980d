import { adminOnlyRefusal } from '@/components/shell/not-authorized';
import { UserDetail } from '@/components/users/user-detail';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'User Details' };

export default async function UserDetailPage({ params }: { params: Promise<{ id: string }> }) {
  const refused = await adminOnlyRefusal('Identity');
  if (refused) return refused;
  const { id } = await params;
  return <UserDetail id={decodeURIComponent(id)} />;
}
