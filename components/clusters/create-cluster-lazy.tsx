'use client';
// The wizard loads with the first press of Create Cluster (or a template's link).
import dynamic from 'next/dynamic';

export const CreateClusterLazy = dynamic(
  () => import('./create-cluster').then((m) => m.CreateCluster),
  { ssr: false },
);
