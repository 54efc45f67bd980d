'use client';
// The wizard's code (and the dialog under it) loads when Launch Instance is first
// pressed, so the Instances list does not carry it on first load.
import dynamic from 'next/dynamic';

export const LaunchInstanceLazy = dynamic(
  () => import('./launch-instance').then((m) => m.LaunchInstance),
  { ssr: false },
);
