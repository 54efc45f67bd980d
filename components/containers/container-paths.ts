// Dashboard addresses of a container's folders and objects, and the download route.
import { objectPath } from '@/lib/openstack/object-store/swift-path';
import { PANELS } from '@/lib/panels';

/** /project/containers/<container>/<folder>/<sub-folder> */
export function folderHref(container: string, prefix = ''): string {
  const segments = prefix.split('/').filter((s) => s !== '');
  return [PANELS.containers.path, container, ...segments]
    .map((s, i) => (i === 0 ? s : encodeURIComponent(s)))
    .join('/');
}

/** The prefix a folder page lists: its path segments joined, ending in "/" (or "" at the top). */
export function prefixOf(segments: string[]): string {
  return segments.length > 0 ? `${segments.join('/')}/` : '';
}

/** Streamed through the proxy as an attachment (lib/proxy/navigation.ts lets a tab open it). */
export function downloadHref(container: string, name: string): string {
  return `/api/os/object-store${objectPath(container, name)}`;
}

/** The breadcrumbs of a folder page: the container, then each folder. */
export function folderCrumbs(container: string, prefix: string) {
  const segments = prefix.split('/').filter((s) => s !== '');
  return [
    { label: container, href: folderHref(container) },
    ...segments.map((s, i) => ({
      label: s,
      href: folderHref(container, prefixOf(segments.slice(0, i + 1))),
    })),
  ];
}
