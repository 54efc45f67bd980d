// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ToastProvider } from '@/components/ui/toast';
import { DashboardSessionContext } from '@/lib/hooks/use-dashboard-session';
import type { PublicSession } from '@/lib/session-token';
import { polyfillDialog } from '@/tests/helpers/dialog-polyfill';
import { CreateNetworkButton } from './create-network-button';

const session = (roles: string[]): PublicSession => ({
  cloudId: 'sandbox',
  user: { id: 'u', name: 'demo', domainName: 'Default' },
  project: { id: 'p', name: 'demo' },
  roles,
  region: 'RegionOne',
  expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
});

function renderAs(roles: string[]) {
  render(
    <DashboardSessionContext.Provider value={session(roles)}>
      <ToastProvider>
        <CreateNetworkButton />
      </ToastProvider>
    </DashboardSessionContext.Provider>,
  );
}

beforeAll(polyfillDialog);
afterEach(cleanup);

describe('CreateNetworkButton', () => {
  it('opens the Create Network wizard in place; Shared only for admins', async () => {
    const user = userEvent.setup();
    renderAs(['member']);
    expect(screen.queryByRole('dialog')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Create Network' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Create Network' }));
    expect(dialog.getByRole('textbox', { name: 'Network Name' })).toBeTruthy();
    expect(dialog.queryByRole('checkbox', { name: 'Shared' })).toBeNull();
    await user.type(dialog.getByRole('textbox', { name: 'Network Name' }), 'lab');
    expect(dialog.getByLabelText('OpenStack CLI').textContent).toContain(
      'openstack network create -f value -c id lab',
    );
    await user.click(dialog.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('offers Shared to an admin', async () => {
    const user = userEvent.setup();
    renderAs(['admin', 'member']);
    await user.click(screen.getByRole('button', { name: 'Create Network' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Create Network' }));
    expect(dialog.getByRole('checkbox', { name: 'Shared' })).toBeTruthy();
  });
});
