// One object with every service's calls, over either transport.
import { volumeApi } from './cinder';
import { imageApi } from './glance';
import { identityApi } from './keystone-browser';
import { networkApi } from './neutron';
import { computeApi } from './nova';
import type { Transport } from './http';

export function createApi(transport: Transport) {
  return {
    compute: computeApi(transport),
    identity: identityApi(transport),
    image: imageApi(transport),
    network: networkApi(transport),
    volume: volumeApi(transport),
  };
}

export type Api = ReturnType<typeof createApi>;
