// Object storage (Swift v1) calls, by api-ref section. The catalog endpoint
// already ends in /v1/AUTH_{project_id}: "/" is the account.
import { accountApi } from './account';
import { containersApi } from './containers';
import { objectsApi } from './objects';
import type { Transport } from '../http';

export function objectStoreApi(t: Transport) {
  return {
    ...accountApi(t),
    ...containersApi(t),
    ...objectsApi(t),
  };
}

export type ObjectStoreApi = ReturnType<typeof objectStoreApi>;
