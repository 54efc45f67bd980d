// The refusal an admin-only page shows a member, server-side and before any call to
// the cloud (the cloud would answer its own 403). Admin layout and Identity pages.
import { PageHeader } from '@/components/shell/page-header';
import { Alert } from '@/components/ui/alert';
import { requireSession } from '@/lib/session';
import type { ReactNode } from 'react';

/** The "Not authorized" page when the session lacks the admin role, else null. */
export async function adminOnlyRefusal(area: string): Promise<ReactNode | null> {
  const token = await requireSession();
  if (token.roles.includes('admin')) return null;
  return (
    <>
      <PageHeader title="Not authorized" crumbs={[{ label: area }]} />
      <Alert tone="error" title="You are not authorized to view this page.">
        This page needs the admin role in the current project ({token.project.name}). Switch to a
        project where you are an admin, or ask your cloud administrator.
      </Alert>
    </>
  );
}
