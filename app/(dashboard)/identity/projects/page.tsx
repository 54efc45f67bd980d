import { projects } from '@/components/projects/projects';
import { ProjectsTable } from '@/components/projects/projects-table';
import { ResourceListPage } from '@/components/resource/resource-list-page';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: projects.panel.title };

export default function ProjectsPage() {
  return <ResourceListPage resource={projects} table={ProjectsTable} />;
}
