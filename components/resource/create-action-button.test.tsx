// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ToastProvider } from '@/components/ui/toast';
import { DashboardSessionContext } from '@/lib/hooks/use-dashboard-session';
import type {
  LauncherCreateAction,
  LauncherProps,
  ResourceDefinition,
} from '@/lib/resources/types';
import type { PublicSession } from '@/lib/session-token';
import { CreateActionButton, CreatedListener, createActionOf } from './create-action-button';

const session = {
  project: { id: 'p1', name: 'demo' },
  region: 'RegionOne',
} as unknown as PublicSession;

function Launcher({ open, onClose, onCreated }: LauncherProps) {
  if (!open) return null;
  return (
    <div role="dialog" aria-label="Make Thing">
      <button onClick={() => onCreated('Made thing "t1".')}>Make</button>
      <button onClick={onClose}>Cancel</button>
    </div>
  );
}

const action: LauncherCreateAction = { id: 'make', label: 'Make Thing', launcher: Launcher };

function renderIn(children: React.ReactNode) {
  return render(
    <DashboardSessionContext.Provider value={session}>
      <ToastProvider>{children}</ToastProvider>
    </DashboardSessionContext.Provider>,
  );
}

afterEach(cleanup);

describe('CreateActionButton', () => {
  it('opens the action, reports success and tells the nearest listener', async () => {
    const listener = vi.fn();
    renderIn(
      <CreatedListener onCreated={listener}>
        <CreateActionButton action={action} />
      </CreatedListener>,
    );
    expect(screen.queryByRole('dialog')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Make Thing' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Make' }));
    expect(listener).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('Made thing "t1".')).toBeTruthy();
  });

  it('prefers its own onCreated, and Cancel closes without creating', async () => {
    const listener = vi.fn();
    const own = vi.fn();
    renderIn(
      <CreatedListener onCreated={listener}>
        <CreateActionButton action={action} onCreated={own} />
      </CreatedListener>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Make Thing' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Make Thing' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Make' }));
    expect(own).toHaveBeenCalledTimes(1);
    expect(listener).not.toHaveBeenCalled();
  });

  it('finds a definition’s create action by id, and says so when there is none', () => {
    const resource = {
      singular: 'Thing',
      createActions: [action],
    } as unknown as ResourceDefinition<unknown>;
    expect(createActionOf(resource, 'make')).toBe(action);
    expect(() => createActionOf(resource, 'other')).toThrow('Thing has no create action "other"');
  });
});
