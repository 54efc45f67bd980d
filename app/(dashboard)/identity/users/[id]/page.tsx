import { UserDetail } from '@/components/users/user-detail';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'User Details' };

export default async function UserDetailPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <UserDetail id={decodeURIComponent(id)} />;
}
