'use client';
import { InsideNetworkDetail } from '../inside-network-detail';
import { portsOf } from './ports';

export function PortDetail({ id }: { id: string }) {
  return (
    <InsideNetworkDetail
      kind="ports"
      id={id}
      networkOf={async (api, portId) => (await api.network.getPort(portId)).network_id}
      definition={portsOf}
    />
  );
}
