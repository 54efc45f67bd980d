'use client';
import { InsideNetworkDetail } from '../inside-network-detail';
import { subnetsOf } from './subnets';

export function SubnetDetail({ id }: { id: string }) {
  return (
    <InsideNetworkDetail
      kind="subnets"
      id={id}
      networkOf={async (api, subnetId) => (await api.network.getSubnet(subnetId)).network_id}
      definition={subnetsOf}
    />
  );
}
