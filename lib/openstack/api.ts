// One object with every service's calls, over either transport.
import { computeApi } from './compute';
import { containerInfraApi } from './container-infra';
import { identityApi } from './identity/keystone-browser';
import { imageApi } from './image/glance';
import { networkApi } from './network/neutron';
import { objectStoreApi } from './object-store';
import { orchestrationApi } from './orchestration';
import { placementApi } from './placement';
import { volumeApi } from './volume/cinder';
import type { Transport } from './http';

export function createApi(transport: Transport) {
  return {
    compute: computeApi(transport),
    containerInfra: containerInfraApi(transport),
    identity: identityApi(transport),
    image: imageApi(transport),
    network: networkApi(transport),
    objectStore: objectStoreApi(transport),
    orchestration: orchestrationApi(transport),
    placement: placementApi(transport),
    volume: volumeApi(transport),
  };
}

export type Api = ReturnType<typeof createApi>;
