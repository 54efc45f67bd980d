'use client';
import { ResourceTable } from '@/components/resource/resource-table';
import type { InitialList } from '@/lib/resources/list-page';
import type { RowOf } from '@/lib/resources/types';
import { images } from './images';

export function ImagesTable({ initial }: { initial?: InitialList<RowOf<typeof images>> }) {
  return <ResourceTable resource={images} initial={initial} />;
}
