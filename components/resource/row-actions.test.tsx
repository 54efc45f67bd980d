// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CloudServicesProvider } from '@/components/shell/cloud-services';
import type { ServiceTypeName } from '@/lib/openstack/catalog';
import type { RowAction } from '@/lib/resources/types';
import type { PublicSession } from '@/lib/session-token';
import { RowActions } from './row-actions';

const session: PublicSession = {
  cloudId: 'c',
  user: { id: 'u', name: 'demo', domainName: 'Default' },
  project: { id: 'p', name: 'demo' },
  roles: ['member'],
  region: 'RegionOne',
  expiresAt: '2999-01-01T00:00:00Z',
};

const action = (id: string, service?: ServiceTypeName): RowAction<{ id: string }> => ({
  id,
  label: id,
  service,
  run: async () => {},
  success: () => '',
  failure: () => '',
});

function show(services?: ServiceTypeName[]) {
  const cell = (
    <RowActions
      row={{ id: 'r' }}
      rowName="r"
      actions={[action('Associate Floating IP', 'network'), action('Edit Instance')]}
      session={session}
      onAction={() => {}}
    />
  );
  render(
    services ? <CloudServicesProvider services={services}>{cell}</CloudServicesProvider> : cell,
  );
}

afterEach(cleanup);

describe('RowActions and a service', () => {
  it('offers an action of a service the cloud has', () => {
    show(['compute', 'network']);
    expect(screen.getByRole('button', { name: 'Associate Floating IP' })).toBeTruthy();
  });

  it('leaves it out when the cloud lacks the service', () => {
    show(['compute']);
    expect(screen.queryByRole('button', { name: 'Associate Floating IP' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Edit Instance' })).toBeTruthy();
  });

  it('offers it without a provider (every service assumed)', () => {
    show();
    expect(screen.getByRole('button', { name: 'Associate Floating IP' })).toBeTruthy();
  });
});
