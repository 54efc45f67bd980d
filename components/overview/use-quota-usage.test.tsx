// @vitest-environment jsdom
import { cleanup, renderHook, waitFor } from '@testing-library/react';
import { SWRConfig } from 'swr';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CloudServicesProvider } from '@/components/shell/cloud-services';
import type { ServiceTypeName } from '@/lib/openstack/catalog';
import { useQuotaUsage } from './use-quota-usage';
import type { ReactNode } from 'react';

const getVolumeQuotaUsage = vi.fn(async () => ({ volumes: { inUse: 1, limit: 10 } }));

vi.mock('@/lib/hooks/use-api', () => ({
  useApi: () => ({ volume: { getVolumeQuotaUsage } }),
}));
vi.mock('@/lib/hooks/use-dashboard-session', () => ({
  useDashboardSession: () => ({ project: { id: 'p1' }, region: 'RegionOne' }),
  useScopeKey: () => 'p1@RegionOne',
}));

function withServices(services: ServiceTypeName[]) {
  return function Wrapper({ children }: { children: ReactNode }) {
    return (
      <SWRConfig value={{ provider: () => new Map() }}>
        <CloudServicesProvider services={services}>{children}</CloudServicesProvider>
      </SWRConfig>
    );
  };
}

afterEach(() => {
  cleanup();
  getVolumeQuotaUsage.mockClear();
});

describe('useQuotaUsage', () => {
  it('asks Cinder for the quotas when the catalog has it', async () => {
    const { result } = renderHook(() => useQuotaUsage('volumev3'), {
      wrapper: withServices(['compute', 'volumev3']),
    });
    await waitFor(() => expect(result.current.data).toBeDefined());
    expect(getVolumeQuotaUsage).toHaveBeenCalledWith('p1');
  });

  it('does not call a service the catalog lacks', async () => {
    const { result } = renderHook(() => useQuotaUsage('volumev3'), {
      wrapper: withServices(['compute', 'network']),
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(getVolumeQuotaUsage).not.toHaveBeenCalled();
    expect(result.current.data).toBeUndefined();
  });
});
