// One object with every service's calls, over either transport.
import type { Transport } from './http';
import { computeApi } from './nova';

export function createApi(transport: Transport) {
  return {
    compute: computeApi(transport),
  };
}

export type Api = ReturnType<typeof createApi>;
