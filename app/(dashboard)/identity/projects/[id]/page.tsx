import { ProjectDetail } from '@/components/projects/project-detail';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Project Details' };

export default async function ProjectDetailPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <ProjectDetail id={decodeURIComponent(id)} />;
}
