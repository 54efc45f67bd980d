// One object with every service's calls, over either transport.
import { computeApi } from './nova';
import type { Transport } from './http';

export function createApi(transport: Transport) {
  return {
    compute: computeApi(transport),
  };
}

export type Api = ReturnType<typeof createApi>;
