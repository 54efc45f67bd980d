'use client';
// The Interfaces and Static Routes tabs: tables of their own inside the detail page.
import { useMemo } from 'react';
import { ResourceTable } from '@/components/resource/resource-table';
import type { Router } from '@/lib/openstack/network/router-schemas';
import { interfacesOf } from './router-interfaces';
import { staticRoutesOf } from './router-routes';

export function RouterInterfaces({ router }: { router: Router }) {
  // A new definition (and cache key) when the router changed: an interface added
  // from the page's header shows at once.
  const resource = useMemo(() => interfacesOf(router), [router]);
  return <ResourceTable resource={resource} />;
}

export function RouterStaticRoutes({ router }: { router: Router }) {
  const resource = useMemo(() => staticRoutesOf(router), [router]);
  return <ResourceTable resource={resource} />;
}
