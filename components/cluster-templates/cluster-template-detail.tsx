'use client';
import { ResourceDetail } from '@/components/resource/resource-detail';
import { clusterTemplates } from './cluster-templates';

export function ClusterTemplateDetail({ id }: { id: string }) {
  return <ResourceDetail resource={clusterTemplates} id={id} />;
}
