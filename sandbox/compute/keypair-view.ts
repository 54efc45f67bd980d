import { novaTime } from '../time';
import { atLeast, type ApiVersion } from './microversion';
import type { KeypairRecord } from '../state';

// nova/api/openstack/compute/views/keypairs.py: which fields each microversion shows.

export function indexItem(k: KeypairRecord, v: ApiVersion): Record<string, unknown> {
  const item: Record<string, unknown> = {
    name: k.name,
    public_key: k.publicKey,
    fingerprint: k.fingerprint,
  };
  if (atLeast(v, '2.2')) item.type = k.type;
  return { keypair: item };
}

export function createBody(
  k: KeypairRecord,
  v: ApiVersion,
  privateKey: string | null,
): Record<string, unknown> {
  const item: Record<string, unknown> = {};
  if (privateKey !== null) item.private_key = privateKey;
  if (atLeast(v, '2.2')) item.type = k.type;
  Object.assign(item, {
    name: k.name,
    public_key: k.publicKey,
    fingerprint: k.fingerprint,
    user_id: k.userId,
  });
  return { keypair: item };
}

export function showBody(k: KeypairRecord, v: ApiVersion): Record<string, unknown> {
  const item: Record<string, unknown> = {
    name: k.name,
    public_key: k.publicKey,
    fingerprint: k.fingerprint,
    user_id: k.userId,
    created_at: novaTime(k.createdAt),
    deleted: false,
    deleted_at: null,
    id: k.id,
    updated_at: null,
  };
  if (atLeast(v, '2.2')) item.type = k.type;
  return { keypair: item };
}
