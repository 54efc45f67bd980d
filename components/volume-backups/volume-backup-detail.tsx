'use client';
import { ResourceDetail } from '@/components/resource/resource-detail';
import { volumeBackups } from './volume-backups';

export function VolumeBackupDetail({ id }: { id: string }) {
  return <ResourceDetail resource={volumeBackups} id={id} />;
}
