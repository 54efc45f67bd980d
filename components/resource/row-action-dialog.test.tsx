// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { preloadFormDialog } from '@/components/ui/form-dialog';
import { ToastProvider } from '@/components/ui/toast';
import type { Api } from '@/lib/openstack/api';
import { formRowAction, type ActionContext, type ResourceDefinition } from '@/lib/resources/types';
import type { PublicSession } from '@/lib/session-token';
import { polyfillDialog } from '@/tests/helpers/dialog-polyfill';
import { RowActionDialog } from './row-action-dialog';

interface Row {
  id: string;
}

const session: PublicSession = {
  cloudId: 'c',
  user: { id: 'u', name: 'demo', domainName: 'Default' },
  project: { id: 'p', name: 'demo' },
  roles: ['member'],
  region: 'RegionOne',
  expiresAt: '2999-01-01T00:00:00Z',
};
const ctx: ActionContext = { api: {} as Api, session };
const resource = { key: (r: Row) => r.id, name: (r: Row) => r.id } as ResourceDefinition<Row>;
const schema = z.object({ name: z.string().trim().min(1, 'Name is required.') });

const makeSecret = formRowAction<Row, typeof schema>({
  id: 'secret',
  label: 'Make Secret',
  form: () => ({
    title: 'Make Secret',
    submitLabel: 'Make Secret',
    schema,
    defaults: { name: '' },
    fields: [{ name: 'name', label: 'Name', kind: 'text' }],
  }),
  run: async (_ctx, row, input) => `key-of-${row.id}-${input.name}`,
  renderResult: (result, close) => (
    <div>
      <p>Your key: {String(result)}</p>
      <button onClick={close}>Done</button>
    </div>
  ),
  success: (_rows, input) => `Made ${input.name}.`,
  failure: () => 'Unable to make it',
});

beforeAll(async () => {
  polyfillDialog();
  await preloadFormDialog();
});
afterEach(cleanup);

describe('RowActionDialog with a one-time result', () => {
  it('shows what run answered in place of the form, and closes only on the user’s word', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    const onDone = vi.fn();
    render(
      <ToastProvider>
        <RowActionDialog
          pending={{ action: makeSecret, rows: [{ id: 'vol1' }] }}
          resource={resource}
          ctx={ctx}
          onClose={onClose}
          onDone={onDone}
        />
      </ToastProvider>,
    );
    // The form is built when the dialog opens.
    await user.type(await screen.findByRole('textbox', { name: 'Name' }), 'x');
    const dialog = screen.getByRole('dialog', { name: 'Make Secret' });
    await user.click(within(dialog).getByRole('button', { name: 'Make Secret' }));

    expect(await within(dialog).findByText('Your key: key-of-vol1-x')).toBeTruthy();
    expect(onDone).toHaveBeenCalledWith([{ id: 'vol1' }]);
    expect(onClose).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole('button', { name: 'Done' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});

describe('RowActionDialog with a form built on opening', () => {
  it('shows the loading line and then the form in one dialog, so Escape is never lost', async () => {
    const user = userEvent.setup();
    let build: (() => void) | undefined;
    const slow = formRowAction<Row, typeof schema>({
      ...makeSecret,
      id: 'slow',
      label: 'Rename',
      form: async () => {
        await new Promise<void>((resolve) => (build = resolve));
        return {
          title: 'Rename Volume',
          submitLabel: 'Rename',
          schema,
          defaults: { name: '' },
          fields: [{ name: 'name', label: 'Name', kind: 'text' }],
        };
      },
    });
    const onClose = vi.fn();
    render(
      <ToastProvider>
        <RowActionDialog
          pending={{ action: slow, rows: [{ id: 'vol1' }] }}
          resource={resource}
          ctx={ctx}
          onClose={onClose}
          onDone={vi.fn()}
        />
      </ToastProvider>,
    );
    const loading = await screen.findByRole('dialog', { name: 'Rename' });
    expect(within(loading).getByText(/Loading vol1/)).toBeTruthy();
    build?.();
    await within(loading).findByRole('textbox', { name: 'Name' });
    // The same element, now named by the form.
    expect(screen.getByRole('dialog', { name: 'Rename Volume' })).toBe(loading);
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
