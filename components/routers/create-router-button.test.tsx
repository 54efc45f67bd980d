// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { preloadFormDialog } from '@/components/ui/form-dialog';
import { ToastProvider } from '@/components/ui/toast';
import { DashboardSessionContext } from '@/lib/hooks/use-dashboard-session';
import type { PublicSession } from '@/lib/session-token';
import { polyfillDialog } from '@/tests/helpers/dialog-polyfill';
import { CreateRouterButton } from './create-router-button';

const network = {
  pageNetworks: vi.fn(async () => ({
    items: [{ id: 'pub-id', name: 'public', 'router:external': true }],
  })),
  createRouter: vi.fn(async (input: { name: string }) => ({ id: 'r9', name: input.name })),
};
vi.mock('@/lib/hooks/use-api', () => ({ useApi: () => ({ network }) }));

const SESSION: PublicSession = {
  cloudId: 'c',
  user: { id: 'u', name: 'demo', domainName: 'Default' },
  project: { id: 'p', name: 'demo' },
  roles: ['member'],
  region: 'RegionOne',
  expiresAt: '2100-01-01T00:00:00Z',
};

beforeAll(async () => {
  polyfillDialog();
  await preloadFormDialog();
});
afterEach(cleanup);

describe('CreateRouterButton', () => {
  it('opens Create Router in place, creates the router with its gateway and says so', async () => {
    const user = userEvent.setup();
    const onCreated = vi.fn();
    render(
      <DashboardSessionContext.Provider value={SESSION}>
        <ToastProvider>
          <CreateRouterButton onCreated={onCreated} />
        </ToastProvider>
      </DashboardSessionContext.Provider>,
    );
    await user.click(screen.getByRole('button', { name: 'Create Router' }));
    // The form shows once the external networks are in.
    const network_ = await screen.findByRole('combobox', { name: 'External Network' });
    const dialog = screen.getByRole('dialog', { name: 'Create Router' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Router Name' }), 'edge');
    await user.selectOptions(network_, 'public');
    // A member is not offered SNAT: Neutron's policy leaves it to admins.
    expect(within(dialog).queryByRole('checkbox', { name: 'Enable SNAT' })).toBeNull();
    expect(within(dialog).getByLabelText('OpenStack CLI').textContent).toBe(
      'openstack router create --external-gateway pub-id edge',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Create Router' }));
    await waitFor(() => expect(onCreated).toHaveBeenCalled());
    expect(network.createRouter).toHaveBeenCalledWith({
      name: 'edge',
      adminStateUp: true,
      gateway: { networkId: 'pub-id', enableSnat: undefined },
      availabilityZoneHints: [],
    });
    expect(await screen.findByText('Router edge was successfully created.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});
