'use client';
// The Subnets and Ports tabs (their tables, forms and Create Port) load with the
// network's page, not with the Networks list that shares the definition.
import dynamic from 'next/dynamic';

export const NetworkSubnetsTab = dynamic(
  () => import('./network-tabs').then((m) => m.NetworkSubnetsTab),
  { ssr: false },
);

export const NetworkPortsTab = dynamic(
  () => import('./network-tabs').then((m) => m.NetworkPortsTab),
  { ssr: false },
);
