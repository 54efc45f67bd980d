'use client';
// The wizard's code (and the dialog under it) loads when Create Network is first
// pressed, so the Networks list does not carry it on first load.
import dynamic from 'next/dynamic';

export const CreateNetworkLazy = dynamic(
  () => import('./create-network').then((m) => m.CreateNetwork),
  { ssr: false },
);
