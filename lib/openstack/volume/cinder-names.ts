// Names of the project's volumes or volume snapshots by id, for list lookups that
// name them (the Snapshots and Backups panels). Runs on the server too (prefetch).
import type { Api } from '../api';

export type CinderKind = 'volume' | 'snapshot';

/** id → name (the id when unnamed). */
export async function cinderNames(api: Api, kind: CinderKind): Promise<Record<string, string>> {
  const items =
    kind === 'volume' ? await api.volume.listVolumes() : await api.volume.listVolumeSnapshots();
  return Object.fromEntries(items.map((item) => [item.id, item.name || item.id]));
}
