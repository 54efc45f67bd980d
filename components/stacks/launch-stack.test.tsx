// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SWRConfig } from 'swr';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TemplateValidation } from '@/lib/openstack/orchestration/heat-schemas';
import { polyfillDialog } from '@/tests/helpers/dialog-polyfill';
import { LaunchStack } from './launch-stack';

// Heat's answer for a template at a URL (as the sandbox's and a real Heat give it).
const ANSWER: TemplateValidation = {
  Description: 'URL parameters',
  Parameters: {
    server_name: {
      Type: 'String',
      Label: 'Server name',
      Description: 'What to call it',
      NoEcho: 'false',
      MinLength: 3,
      MaxLength: 20,
    },
    count: {
      Type: 'Number',
      Label: 'count',
      NoEcho: 'false',
      Default: 2,
      MinValue: 1,
      MaxValue: 5,
    },
    flavor: {
      Type: 'String',
      Label: 'flavor',
      NoEcho: 'false',
      Default: 'm1.tiny',
      CustomConstraint: 'nova.flavor',
    },
    db_password: { Type: 'String', Label: 'db_password', NoEcho: 'true' },
  },
  ParameterGroups: [{ label: 'Sizing', parameters: ['count', 'flavor'] }],
};
const REFUSAL =
  'Could not retrieve template: Failed to retrieve template: 404 Not Found for url: https://t.example/missing.yaml';

const api = {
  orchestration: {
    validateTemplate: vi.fn<(input: unknown) => Promise<TemplateValidation>>(),
    createStack: vi.fn(async () => ({ id: 's1' })),
    previewStack: vi.fn(),
  },
  compute: {
    listFlavors: vi.fn(async () => ({ items: [{ name: 'm1.tiny' }, { name: 'm1.small' }] })),
    listKeypairs: vi.fn(async () => ({ items: [] })),
  },
  image: { listImages: vi.fn(async () => ({ items: [] })) },
  network: { listNetworks: vi.fn(async () => []) },
};

vi.mock('@/lib/hooks/use-api', () => ({ useApi: () => api }));
vi.mock('@/lib/hooks/use-dashboard-session', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  useScopeKey: () => 'p1@RegionOne',
}));
// The YAML editor loads on demand in the browser; a plain text area stands in.
vi.mock('@/components/ui/code-editor-field', () => ({
  CodeEditorField: ({
    label,
    value,
    onChange,
  }: {
    label: string;
    value: string;
    onChange: (v: string) => void;
  }) => (
    <label>
      {label}
      <textarea value={value} onChange={(e) => onChange(e.target.value)} />
    </label>
  ),
}));

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const onCreated = vi.fn();

async function openWithUrl(url: string) {
  const user = userEvent.setup();
  render(
    <SWRConfig value={{ provider: () => new Map() }}>
      <LaunchStack open onClose={() => undefined} onCreated={onCreated} />
    </SWRConfig>,
  );
  const wizard = within(await screen.findByRole('dialog', { name: 'Launch Stack' }));
  await user.selectOptions(wizard.getByLabelText('Template Source'), 'url');
  await user.type(wizard.getByRole('textbox', { name: /Template URL/ }), url);
  return { user, wizard };
}

beforeAll(polyfillDialog);
beforeEach(() => {
  api.orchestration.validateTemplate.mockReset();
  api.orchestration.createStack.mockClear();
  onCreated.mockClear();
});
afterEach(cleanup);

describe('Launch Stack from a URL', () => {
  it('asks Heat for the parameters on Next, shows a loading line, then the generated form', async () => {
    const answer = deferred<TemplateValidation>();
    api.orchestration.validateTemplate.mockReturnValue(answer.promise);
    const { user, wizard } = await openWithUrl('https://t.example/server.yaml');
    await user.click(wizard.getByRole('button', { name: 'Next' }));

    expect(
      wizard.getByText(/Heat is reading the template at https:\/\/t\.example\/server\.yaml/),
    ).toBeTruthy();
    expect(api.orchestration.validateTemplate).toHaveBeenCalledWith({
      templateUrl: 'https://t.example/server.yaml',
    });
    expect((wizard.getByRole('button', { name: 'Launch' }) as HTMLButtonElement).disabled).toBe(
      true,
    );

    answer.resolve(ANSWER);
    const name = await wizard.findByRole('textbox', { name: /Server name/ });
    expect(
      within(wizard.getByRole('group', { name: 'Sizing' })).getByRole('spinbutton', {
        name: /count/,
      }),
    ).toBeTruthy();
    expect(wizard.getByLabelText(/db_password/).getAttribute('type')).toBe('password');
    // The custom constraint is a picker of the project's real flavors.
    await waitFor(() =>
      expect(
        within(wizard.getByRole('combobox', { name: /flavor/ }))
          .getAllByRole('option')
          .map((o) => o.textContent),
      ).toEqual(['Select a value', 'm1.tiny', 'm1.small']),
    );

    await user.type(wizard.getByRole('textbox', { name: /Stack Name/ }), 'web');
    await user.type(name, 'ab');
    await user.type(wizard.getByLabelText(/db_password/), 'pw');
    expect(await wizard.findByText('The length must be in the range 3 to 20.')).toBeTruthy();
    await user.type(name, 'c');
    const cli = wizard.getByRole('region', { name: 'OpenStack CLI' }).textContent ?? '';
    expect(cli).toContain('openstack stack create -t https://t.example/server.yaml');
    expect(cli).toContain('--parameter server_name=abc');
    expect(cli).toContain('--parameter count=2');

    await user.click(wizard.getByRole('button', { name: 'Launch' }));
    await waitFor(() => expect(api.orchestration.createStack).toHaveBeenCalledTimes(1));
    expect(api.orchestration.createStack).toHaveBeenCalledWith({
      name: 'web',
      templateUrl: 'https://t.example/server.yaml',
      // Untouched fields stand for their defaults: Heat applies them itself.
      parameters: { server_name: 'abc', db_password: 'pw' },
      timeoutMins: 60,
      disableRollback: true,
    });
    expect(api.orchestration.validateTemplate).toHaveBeenCalledTimes(1);
  });

  it('shows Heat’s refusal in the step and at the Template URL field, and does not launch', async () => {
    api.orchestration.validateTemplate.mockRejectedValue(new Error(REFUSAL));
    const { user, wizard } = await openWithUrl('https://t.example/missing.yaml');
    await user.click(wizard.getByRole('button', { name: 'Next' }));

    const alert = await wizard.findByRole('alert');
    expect(alert.textContent).toContain('Heat could not read the template.');
    expect(alert.textContent).toContain(REFUSAL);
    expect((wizard.getByRole('button', { name: 'Launch' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    const step1 = wizard.getByRole('button', { name: /Select Template/ });
    expect(within(step1).getByLabelText('has errors')).toBeTruthy();

    await user.click(wizard.getByRole('button', { name: 'Back' }));
    const url = wizard.getByRole('textbox', { name: /Template URL/ });
    expect(url.getAttribute('aria-invalid')).toBe('true');
    expect(wizard.getByText(REFUSAL)).toBeTruthy();
  });

  it('Validate keeps the answer for the next step; a refusal is shown once, at the field', async () => {
    api.orchestration.validateTemplate.mockRejectedValueOnce(new Error(REFUSAL));
    const { user, wizard } = await openWithUrl('https://t.example/missing.yaml');
    await user.click(wizard.getByRole('button', { name: 'Validate' }));
    expect(await wizard.findByText(REFUSAL)).toBeTruthy();
    expect(wizard.getAllByText(/Could not retrieve template/)).toHaveLength(1);
    expect(wizard.getByText('Heat’s answer is shown at Template URL.')).toBeTruthy();

    api.orchestration.validateTemplate.mockResolvedValueOnce(ANSWER);
    const url = wizard.getByRole('textbox', { name: /Template URL/ });
    await user.clear(url);
    await user.type(url, 'https://t.example/server.yaml');
    expect(wizard.queryByText(REFUSAL)).toBeNull();
    await user.click(wizard.getByRole('button', { name: 'Validate' }));
    expect(
      (await wizard.findByRole('status', { name: '' }).catch(() => null)) ?? true,
    ).toBeTruthy();
    expect(await wizard.findByText(/URL parameters \(4 parameters\)/)).toBeTruthy();

    await user.click(wizard.getByRole('button', { name: 'Next' }));
    expect(wizard.getByRole('textbox', { name: /Server name/ })).toBeTruthy();
    expect(wizard.queryByText(/Heat is reading/)).toBeNull();
    expect(api.orchestration.validateTemplate).toHaveBeenCalledTimes(2);
  });

  it('asks again with the environment when it changes', async () => {
    api.orchestration.validateTemplate.mockResolvedValue(ANSWER);
    const { user, wizard } = await openWithUrl('https://t.example/server.yaml');
    await user.click(wizard.getByRole('button', { name: 'Next' }));
    await wizard.findByRole('textbox', { name: /Server name/ });
    await user.click(wizard.getByRole('button', { name: 'Back' }));
    await user.type(wizard.getByRole('textbox', { name: /Environment Data/ }), 'parameters: {{}');
    await user.click(wizard.getByRole('button', { name: 'Next' }));
    await wizard.findByRole('textbox', { name: /Server name/ });
    expect(api.orchestration.validateTemplate).toHaveBeenLastCalledWith({
      templateUrl: 'https://t.example/server.yaml',
      environment: 'parameters: {}',
    });
    expect(api.orchestration.validateTemplate).toHaveBeenCalledTimes(2);
  });

  it('a pasted template still gives its form from its own text, without asking Heat', async () => {
    const user = userEvent.setup();
    render(
      <SWRConfig value={{ provider: () => new Map() }}>
        <LaunchStack open onClose={() => undefined} onCreated={onCreated} />
      </SWRConfig>,
    );
    const wizard = within(await screen.findByRole('dialog', { name: 'Launch Stack' }));
    await user.type(
      wizard.getByRole('textbox', { name: /Template Data/ }),
      'heat_template_version: 2018-08-31\nparameters:\n  size:\n    type: number\n    label: Size\n',
    );
    await user.click(wizard.getByRole('button', { name: 'Next' }));
    expect(wizard.getByRole('spinbutton', { name: /Size/ })).toBeTruthy();
    expect(api.orchestration.validateTemplate).not.toHaveBeenCalled();
  });
});
