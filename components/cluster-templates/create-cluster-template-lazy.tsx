'use client';
// The wizard loads with the first press of Create Cluster Template.
import dynamic from 'next/dynamic';

export const CreateClusterTemplateLazy = dynamic(
  () => import('./create-cluster-template').then((m) => m.CreateClusterTemplate),
  { ssr: false },
);
