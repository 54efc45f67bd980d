// The link that opens Launch Instance with a boot source chosen:
// /project/instances?launch=<source_type>:<id>. Here, below the panels, so the
// Images, Volumes and Snapshots panels can link to it without importing Instances.

export const LAUNCH_PARAM = 'launch';

export type LaunchLinkSource = 'image' | 'snapshot' | 'volume' | 'volume_snapshot';

/** The Instances page with the wizard open on this source. */
export function launchHref(type: LaunchLinkSource, id: string): string {
  return `/project/instances?${LAUNCH_PARAM}=${encodeURIComponent(`${type}:${id}`)}`;
}
