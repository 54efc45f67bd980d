'use client';
// The source a launch preset names, fetched by id: it may be beyond the first
// page of its list, filtered out of it (not bootable, not available) or gone.
import useSWR from 'swr';
import type { Api } from '@/lib/openstack/api';
import { OpenStackError } from '@/lib/openstack/errors';
import type { Image } from '@/lib/openstack/image/glance-schemas';
import { SOURCE_LABELS, type SourceType } from '../instances-launch-context';
import { presetUnusable, type LaunchPreset } from '../launch-preset';

export type PresetItem =
  | { kind: 'image'; image: Image }
  | { kind: 'volume'; volume: { id: string; name?: string | null; size: number } };

export interface PresetSource {
  type?: SourceType;
  id?: string;
  item?: PresetItem;
  /** Shown in the Source step; the wizard refuses the preset's id while it stands. */
  problem?: string;
  loading: boolean;
}

async function fetchPreset(api: Api, type: SourceType, id: string): Promise<PresetSource> {
  const label = SOURCE_LABELS[type];
  try {
    if (type === 'image' || type === 'snapshot') {
      const image = await api.image.getImage(id);
      return {
        type,
        id,
        item: { kind: 'image', image },
        problem: presetUnusable(type, image),
        loading: false,
      };
    }
    const found =
      type === 'volume' ? await api.volume.getVolume(id) : await api.volume.getSnapshot(id);
    return {
      type,
      id,
      item: { kind: 'volume', volume: found },
      problem: presetUnusable(type, found),
      loading: false,
    };
  } catch (error) {
    const why =
      error instanceof OpenStackError && error.status === 404
        ? 'was not found (it may have been deleted, or belong to another project)'
        : `could not be loaded: ${(error as Error).message}`;
    return {
      type,
      id,
      problem: `${label} "${id}" from the link ${why}. Choose a source below.`,
      loading: false,
    };
  }
}

export function usePresetSource(
  api: Api,
  scopeKey: string,
  preset: LaunchPreset | null,
): PresetSource | undefined {
  const wanted = preset && 'type' in preset ? preset : null;
  const swr = useSWR(
    wanted ? `launch:${scopeKey}:preset:${wanted.type}:${wanted.id}` : null,
    () => fetchPreset(api, wanted!.type, wanted!.id),
    { revalidateOnFocus: false, shouldRetryOnError: false },
  );
  if (!preset) return undefined;
  if ('problem' in preset) return { problem: preset.problem, loading: false };
  return swr.data ?? { type: preset.type, id: preset.id, loading: true };
}
