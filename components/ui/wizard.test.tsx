// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import type { FormValues } from '@/lib/forms/types';
import { polyfillDialog } from '@/tests/helpers/dialog-polyfill';
import { Wizard, type WizardStep } from './wizard';

const steps: WizardStep[] = [
  {
    id: 'details',
    title: 'Details',
    required: true,
    help: 'Give the instance a name you will recognise.',
    fields: [{ name: 'name', label: 'Instance Name', kind: 'text', required: true }],
    schema: z.object({
      name: z.string().trim().min(1, 'Enter an instance name.').max(20, 'At most 20 characters.'),
    }),
  },
  {
    id: 'source',
    title: 'Source',
    required: true,
    fields: [
      {
        name: 'image',
        label: 'Image',
        kind: 'select',
        options: [
          { value: '', label: 'Choose an image' },
          { value: 'cirros', label: 'cirros-0.6.2' },
          { value: 'ubuntu', label: 'Ubuntu 24.04' },
        ],
      },
    ],
    schema: z.object({ image: z.string().min(1, 'Choose an image.') }),
  },
  {
    id: 'options',
    title: 'Options',
    fields: [{ name: 'count', label: 'Count', kind: 'number' }],
    schema: z.object({ count: z.coerce.number().int().min(1, 'At least 1.').max(5, 'At most 5.') }),
  },
];

const defaults: FormValues = { name: '', image: '', count: '1' };

const equivalents = (v: FormValues) => ({
  cli: `openstack server create --image ${String(v.image)} --min ${String(v.count)} ${String(v.name)}`,
  sdk: `conn.compute.create_server(name='${String(v.name)}')`,
  hot: `type: OS::Nova::Server\nproperties:\n  name: ${String(v.name)}`,
});

function description(element: HTMLElement): string {
  return (element.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

function setup(onSubmit = vi.fn<(input: Record<string, unknown>) => Promise<void>>()) {
  const user = userEvent.setup();
  const onClose = vi.fn();
  render(
    <Wizard
      open
      onClose={onClose}
      title="Launch Instance"
      steps={steps}
      defaults={defaults}
      submitLabel="Launch Instance"
      onSubmit={onSubmit}
      equivalents={equivalents}
    />,
  );
  const dialog = screen.getByRole('dialog', { name: 'Launch Instance' });
  const inDialog = within(dialog);
  const nav = within(inDialog.getByRole('navigation', { name: 'Steps' }));
  return {
    user,
    onClose,
    onSubmit,
    dialog: inDialog,
    nav,
    step: (title: string) => nav.getByRole('button', { name: new RegExp(`^${title}`) }),
    submit: inDialog.getByRole('button', { name: 'Launch Instance' }),
    next: inDialog.getByRole('button', { name: 'Next' }),
    back: inDialog.getByRole('button', { name: 'Back' }),
  };
}

async function fillAll(w: ReturnType<typeof setup>, count = '3') {
  await w.user.type(w.dialog.getByRole('textbox', { name: 'Instance Name' }), '  web-1 ');
  await w.user.click(w.next);
  await w.user.selectOptions(w.dialog.getByRole('combobox', { name: 'Image' }), 'cirros');
  await w.user.click(w.next);
  const countField = w.dialog.getByRole('spinbutton', { name: 'Count' });
  await w.user.clear(countField);
  await w.user.type(countField, count);
}

beforeAll(polyfillDialog);
afterEach(() => {
  cleanup();
  localStorage.clear();
});

describe('Wizard', () => {
  it('lists the steps in a Steps navigation and marks the required ones', () => {
    const w = setup();
    expect(w.nav.getAllByRole('listitem')).toHaveLength(3);
    expect(within(w.step('Details')).getByLabelText('required')).toBeTruthy();
    expect(within(w.step('Source')).getByLabelText('required')).toBeTruthy();
    expect(within(w.step('Options')).queryByLabelText('required')).toBeNull();
    expect(w.step('Details').getAttribute('aria-current')).toBe('step');
    expect(w.step('Source').getAttribute('aria-current')).toBeNull();
  });

  it('moves between steps with Next, Back and the step list', async () => {
    const w = setup();
    expect(w.dialog.getByRole('region', { name: 'Details' })).toBeTruthy();
    expect(w.back).toHaveProperty('disabled', true);

    await w.user.click(w.next);
    expect(w.dialog.getByRole('region', { name: 'Source' })).toBeTruthy();
    expect(w.dialog.queryByRole('textbox', { name: 'Instance Name' })).toBeNull();
    expect(w.step('Source').getAttribute('aria-current')).toBe('step');
    expect(w.step('Details').getAttribute('aria-current')).toBeNull();

    await w.user.click(w.next);
    expect(w.dialog.getByRole('region', { name: 'Options' })).toBeTruthy();
    expect(w.next).toHaveProperty('disabled', true);

    await w.user.click(w.back);
    expect(w.dialog.getByRole('region', { name: 'Source' })).toBeTruthy();

    await w.user.click(w.step('Details'));
    expect(w.dialog.getByRole('textbox', { name: 'Instance Name' })).toBeTruthy();
  });

  it('keeps the submit button disabled until every step is valid', async () => {
    const w = setup();
    expect(w.submit).toHaveProperty('disabled', true);

    await w.user.type(w.dialog.getByRole('textbox', { name: 'Instance Name' }), 'web-1');
    expect(w.submit).toHaveProperty('disabled', true);

    await w.user.click(w.next);
    await w.user.selectOptions(w.dialog.getByRole('combobox', { name: 'Image' }), 'cirros');
    expect(w.submit).toHaveProperty('disabled', false);

    await w.user.click(w.next);
    const count = w.dialog.getByRole('spinbutton', { name: 'Count' });
    await w.user.clear(count);
    await w.user.type(count, '9');
    expect(w.submit).toHaveProperty('disabled', true);
    await w.user.clear(count);
    await w.user.type(count, '2');
    expect(w.submit).toHaveProperty('disabled', false);

    await w.user.click(w.step('Details'));
    await w.user.clear(w.dialog.getByRole('textbox', { name: 'Instance Name' }));
    expect(w.submit).toHaveProperty('disabled', true);
  });

  it('shows a field error at the field once it is touched', async () => {
    const w = setup();
    const name = w.dialog.getByRole('textbox', { name: 'Instance Name' });
    expect(w.dialog.queryByText('Enter an instance name.')).toBeNull();

    await w.user.click(name);
    await w.user.tab();
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(description(name)).toBe('Enter an instance name.');

    await w.user.type(name, 'a-name-that-is-far-too-long');
    expect(description(name)).toBe('At most 20 characters.');

    await w.user.clear(name);
    await w.user.type(name, 'web-1');
    expect(name.getAttribute('aria-invalid')).toBeNull();
    expect(description(name)).toBe('');
  });

  it('marks a visited step that is still invalid in the step list', async () => {
    const w = setup();
    expect(within(w.step('Source')).queryByLabelText('has errors')).toBeNull();
    await w.user.click(w.next);
    await w.user.click(w.next);
    expect(within(w.step('Source')).getByLabelText('has errors')).toBeTruthy();
    expect(within(w.step('Options')).queryByLabelText('has errors')).toBeNull();
  });

  it('submits the merged parsed data of every step and closes', async () => {
    const w = setup(vi.fn(async () => undefined));
    await fillAll(w);
    await w.user.click(w.submit);

    expect(w.onSubmit).toHaveBeenCalledTimes(1);
    // Parsed, not raw: the name is trimmed and the count is a number.
    expect(w.onSubmit).toHaveBeenCalledWith({ name: 'web-1', image: 'cirros', count: 3 });
    expect(w.onClose).toHaveBeenCalledTimes(1);
  });

  it('shows an error thrown by onSubmit in an alert and keeps the values', async () => {
    const w = setup(
      vi.fn(async () => {
        throw new Error('Quota exceeded for instances: Requested 3, but already used 10 of 10.');
      }),
    );
    await fillAll(w);
    await w.user.click(w.submit);

    const alert = await w.dialog.findByRole('alert');
    expect(alert.textContent).toContain('Quota exceeded for instances');
    expect(w.onClose).not.toHaveBeenCalled();
    expect(w.dialog.getByRole('spinbutton', { name: 'Count' })).toHaveProperty('value', '3');
    expect(w.submit).toHaveProperty('disabled', false);

    await w.user.click(w.step('Details'));
    expect(w.dialog.getByRole('textbox', { name: 'Instance Name' })).toHaveProperty(
      'value',
      '  web-1 ',
    );
    await w.user.click(w.step('Source'));
    expect(w.dialog.getByRole('combobox', { name: 'Image' })).toHaveProperty('value', 'cirros');
  });

  it("hands a custom render the step's messages for the values it changed", async () => {
    const user = userEvent.setup();
    const picker: WizardStep = {
      id: 'pick',
      title: 'Pick',
      fields: [],
      schema: z.object({ choice: z.string().min(1, 'Pick one.').max(1, 'Only one letter.') }),
      render: (values, setValue, errors) => (
        <div>
          <button type="button" onClick={() => setValue('choice', 'ab')}>
            Pick two
          </button>
          <p>{errors.choice ?? 'no error'}</p>
          <p>value: {String(values.choice)}</p>
        </div>
      ),
    };
    render(
      <Wizard
        open
        onClose={vi.fn()}
        title="Pick"
        steps={[picker]}
        defaults={{ choice: '' }}
        submitLabel="Go"
        onSubmit={vi.fn()}
      />,
    );
    // Not shown before the user changes anything.
    expect(screen.getByText('no error')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Pick two' }));
    expect(screen.getByText('Only one letter.')).toBeTruthy();
    expect(screen.getByText('value: ab')).toBeTruthy();
  });

  it('updates the equivalents pane live from the values', async () => {
    const w = setup();
    const pane = within(w.dialog.getByRole('region', { name: 'Equivalent commands' }));
    const cli = pane.getByLabelText('OpenStack CLI');
    expect(cli.textContent).toBe('openstack server create --image  --min 1 ');

    await w.user.type(w.dialog.getByRole('textbox', { name: 'Instance Name' }), 'web-1');
    expect(cli.textContent).toBe('openstack server create --image  --min 1 web-1');
    expect(pane.getByLabelText('Python (openstacksdk)').textContent).toBe(
      "conn.compute.create_server(name='web-1')",
    );

    await w.user.click(w.next);
    await w.user.selectOptions(w.dialog.getByRole('combobox', { name: 'Image' }), 'ubuntu');
    // The pane follows the wizard from step to step.
    expect(
      within(w.dialog.getByRole('region', { name: 'Equivalent commands' })).getByLabelText(
        'OpenStack CLI',
      ).textContent,
    ).toBe('openstack server create --image ubuntu --min 1 web-1');
  });
});

describe('Wizard steps that do not apply', () => {
  const skippable: WizardStep[] = [
    {
      id: 'network',
      title: 'Network',
      fields: [{ name: 'with_subnet', label: 'Create Subnet', kind: 'checkbox' }],
      schema: z.object({ with_subnet: z.boolean() }),
    },
    {
      id: 'subnet',
      title: 'Subnet',
      skip: (v) => v.with_subnet !== true,
      fields: [{ name: 'cidr', label: 'Network Address', kind: 'text' }],
      schema: z.object({ cidr: z.string().min(1, 'Network Address is required.') }),
    },
    {
      id: 'more',
      title: 'More',
      fields: [{ name: 'note', label: 'Note', kind: 'text' }],
      schema: z.object({ note: z.string() }),
    },
  ];

  it('passes over a skipped step, does not validate it, and leaves its output out', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn<(input: Record<string, unknown>) => Promise<void>>(async () => {});
    render(
      <Wizard
        open
        onClose={vi.fn()}
        title="Create Network"
        steps={skippable}
        defaults={{ with_subnet: true, cidr: '', note: '' }}
        submitLabel="Create"
        onSubmit={onSubmit}
      />,
    );
    const dialog = within(screen.getByRole('dialog', { name: 'Create Network' }));
    const nav = within(dialog.getByRole('navigation', { name: 'Steps' }));
    const submit = dialog.getByRole('button', { name: 'Create' });
    expect(submit).toHaveProperty('disabled', true);

    await user.click(dialog.getByRole('checkbox', { name: 'Create Subnet' }));
    expect(nav.getByRole('button', { name: /^Subnet/ })).toHaveProperty('disabled', true);
    expect(submit).toHaveProperty('disabled', false);
    await user.click(dialog.getByRole('button', { name: 'Next' }));
    expect(dialog.getByRole('region', { name: 'More' })).toBeTruthy();
    await user.click(dialog.getByRole('button', { name: 'Back' }));
    expect(dialog.getByRole('region', { name: 'Network' })).toBeTruthy();

    await user.click(submit);
    expect(onSubmit).toHaveBeenCalledWith({ with_subnet: false, note: '' });

    await user.click(dialog.getByRole('checkbox', { name: 'Create Subnet' }));
    expect(nav.getByRole('button', { name: /^Subnet/ })).toHaveProperty('disabled', false);
    expect(submit).toHaveProperty('disabled', true);
    await user.click(dialog.getByRole('button', { name: 'Next' }));
    expect(dialog.getByRole('region', { name: 'Subnet' })).toBeTruthy();
  });
});
