'use client';
// The Launch Stack wizard (and the YAML editor it holds) loads with the first press of Launch Stack.
import dynamic from 'next/dynamic';

export const LaunchStackLazy = dynamic(() => import('./launch-stack').then((m) => m.LaunchStack), {
  ssr: false,
});
