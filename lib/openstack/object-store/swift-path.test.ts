import { describe, expect, it } from 'vitest';
import { containerPath, containerPublicUrl, objectPath } from './swift-path';

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
});
