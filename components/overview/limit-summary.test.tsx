// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OpenStackError } from '@/lib/openstack/errors';
import { LimitSummary } from './limit-summary';
import type { QuotaService } from './quota-charts';

const answers: Record<QuotaService, { data?: unknown; error?: unknown }> = {
  compute: {
    data: {
      instances: { inUse: 10, limit: 10 },
      cores: { inUse: 1, limit: 20 },
      ram: { inUse: 512, limit: 51200 },
    },
  },
  volumev3: {
    error: new OpenStackError({
      code: 404,
      title: 'Not Found',
      message: 'This cloud has no volumev3 service.',
      service: 'volumev3',
    }),
  },
  network: {
    error: new OpenStackError({
      code: 503,
      title: 'Service Unavailable',
      message: 'Could not reach the network service (ECONNREFUSED).',
      service: 'network',
    }),
  },
};

vi.mock('./use-quota-usage', () => ({
  useQuotaUsage: (service: QuotaService) => answers[service],
}));

afterEach(cleanup);

describe('LimitSummary', () => {
  it('shows each service on its own: figures, "not available", or the service message', () => {
    render(<LimitSummary />);
    const compute = screen.getByRole('region', { name: 'Compute' });
    expect(
      within(compute).getByRole('meter', { name: 'Instances' }).getAttribute('aria-valuetext'),
    ).toBe('Used 10 of 10');
    expect(
      within(compute).getByRole('figure', { name: 'Instances' }).getAttribute('data-level'),
    ).toBe('bad');

    const volume = screen.getByRole('region', { name: /^Volume/ });
    expect(volume.textContent).toContain('this cloud has no Block Storage (Cinder) service');
    expect(within(volume).getByRole('img', { name: 'Volumes: Not available' })).toBeTruthy();
    expect(within(volume).queryByRole('alert')).toBeNull();

    const network = screen.getByRole('region', { name: 'Network' });
    expect(within(network).getByRole('alert').textContent).toContain(
      'Could not reach the network service (ECONNREFUSED).',
    );
    expect(within(network).getByRole('img', { name: 'Routers: Not available' })).toBeTruthy();
  });
});
