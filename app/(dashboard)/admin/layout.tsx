// Admin panels: a second check behind the hidden sidebar entries. A member who
// types the URL gets a plain refusal; the APIs would refuse them anyway.
import { PageHeader } from '@/components/shell/page-header';
import { Alert } from '@/components/ui/alert';
import { requireSession } from '@/lib/session';
import type { ReactNode } from 'react';

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const token = await requireSession();
  if (token.roles.includes('admin')) return children;
  return (
    <>
      <PageHeader title="Not authorized" crumbs={[{ label: 'Admin' }]} />
      <Alert tone="error" title="You are not authorized to view this page.">
        The Admin panels need the admin role in the current project ({token.project.name}). Switch
        to a project where you are an admin, or ask your cloud administrator.
      </Alert>
    </>
  );
}
