// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DashboardSessionContext } from '@/lib/hooks/use-dashboard-session';
import type { PublicSession } from '@/lib/session-token';
import { NetworkTopology } from './network-topology';

const session = {
  project: { id: 'p1', name: 'demo' },
  region: 'RegionOne',
} as unknown as PublicSession;

afterEach(cleanup);

describe('NetworkTopology', () => {
  it('says "No networks" when the project has none, with the toolbar still there', () => {
    render(
      <DashboardSessionContext.Provider value={session}>
        <NetworkTopology
          toolbar={<button>Launch Instance</button>}
          initial={{ scope: 'p1@RegionOne', graph: { nodes: [], edges: [] } }}
        />
      </DashboardSessionContext.Provider>,
    );
    expect(screen.getByText(/^No networks\./)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Launch Instance' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Network topology' }).getAttribute('aria-busy')).toBe(
      'false',
    );
    expect(screen.getByText('0 networks, 0 routers, 0 instances')).toBeTruthy();
  });

  it('does not use a graph rendered for another project', () => {
    render(
      <DashboardSessionContext.Provider value={session}>
        <NetworkTopology initial={{ scope: 'other@RegionOne', graph: { nodes: [], edges: [] } }} />
      </DashboardSessionContext.Provider>,
    );
    expect(screen.queryByText(/^No networks\./)).toBeNull();
    expect(screen.getByRole('status', { name: 'Loading the topology' })).toBeTruthy();
  });
});
