// Compute (Nova) calls, by api-ref section.
import { flavorsApi } from './flavors';
import { hypervisorsApi } from './hypervisors';
import { keypairsApi } from './keypairs';
import { quotasApi } from './quotas';
import { serverGroupsApi } from './server-groups';
import { serversApi } from './servers';
import { usagesApi } from './usages';
import { volumeAttachmentsApi } from './volume-attachments';
import type { Transport } from '../http';

export function computeApi(t: Transport) {
  return {
    ...keypairsApi(t),
    ...serversApi(t),
    ...flavorsApi(t),
    ...serverGroupsApi(t),
    ...quotasApi(t),
    ...volumeAttachmentsApi(t),
    ...usagesApi(t),
    ...hypervisorsApi(t),
  };
}

export type ComputeApi = ReturnType<typeof computeApi>;
