import { describe, expect, it } from 'vitest';
import { containerPath, containerPublicUrl, containerPublicUrlIn, objectPath } from './swift-path';
import type { Catalog } from '../identity/identity-schemas';

describe('Swift paths', () => {
  it('encodes each segment of an object name and keeps its slashes', () => {
    expect(objectPath('my files', 'dir/a b%é.txt')).toBe('/my%20files/dir/a%20b%25%C3%A9.txt');
    expect(objectPath('c', 'folder/')).toBe('/c/folder/');
  });

  it('encodes a container name whole', () => {
    expect(containerPath('a?b#c')).toBe('/a%3Fb%23c');
  });

  it("builds a public container's address from the catalog endpoint", () => {
    expect(containerPublicUrl('http://127.0.0.1:8080/v1/AUTH_p/', 'pub lic')).toBe(
      'http://127.0.0.1:8080/v1/AUTH_p/pub%20lic',
    );
  });

  it('takes the public endpoint of the region from the catalog', () => {
    const catalog: Catalog = [
      {
        type: 'object-store',
        endpoints: [
          { interface: 'internal', region_id: 'RegionOne', url: 'http://internal/v1/AUTH_p' },
          { interface: 'public', region_id: 'RegionTwo', url: 'http://two/v1/AUTH_p' },
          { interface: 'public', region_id: 'RegionOne', url: 'http://one/v1/AUTH_p' },
        ],
      },
    ];
    expect(containerPublicUrlIn(catalog, 'RegionOne', 'c')).toBe('http://one/v1/AUTH_p/c');
    expect(containerPublicUrlIn([], 'RegionOne', 'c')).toBeUndefined();
  });
});
