'use client';
// The Subnets and Ports tabs of a network: a whole table each, with its own
// create action, row actions and cache.
import { useMemo } from 'react';
import { ResourceTable } from '@/components/resource/resource-table';
import { portsOf } from './ports/ports';
import { subnetsOf } from './subnets/subnets';

interface Props {
  network: { id: string; name: string };
}

export function NetworkSubnetsTab({ network }: Props) {
  const resource = useMemo(
    () => subnetsOf({ id: network.id, name: network.name }),
    [network.id, network.name],
  );
  return <ResourceTable resource={resource} />;
}

export function NetworkPortsTab({ network }: Props) {
  const resource = useMemo(
    () => portsOf({ id: network.id, name: network.name }),
    [network.id, network.name],
  );
  return <ResourceTable resource={resource} />;
}
