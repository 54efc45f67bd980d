'use client';
import { ResourceDetail } from '@/components/resource/resource-detail';
import { users } from './users';

export function UserDetail({ id }: { id: string }) {
  return <ResourceDetail resource={users} id={id} />;
}
