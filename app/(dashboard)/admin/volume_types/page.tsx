import { ResourceListPage } from '@/components/resource/resource-list-page';
import { volumeTypes } from '@/components/volume-types/volume-types';
import { VolumeTypesTable } from '@/components/volume-types/volume-types-table';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: volumeTypes.panel.title };

export default function VolumeTypesPage() {
  return <ResourceListPage resource={volumeTypes} table={VolumeTypesTable} />;
}
