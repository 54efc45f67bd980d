'use client';
import { ResourceDetail } from '@/components/resource/resource-detail';
import { projects } from './projects';

export function ProjectDetail({ id }: { id: string }) {
  return <ResourceDetail resource={projects} id={id} />;
}
