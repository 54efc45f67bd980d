// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import type { FormSpec, FormValues } from '@/lib/forms/types';
import { polyfillDialog } from '@/tests/helpers/dialog-polyfill';
import { FormDialog, preloadFormDialog } from './form-dialog';

const schema = z.object({
  name: z.string().trim().min(1, 'Enter a name.').max(10, 'At most 10 characters.'),
  publicKey: z.string().trim().min(1, 'Paste a public key.'),
});

const spec: FormSpec<typeof schema> = {
  title: 'Import Key Pair',
  submitLabel: 'Import Key Pair',
  description: 'A key pair lets you log in to an instance without a password.',
  fields: [
    { name: 'name', label: 'Key Pair Name', kind: 'text', required: true },
    { name: 'publicKey', label: 'Public Key', kind: 'textarea', required: true },
  ],
  schema,
  defaults: { name: '', publicKey: '' },
};

const equivalents = (v: FormValues) => ({
  cli: `openstack keypair create --public-key key.pub ${String(v.name)}`,
  sdk: `conn.compute.create_keypair(name='${String(v.name)}')`,
  hot: `type: OS::Nova::KeyPair\nproperties:\n  name: ${String(v.name)}`,
});

type Input = z.infer<typeof schema>;

/** Owns `open` like a real caller, so closing really removes the dialog. */
function Harness({
  onClose,
  onSubmit,
  withEquivalents = false,
  renderResult,
}: {
  onClose: () => void;
  onSubmit: (input: Input) => Promise<{ privateKey: string } | void>;
  withEquivalents?: boolean;
  renderResult?: (result: { privateKey: string } | void, close: () => void) => React.ReactNode;
}) {
  const [open, setOpen] = useState(true);
  return (
    <FormDialog
      spec={spec}
      open={open}
      onClose={() => {
        onClose();
        setOpen(false);
      }}
      onSubmit={onSubmit}
      equivalents={withEquivalents ? equivalents : undefined}
      renderResult={renderResult}
    />
  );
}

/** The text a screen reader reads after the field's name (aria-describedby). */
function description(element: HTMLElement): string {
  return (element.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

function setup(props: Partial<Parameters<typeof Harness>[0]> = {}) {
  const user = userEvent.setup();
  const onClose = vi.fn();
  const onSubmit = props.onSubmit ?? vi.fn(async () => undefined);
  render(<Harness onClose={onClose} {...props} onSubmit={onSubmit} />);
  const dialog = screen.getByRole('dialog', { name: 'Import Key Pair' });
  return {
    user,
    onClose,
    onSubmit,
    dialog,
    name: within(dialog).getByRole('textbox', { name: 'Key Pair Name' }),
    publicKey: within(dialog).getByRole('textbox', { name: 'Public Key' }),
    submit: within(dialog).getByRole('button', { name: 'Import Key Pair' }),
  };
}

beforeAll(async () => {
  polyfillDialog();
  // The form's code loads on first opening; load it up front so renders are synchronous.
  await preloadFormDialog();
});
afterEach(() => {
  cleanup();
  localStorage.clear();
});

describe('FormDialog', () => {
  it('shows the schema errors at a field once it is touched, and only there', async () => {
    const { user, name, publicKey, dialog } = setup();
    expect(within(dialog).queryByText('Enter a name.')).toBeNull();
    expect(name.getAttribute('aria-invalid')).toBeNull();

    await user.type(name, 'a');
    await user.clear(name);
    expect(within(dialog).getByText('Enter a name.')).toBeTruthy();
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(description(name)).toContain('Enter a name.');

    await user.type(name, 'abcdefghijk');
    expect(description(name)).toContain('At most 10 characters.');
    expect(within(dialog).queryByText('Enter a name.')).toBeNull();

    await user.type(name, '{Backspace}');
    expect(name.getAttribute('aria-invalid')).toBeNull();
    expect(within(dialog).queryByText('At most 10 characters.')).toBeNull();
    // The untouched field keeps quiet even though it is invalid.
    expect(within(dialog).queryByText('Paste a public key.')).toBeNull();
    expect(publicKey.getAttribute('aria-invalid')).toBeNull();
  });

  it('moves focus to the first invalid field on submit and does not call onSubmit', async () => {
    const { user, name, publicKey, submit, dialog, onSubmit } = setup();

    await user.click(submit);
    expect(document.activeElement).toBe(name);
    expect(description(name)).toContain('Enter a name.');
    expect(description(publicKey)).toContain('Paste a public key.');
    expect(within(dialog).getAllByText(/^(Enter a name\.|Paste a public key\.)$/)).toHaveLength(2);

    await user.type(name, 'kp1');
    await user.click(submit);
    expect(document.activeElement).toBe(publicKey);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('keeps the upstream error at the form with the typed values, then closes on success', async () => {
    const onSubmit = vi
      .fn<(input: Input) => Promise<void>>()
      .mockRejectedValueOnce(new Error('Key pair data is invalid: failed to generate fingerprint'))
      .mockResolvedValueOnce(undefined);
    const { user, name, publicKey, submit, dialog, onClose } = setup({ onSubmit });

    await user.type(name, '  kp1 ');
    await user.type(publicKey, 'ssh-ed25519 AAAA');
    await user.click(submit);

    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain('Key pair data is invalid: failed to generate fingerprint');
    expect(onSubmit).toHaveBeenLastCalledWith({ name: 'kp1', publicKey: 'ssh-ed25519 AAAA' });
    expect(name).toHaveProperty('value', '  kp1 ');
    expect(publicKey).toHaveProperty('value', 'ssh-ed25519 AAAA');
    expect(onClose).not.toHaveBeenCalled();
    expect(screen.getByRole('dialog', { name: 'Import Key Pair' })).toBe(dialog);

    await user.click(submit);
    expect(onSubmit).toHaveBeenCalledTimes(2);
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('shows the result view instead of closing when renderResult is given', async () => {
    const onSubmit = vi.fn(async () => ({ privateKey: '-----BEGIN OPENSSH PRIVATE KEY-----' }));
    const { user, name, publicKey, submit, dialog, onClose } = setup({
      onSubmit,
      renderResult: (result, close) => (
        <div>
          <p>Your private key: {result?.privateKey}</p>
          <button type="button" onClick={close}>
            Done
          </button>
        </div>
      ),
    });

    await user.type(name, 'kp1');
    await user.type(publicKey, 'x');
    await user.click(submit);

    expect(
      await within(dialog).findByText('Your private key: -----BEGIN OPENSSH PRIVATE KEY-----'),
    ).toBeTruthy();
    expect(within(dialog).queryByRole('textbox', { name: 'Key Pair Name' })).toBeNull();
    expect(onClose).not.toHaveBeenCalled();

    await user.click(within(dialog).getByRole('button', { name: 'Done' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('shows the three equivalents, updated live, each with a Copy button', async () => {
    const { user, name, dialog } = setup({ withEquivalents: true });
    const pane = within(dialog).getByRole('region', { name: 'Equivalent commands' });
    const cli = within(pane).getByLabelText('OpenStack CLI');
    const sdk = within(pane).getByLabelText('Python (openstacksdk)');
    const hot = within(pane).getByLabelText('Heat template (HOT)');
    expect(cli.textContent).toBe('openstack keypair create --public-key key.pub ');

    await user.type(name, 'kp1');
    expect(cli.textContent).toBe('openstack keypair create --public-key key.pub kp1');
    expect(sdk.textContent).toBe("conn.compute.create_keypair(name='kp1')");
    expect(hot.textContent).toContain('name: kp1');

    for (const title of ['OpenStack CLI', 'Python (openstacksdk)', 'Heat template (HOT)']) {
      expect(within(pane).getByRole('button', { name: `Copy ${title}` })).toBeTruthy();
    }
    const copy = within(pane).getByRole('button', { name: 'Copy OpenStack CLI' });
    await user.click(copy);
    await expect(navigator.clipboard.readText()).resolves.toBe(
      'openstack keypair create --public-key key.pub kp1',
    );
    expect(copy.textContent).toBe('Copied');
  });

  it('collapses and expands the equivalents pane with its toggle', async () => {
    const { user, dialog } = setup({ withEquivalents: true });
    const pane = within(dialog).getByRole('region', { name: 'Equivalent commands' });
    const toggle = within(pane).getByRole('button', { name: 'Equivalent commands' });
    expect(toggle.getAttribute('aria-expanded')).toBe('true');

    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(within(pane).queryByRole('button', { name: 'Copy OpenStack CLI' })).toBeNull();
    const controlled = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
    expect(controlled?.hidden).toBe(true);

    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(within(pane).getByRole('button', { name: 'Copy OpenStack CLI' })).toBeTruthy();
  });
});
