// A launch preset from the Instances URL, `?launch=<source_type>:<id>`: what the
// Images, Volumes and Snapshots panels link to, so the wizard opens with that
// source chosen.
import { LAUNCH_PARAM, type LaunchLinkSource } from '@/lib/launch-link';
import { SOURCE_LABELS, SOURCE_TYPES, type SourceType } from './instances-launch-context';

export { LAUNCH_PARAM, launchHref } from '@/lib/launch-link';

// The link's source types are the wizard's: this fails to compile when they part.
const _sameSources: [LaunchLinkSource, SourceType] extends [SourceType, LaunchLinkSource]
  ? true
  : never = true;

export type LaunchPreset = { type: SourceType; id: string } | { problem: string };

export function parseLaunchPreset(value: string | null | undefined): LaunchPreset | null {
  if (value === null || value === undefined) return null;
  const colon = value.indexOf(':');
  const type = colon < 0 ? value : value.slice(0, colon);
  const id = colon < 0 ? '' : value.slice(colon + 1).trim();
  const known = SOURCE_TYPES.find((t) => t === type);
  if (!known) {
    return {
      problem: `The link asks for a boot source of type "${type}", which is not one of ${SOURCE_TYPES.join(', ')}. Choose a source below.`,
    };
  }
  if (!id)
    return {
      problem: `The link names no ${SOURCE_LABELS[known].toLowerCase()}. Choose one below.`,
    };
  return { type: known, id };
}

/** The current query without the preset, for when the wizard closes. */
export function withoutPreset(search: string): string {
  const params = new URLSearchParams(search);
  params.delete(LAUNCH_PARAM);
  const rest = params.toString();
  return rest ? `?${rest}` : '';
}

/** Why a fetched preset source cannot boot an instance; undefined when it can. */
export function presetUnusable(
  type: SourceType,
  source: { status: string; bootable?: string | null; name?: string | null; id: string },
): string | undefined {
  const label = `${SOURCE_LABELS[type]} "${source.name || source.id}"`;
  const wanted = type === 'image' || type === 'snapshot' ? 'active' : 'available';
  if (source.status !== wanted)
    return `${label} is ${source.status}: only ${wanted === 'active' ? 'an active' : 'an available'} one can boot an instance.`;
  if (type === 'volume' && source.bootable !== 'true')
    return `${label} is not bootable: mark it bootable (Edit Volume) or choose another.`;
  return undefined;
}
