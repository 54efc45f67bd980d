'use client';
// The detail page's Pool and Mapped Fixed IP Address, which need other calls.
import useSWR from 'swr';
import { useApi } from '@/lib/hooks/use-api';
import { useScopeKey } from '@/lib/hooks/use-dashboard-session';
import type { FloatingIp } from '@/lib/openstack/network/floating-ip-schemas';
import { instanceNames, mappedText, poolNames } from './floating-ip-targets';

export function PoolName({ fip }: { fip: FloatingIp }) {
  const api = useApi();
  const { data } = useSWR(['floating-ip-pools', useScopeKey()], () => poolNames(api));
  return <>{data?.[fip.floating_network_id] ?? fip.floating_network_id}</>;
}

export function MappedAddress({ fip }: { fip: FloatingIp }) {
  const api = useApi();
  const { data } = useSWR(['floating-ip-mapped', useScopeKey(), fip.id, fip.port_id], () =>
    instanceNames(api, [fip]),
  );
  return <>{mappedText(fip, data)}</>;
}
