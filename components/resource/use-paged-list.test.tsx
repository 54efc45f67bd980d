// @vitest-environment jsdom
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { SWRConfig } from 'swr';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PAGE_SIZE_COOKIE, parsePageSize } from '@/lib/page-size';
import { PANELS } from '@/lib/panels';
import type { InitialList } from '@/lib/resources/list-page';
import type { ResourceDefinition } from '@/lib/resources/types';
import { usePagedList } from './use-paged-list';
import type { ReactNode } from 'react';

vi.mock('@/lib/hooks/use-api', () => ({ useApi: () => ({}) }));
vi.mock('@/lib/hooks/use-dashboard-session', () => ({
  useScopeKey: () => 'demo@RegionOne',
  useDashboardSession: () => ({
    project: { id: 'demo-project' },
    region: 'RegionOne',
    roles: ['member'],
  }),
}));

interface Row {
  id: string;
  status: string;
}

const ALL: Row[] = Array.from({ length: 30 }, (_, i) => ({ id: `r${i}`, status: 'ACTIVE' }));

function resourceWith(list: ReturnType<typeof vi.fn>): ResourceDefinition<Row> {
  return {
    panel: PANELS.instances,
    apiRef: 'test',
    singular: 'Row',
    key: (r) => r.id,
    name: (r) => r.id,
    list,
    paging: 'server',
    columns: [],
    createActions: [],
    rowActions: [],
  } as ResourceDefinition<Row>;
}

/** The API's own limit/marker paging over ALL. */
function fakeList() {
  return vi.fn(async (_api: unknown, query: { limit?: number; marker?: string }) => {
    const start = query.marker ? ALL.findIndex((r) => r.id === query.marker) + 1 : 0;
    return { items: ALL.slice(start, start + (query.limit ?? ALL.length)) };
  });
}

function wrapper({ children }: { children: ReactNode }) {
  return (
    <SWRConfig value={{ provider: () => new Map(), dedupingInterval: 0 }}>{children}</SWRConfig>
  );
}

function setPageSizeCookie(size: number) {
  document.cookie = `${PAGE_SIZE_COOKIE}=${size}; path=/`;
}

beforeEach(() => setPageSizeCookie(20));
afterEach(() => {
  cleanup();
  document.cookie = `${PAGE_SIZE_COOKIE}=; path=/; max-age=0`;
});

describe('parsePageSize', () => {
  it('accepts the offered sizes only', () => {
    expect(parsePageSize('50')).toBe(50);
    expect(parsePageSize('7')).toBe(20);
    expect(parsePageSize(undefined)).toBe(20);
    expect(parsePageSize('1e9')).toBe(20);
  });
});

describe('usePagedList', () => {
  it("limits a project-filtered resource to the session's project, with the user's filters", async () => {
    const list = fakeList();
    const resource = { ...resourceWith(list), projectFilter: 'project_id' };
    const { result } = renderHook(() => usePagedList(resource, { name: 'web' }), { wrapper });
    await waitFor(() => expect(result.current.rows).toHaveLength(20));
    expect(list).toHaveBeenCalledWith(
      {},
      { limit: 21, marker: undefined, filters: { name: 'web', project_id: 'demo-project' } },
    );
  });

  it('asks for one row more than a page, and offers Next only when it came', async () => {
    const list = fakeList();
    const { result } = renderHook(() => usePagedList(resourceWith(list)), { wrapper });
    await waitFor(() => expect(result.current.rows).toHaveLength(20));
    expect(list).toHaveBeenCalledWith({}, { limit: 21, marker: undefined, filters: undefined });
    expect(result.current.hasNext).toBe(true);
    act(() => result.current.next());
    await waitFor(() => expect(result.current.rows?.[0]?.id).toBe('r20'));
    expect(result.current.rows).toHaveLength(10);
    expect(result.current.hasNext).toBe(false);
    expect(result.current.hasPrev).toBe(true);
  });

  it('shows the page the server rendered without asking the cloud again', async () => {
    const list = fakeList();
    const initial: InitialList<Row> = {
      scope: 'demo@RegionOne',
      pageSize: 20,
      page: { items: ALL.slice(0, 20), next: 'r19' },
      lookups: {},
    };
    const { result } = renderHook(() => usePagedList(resourceWith(list), undefined, initial), {
      wrapper,
    });
    expect(result.current.rows).toHaveLength(20);
    expect(result.current.hasNext).toBe(true);
    // Changes to its rows (an action's result, polling) apply to the rendered page.
    await act(async () => {
      await result.current.mutate(
        (data) =>
          data && {
            ...data,
            items: data.items.map((r) => (r.id === 'r0' ? { ...r, status: 'SHUTOFF' } : r)),
          },
        { revalidate: false },
      );
    });
    await waitFor(() => expect(result.current.rows?.[0]?.status).toBe('SHUTOFF'));
    expect(list).not.toHaveBeenCalled();
    // The next page is the cloud's, asked for with the rendered page's marker.
    act(() => result.current.next());
    await waitFor(() => expect(result.current.rows?.[0]?.id).toBe('r20'));
    expect(list).toHaveBeenCalledWith({}, { limit: 21, marker: 'r19', filters: undefined });
  });

  it('fetches when this browser wants another page size than the server rendered', async () => {
    setPageSizeCookie(5);
    const list = fakeList();
    const initial: InitialList<Row> = {
      scope: 'demo@RegionOne',
      pageSize: 20,
      page: { items: ALL.slice(0, 20), next: 'r19' },
      lookups: {},
    };
    const { result } = renderHook(() => usePagedList(resourceWith(list), undefined, initial), {
      wrapper,
    });
    await waitFor(() => expect(result.current.rows).toHaveLength(5));
    expect(list).toHaveBeenCalledWith({}, { limit: 6, marker: undefined, filters: undefined });
  });

  it('never shows a page rendered for another project or region', async () => {
    const list = fakeList();
    const initial: InitialList<Row> = {
      scope: 'class-lab@RegionOne',
      pageSize: 20,
      page: { items: [{ id: 'theirs', status: 'ACTIVE' }] },
      lookups: {},
    };
    const { result } = renderHook(() => usePagedList(resourceWith(list), undefined, initial), {
      wrapper,
    });
    expect(result.current.rows).toBeUndefined();
    await waitFor(() => expect(result.current.rows?.[0]?.id).toBe('r0'));
  });

  it('keeps the page size the user picks in a cookie the server can read', async () => {
    const list = fakeList();
    const { result } = renderHook(() => usePagedList(resourceWith(list)), { wrapper });
    await waitFor(() => expect(result.current.rows).toHaveLength(20));
    act(() => result.current.setPageSize(10));
    await waitFor(() => expect(result.current.rows).toHaveLength(10));
    expect(document.cookie).toContain(`${PAGE_SIZE_COOKIE}=10`);
  });
});
