// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ConfirmDialog, preloadConfirmDialog } from './confirm-dialog';
import { Dialog, DialogBody, preloadDialog } from './dialog';

function Opener() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Edit
      </button>
      <Dialog open={open} onClose={() => setOpen(false)} title="Edit Instance">
        <DialogBody>
          <label>
            Name <input />
          </label>
        </DialogBody>
      </Dialog>
    </>
  );
}

// The dialogs' code loads on first opening; load it up front so renders are synchronous.
beforeAll(async () => {
  await Promise.all([preloadDialog(), preloadConfirmDialog()]);
});
afterEach(cleanup);

describe('Dialog', () => {
  it('starts at the first field, closes on Escape and gives focus back to the opener', async () => {
    const user = userEvent.setup();
    render(<Opener />);
    const opener = screen.getByRole('button', { name: 'Edit' });
    await user.click(opener);
    const dialog = screen.getByRole('dialog', { name: 'Edit Instance' });
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Name' }));

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(dialog.isConnected).toBe(false);
    await waitFor(() => expect(document.activeElement).toBe(opener));
  });
});

describe('ConfirmDialog', () => {
  it('is an alert dialog starting on Cancel; a failed confirmation stays open with the error', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    const onConfirm = vi.fn().mockRejectedValueOnce(new Error('Instance is locked.'));
    render(
      <ConfirmDialog
        open
        title="Confirm Delete Instance"
        confirmLabel="Delete Instance"
        danger
        onConfirm={onConfirm}
        onClose={onClose}
      >
        <p>You have selected web-1.</p>
      </ConfirmDialog>,
    );
    const dialog = screen.getByRole('alertdialog', { name: 'Confirm Delete Instance' });
    expect(dialog.textContent).toContain('You have selected web-1.');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cancel' }));

    await user.click(screen.getByRole('button', { name: 'Delete Instance' }));
    expect(await screen.findByText('Instance is locked.')).toBeTruthy();
    expect(onClose).not.toHaveBeenCalled();

    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
