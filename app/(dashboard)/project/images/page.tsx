import { images } from '@/components/images/images';
import { ImagesTable } from '@/components/images/images-table';
import { ResourceListPage } from '@/components/resource/resource-list-page';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: images.panel.title };

export default function ImagesPage() {
  return <ResourceListPage resource={images} table={ImagesTable} />;
}
