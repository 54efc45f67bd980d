import { adminImages } from '@/components/images/admin-images';
import { AdminImagesTable } from '@/components/images/admin-images-table';
import { ResourceListPage } from '@/components/resource/resource-list-page';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: adminImages.panel.title };

export default function AdminImagesPage() {
  return <ResourceListPage resource={adminImages} table={AdminImagesTable} />;
}
