// @vitest-environment jsdom
import { cleanup, renderHook, waitFor } from '@testing-library/react';
import { SWRConfig } from 'swr';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PANELS } from '@/lib/panels';
import type { ResourceDefinition } from '@/lib/resources/types';
import { useLookups } from './use-lookups';
import type { ReactNode } from 'react';

vi.mock('@/lib/hooks/use-api', () => ({ useApi: () => ({}) }));
vi.mock('@/lib/hooks/use-dashboard-session', () => ({ useScopeKey: () => 'demo@RegionOne' }));

interface Row {
  id: string;
  port: string;
}

function resource(lookupKey?: (r: Row) => string) {
  const names = vi.fn(async (_api: unknown, rows: Row[]) =>
    Object.fromEntries(rows.map((r) => [r.id, `on ${r.port}`])),
  );
  const def = {
    panel: PANELS.floatingIps,
    apiRef: 'test',
    singular: 'Row',
    key: (r: Row) => r.id,
    name: (r: Row) => r.id,
    list: vi.fn(),
    paging: 'none',
    columns: [],
    createActions: [],
    rowActions: [],
    lookups: { names },
    lookupKey,
  } as unknown as ResourceDefinition<Row>;
  return { def, names };
}

function wrapper({ children }: { children: ReactNode }) {
  return (
    <SWRConfig value={{ provider: () => new Map(), dedupingInterval: 0 }}>{children}</SWRConfig>
  );
}

afterEach(cleanup);

describe('useLookups', () => {
  it('reloads when what lookupKey reads of a row changes', async () => {
    const { def, names } = resource((r) => `${r.id}:${r.port}`);
    const { result, rerender } = renderHook(({ rows }) => useLookups(def, rows), {
      wrapper,
      initialProps: { rows: [{ id: 'a', port: '' }] },
    });
    await waitFor(() => expect(result.current.names).toEqual({ a: 'on ' }));
    rerender({ rows: [{ id: 'a', port: 'p1' }] });
    await waitFor(() => expect(result.current.names).toEqual({ a: 'on p1' }));
    expect(names).toHaveBeenCalledTimes(2);
  });

  it('keeps them per page of keys without lookupKey', async () => {
    const { def, names } = resource();
    const { result, rerender } = renderHook(({ rows }) => useLookups(def, rows), {
      wrapper,
      initialProps: { rows: [{ id: 'a', port: '' }] },
    });
    await waitFor(() => expect(result.current.names).toEqual({ a: 'on ' }));
    rerender({ rows: [{ id: 'a', port: 'p1' }] });
    await new Promise((r) => setTimeout(r, 50));
    expect(names).toHaveBeenCalledTimes(1);
  });
});
