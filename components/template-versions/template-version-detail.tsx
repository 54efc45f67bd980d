'use client';
import { ResourceDetail } from '@/components/resource/resource-detail';
import { templateVersions } from './template-versions';

export function TemplateVersionDetail({ id }: { id: string }) {
  return <ResourceDetail resource={templateVersions} id={id} />;
}
