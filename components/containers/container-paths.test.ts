import { describe, expect, it } from 'vitest';
import { downloadHref, folderCrumbs, folderHref, prefixOf } from './container-paths';

describe('container paths', () => {
  it('folder pages: each segment encoded, no trailing slash', () => {
    expect(folderHref('my files')).toBe('/project/containers/my%20files');
    expect(folderHref('c', 'a b/c#d/')).toBe('/project/containers/c/a%20b/c%23d');
    expect(prefixOf([])).toBe('');
    expect(prefixOf(['a', 'b'])).toBe('a/b/');
  });

  it('breadcrumbs: the container, then each folder down to the one shown', () => {
    expect(folderCrumbs('c', 'a/b/')).toEqual([
      { label: 'c', href: '/project/containers/c' },
      { label: 'a', href: '/project/containers/c/a' },
      { label: 'b', href: '/project/containers/c/a/b' },
    ]);
  });

  it('downloads go through the proxy path a tab may open', () => {
    expect(downloadHref('c', 'docs/x y.html')).toBe('/api/os/object-store/c/docs/x%20y.html');
  });
});
