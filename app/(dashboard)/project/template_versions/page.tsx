import { ResourceListPage } from '@/components/resource/resource-list-page';
import { templateVersions } from '@/components/template-versions/template-versions';
import { TemplateVersionsTable } from '@/components/template-versions/template-versions-table';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: templateVersions.panel.title };

export default function TemplateVersionsPage() {
  return <ResourceListPage resource={templateVersions} table={TemplateVersionsTable} />;
}
