'use client';
// The service types the session's region offers (from the catalog, read on the
// server), so pages skip calls to services the cloud does not have.
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { ServiceTypeName } from '@/lib/openstack/catalog';

const CloudServices = createContext<ReadonlySet<ServiceTypeName> | null>(null);

export function CloudServicesProvider({
  services,
  children,
}: {
  services: ServiceTypeName[];
  children: ReactNode;
}) {
  const set = useMemo(() => new Set(services), [services]);
  return <CloudServices.Provider value={set}>{children}</CloudServices.Provider>;
}

/** Whether the cloud has `service` here; without a provider (tests), assume it does. */
export function useHasService(service: ServiceTypeName): boolean {
  const services = useContext(CloudServices);
  return services ? services.has(service) : true;
}

/** A check of several services at once; without a provider (tests), every service is there. */
export function useServiceCheck(): (service: ServiceTypeName) => boolean {
  const services = useContext(CloudServices);
  return (service) => (services ? services.has(service) : true);
}
