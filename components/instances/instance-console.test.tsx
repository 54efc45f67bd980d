// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { SWRConfig } from 'swr';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Server } from '@/lib/openstack/compute/server-schemas';
import { InstanceConsole } from './instance-console';

const getRemoteConsole = vi.fn<() => Promise<string>>();

vi.mock('@/lib/hooks/use-api', () => ({
  useApi: () => ({ compute: { getRemoteConsole } }),
}));

const server = { id: 's1', name: 'web-1' } as Server;
const ALLOWED = 'http://127.0.0.1:8789';

beforeEach(() => {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => Response.json({ origins: [ALLOWED] })),
  );
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  getRemoteConsole.mockReset();
});

function show() {
  render(
    <SWRConfig value={{ provider: () => new Map() }}>
      <InstanceConsole server={server} />
    </SWRConfig>,
  );
}

describe('InstanceConsole', () => {
  it('frames a console on an allowed origin, sandboxed', async () => {
    getRemoteConsole.mockResolvedValue(`${ALLOWED}/vnc_lite.html?token=t`);
    show();
    const frame = await screen.findByTitle('Console of web-1');
    expect(frame.getAttribute('src')).toBe(`${ALLOWED}/vnc_lite.html?token=t`);
    const sandbox = frame.getAttribute('sandbox')?.split(' ') ?? [];
    expect(sandbox).toEqual(expect.arrayContaining(['allow-scripts', 'allow-same-origin']));
    expect(sandbox).not.toContain('allow-top-navigation');
    expect(sandbox).not.toContain('allow-popups');
  });

  it('only links a console on another origin', async () => {
    getRemoteConsole.mockResolvedValue('https://elsewhere.example:6080/vnc.html');
    show();
    const link = await screen.findByRole('link', { name: 'Open the console in a new window' });
    expect(link.getAttribute('href')).toBe('https://elsewhere.example:6080/vnc.html');
    expect(screen.queryByTitle('Console of web-1')).toBeNull();
  });

  it('neither frames nor links a javascript: URL', async () => {
    getRemoteConsole.mockResolvedValue('javascript:alert(document.cookie)');
    show();
    expect(await screen.findByText('This cloud offers no console for this instance.')).toBeTruthy();
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.queryByTitle('Console of web-1')).toBeNull();
  });
});
