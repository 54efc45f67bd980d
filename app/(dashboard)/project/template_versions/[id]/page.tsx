import { TemplateVersionDetail } from '@/components/template-versions/template-version-detail';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Template Version Details' };

export default async function TemplateVersionDetailPage({
  params,
}: {
  params: Promise<{ id: string }>;
}) {
  const { id } = await params;
  return <TemplateVersionDetail id={decodeURIComponent(id)} />;
}
