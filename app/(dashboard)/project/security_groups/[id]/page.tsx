import { SecurityGroupRulesPage } from '@/components/security-groups/security-group-rules-page';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Manage Security Group Rules' };

export default async function ManageRulesPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <SecurityGroupRulesPage id={decodeURIComponent(id)} />;
}
