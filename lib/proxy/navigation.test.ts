import { describe, expect, it } from 'vitest';
import { navigationRefusal } from './navigation';

const tab = (extra: Record<string, string> = {}) =>
  new Headers({ 'sec-fetch-mode': 'navigate', 'sec-fetch-dest': 'document', ...extra });

describe('navigationRefusal', () => {
  it('lets a tab open a Swift object (a download) from the dashboard itself', () => {
    expect(
      navigationRefusal('/api/os/object-store/c/x.html', tab({ 'sec-fetch-site': 'same-origin' })),
    ).toBeNull();
    expect(navigationRefusal('/api/os/object-store/c/a/b.txt', tab())).toBeNull();
  });

  it('refuses the account, a container listing and other services in a tab', () => {
    for (const path of [
      '/api/os/object-store',
      '/api/os/object-store/c',
      '/api/os/object-store/c/',
      '/api/os/compute/os-keypairs',
    ]) {
      expect(navigationRefusal(path, tab()), path).toMatch(/cannot be opened in a browser tab/);
    }
  });

  it('refuses a download another site starts', () => {
    for (const site of ['cross-site', 'same-site']) {
      expect(
        navigationRefusal('/api/os/object-store/c/x.html', tab({ 'sec-fetch-site': site })),
      ).not.toBeNull();
    }
  });

  it('leaves the dashboard’s own fetches alone', () => {
    expect(
      navigationRefusal('/api/os/compute/x', new Headers({ 'sec-fetch-mode': 'cors' })),
    ).toBeNull();
  });
});
