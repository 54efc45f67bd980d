// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backoffDelay } from '@/lib/hooks/backoff';
import { OpenStackError } from '@/lib/openstack/errors';
import { useRowPolling } from './use-row-polling';

interface Server {
  id: string;
  status: string;
}

const transitional = (s: Server) => /^(BUILD|REBOOT|deleting)$/.test(s.status);

const initial: Server[] = [
  { id: 'a', status: 'ACTIVE' },
  { id: 'b', status: 'BUILD' },
  { id: 'c', status: 'deleting' },
];

function notFound(id: string) {
  return new OpenStackError({
    code: 404,
    title: 'Not Found',
    message: `Instance ${id} could not be found.`,
    service: 'compute',
  });
}

/** Advance fake time and let the awaited GETs settle inside act. */
async function advance(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

/** Like ResourceTable: onUpdate and onGone change the rows the hook sees. */
function useList(get: (key: string) => Promise<Server>) {
  const [rows, setRows] = useState<Server[]>(initial);
  useRowPolling({
    rows,
    rowKey: (s) => s.id,
    transitional,
    get,
    onUpdate: (row) => setRows((all) => all.map((r) => (r.id === row.id ? row : r))),
    onGone: (key) => setRows((all) => all.filter((r) => r.id !== key)),
  });
  return rows;
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('useRowPolling', () => {
  it('polls only the transitional rows, on the backoff schedule', async () => {
    const get = vi.fn(async (id: string) => ({ id, status: id === 'b' ? 'BUILD' : 'deleting' }));
    const onUpdate = vi.fn();
    renderHook(() =>
      useRowPolling({
        rows: initial,
        rowKey: (s) => s.id,
        transitional,
        get,
        onUpdate,
        onGone: vi.fn(),
      }),
    );

    await advance(backoffDelay(0) - 1);
    expect(get).not.toHaveBeenCalled();
    await advance(1);
    expect(get.mock.calls.map(([id]) => id).sort()).toEqual(['b', 'c']);

    await advance(backoffDelay(1) - 1);
    expect(get).toHaveBeenCalledTimes(2);
    await advance(1);
    expect(get).toHaveBeenCalledTimes(4);

    await advance(backoffDelay(2) - 1);
    expect(get).toHaveBeenCalledTimes(4);
    await advance(1);
    expect(get).toHaveBeenCalledTimes(6);
    expect(get).not.toHaveBeenCalledWith('a');
    expect(onUpdate).toHaveBeenCalledWith({ id: 'b', status: 'BUILD' });
    expect(onUpdate).toHaveBeenCalledWith({ id: 'c', status: 'deleting' });
  });

  it('hands fresh rows to onUpdate and stops once no row is transitional', async () => {
    const get = vi.fn(async (id: string) => ({ id, status: 'ACTIVE' }));
    const { result } = renderHook(() => useList(get));

    await advance(backoffDelay(0));
    expect(get).toHaveBeenCalledTimes(2);
    expect(result.current).toEqual([
      { id: 'a', status: 'ACTIVE' },
      { id: 'b', status: 'ACTIVE' },
      { id: 'c', status: 'ACTIVE' },
    ]);

    await advance(10 * backoffDelay(50));
    expect(get).toHaveBeenCalledTimes(2);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('keeps polling a row until it settles, then only the others', async () => {
    const statuses: Record<string, string[]> = {
      b: ['BUILD', 'ACTIVE'],
      c: ['deleting', 'deleting', 'deleting'],
    };
    const get = vi.fn(async (id: string) => ({ id, status: statuses[id]?.shift() ?? 'ERROR' }));
    const { result } = renderHook(() => useList(get));

    await advance(backoffDelay(0));
    await advance(backoffDelay(1));
    expect(result.current.find((r) => r.id === 'b')?.status).toBe('ACTIVE');
    const callsFor = (id: string) => get.mock.calls.filter(([k]) => k === id).length;
    expect(callsFor('b')).toBe(2);

    // Once b settles only c is polled; the set of keys changed, so the schedule restarts.
    await advance(backoffDelay(0));
    expect(callsFor('b')).toBe(2);
    expect(callsFor('c')).toBe(3);
    expect(result.current.find((r) => r.id === 'c')?.status).toBe('deleting');

    await advance(backoffDelay(1));
    expect(callsFor('c')).toBe(4);
    expect(result.current.find((r) => r.id === 'c')?.status).toBe('ERROR');

    await advance(60_000);
    expect(get).toHaveBeenCalledTimes(6);
  });

  it('drops a row that answers 404 and stops polling it', async () => {
    const get = vi.fn(async (id: string): Promise<Server> => {
      if (id === 'c') throw notFound(id);
      return { id, status: 'BUILD' };
    });
    const { result } = renderHook(() => useList(get));

    await advance(backoffDelay(0));
    expect(result.current.map((r) => r.id)).toEqual(['a', 'b']);

    await advance(60_000);
    expect(get.mock.calls.filter(([k]) => k === 'c')).toHaveLength(1);
    expect(get.mock.calls.filter(([k]) => k === 'b').length).toBeGreaterThan(1);
  });

  it('reports a 404 OpenStackError through onGone, and nothing else', async () => {
    const onGone = vi.fn();
    const onUpdate = vi.fn();
    const get = vi.fn(async (id: string): Promise<Server> => {
      if (id === 'b') throw notFound(id);
      throw new OpenStackError({
        code: 503,
        title: 'Service Unavailable',
        message: 'Compute is down.',
        service: 'compute',
      });
    });
    renderHook(() =>
      useRowPolling({ rows: initial, rowKey: (s) => s.id, transitional, get, onUpdate, onGone }),
    );

    await advance(backoffDelay(0));
    expect(onGone).toHaveBeenCalledTimes(1);
    expect(onGone).toHaveBeenCalledWith('b');
    expect(onUpdate).not.toHaveBeenCalled();

    // A failing GET (503) is not a deletion; polling carries on with backoff.
    await advance(backoffDelay(1));
    expect(get.mock.calls.filter(([k]) => k === 'c')).toHaveLength(2);
    expect(onGone).not.toHaveBeenCalledWith('c');
  });

  it('does nothing without a transitional row, and stops on unmount', async () => {
    const get = vi.fn(async (id: string) => ({ id, status: 'BUILD' }));
    const settled = initial.map((r) => ({ ...r, status: 'ACTIVE' }));
    const { rerender, unmount } = renderHook(
      ({ rows }: { rows: Server[] | undefined }) =>
        useRowPolling({
          rows,
          rowKey: (s) => s.id,
          transitional,
          get,
          onUpdate: vi.fn(),
          onGone: vi.fn(),
        }),
      { initialProps: { rows: undefined as Server[] | undefined } },
    );
    await advance(60_000);
    rerender({ rows: settled });
    await advance(60_000);
    expect(get).not.toHaveBeenCalled();

    rerender({ rows: initial });
    await advance(backoffDelay(0));
    expect(get).toHaveBeenCalledTimes(2);
    unmount();
    await advance(60_000);
    expect(get).toHaveBeenCalledTimes(2);
  });

  it('schedules nothing more when unmounted while a GET is in flight', async () => {
    let answer: (row: Server) => void = () => {};
    const get = vi.fn(
      (id: string) =>
        new Promise<Server>((resolve) => {
          if (id === 'b') answer = resolve;
          else resolve({ id, status: 'deleting' });
        }),
    );
    const { unmount } = renderHook(() =>
      useRowPolling({
        rows: initial,
        rowKey: (s) => s.id,
        transitional,
        get,
        onUpdate: vi.fn(),
        onGone: vi.fn(),
      }),
    );
    await advance(backoffDelay(0));
    expect(get).toHaveBeenCalledTimes(2);

    unmount();
    answer({ id: 'b', status: 'BUILD' });
    await advance(60_000);
    expect(get).toHaveBeenCalledTimes(2);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('refreshes the whole page once per tick when many rows are in transition', async () => {
    const many: Server[] = Array.from({ length: 5 }, (_, i) => ({ id: `s${i}`, status: 'BUILD' }));
    const get = vi.fn(async (id: string) => ({ id, status: 'BUILD' }));
    const refreshAll = vi.fn(async () => undefined);
    renderHook(() =>
      useRowPolling({
        rows: many,
        rowKey: (s) => s.id,
        transitional,
        get,
        onUpdate: () => undefined,
        onGone: () => undefined,
        refreshAll,
        batchAbove: 3,
      }),
    );
    await advance(backoffDelay(0));
    expect(refreshAll).toHaveBeenCalledTimes(1);
    expect(get).not.toHaveBeenCalled();
    await advance(backoffDelay(1));
    expect(refreshAll).toHaveBeenCalledTimes(2);
  });
});
