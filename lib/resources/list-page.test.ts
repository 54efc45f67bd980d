import { describe, expect, it, vi } from 'vitest';
import type { Api } from '@/lib/openstack/api';
import type { ListQuery } from '@/lib/openstack/pagination';
import { PANELS } from '@/lib/panels';
import { fetchListPage } from './list-page';
import type { ResourceDefinition } from './types';

interface Row {
  id: string;
}

const OWN: Row[] = Array.from({ length: 5 }, (_, i) => ({ id: `own${i}` }));
const api = {} as Api;

function resource(extra: Partial<ResourceDefinition<Row>>) {
  const list = vi.fn(async (_api: Api, query: ListQuery) => {
    const start = query.marker ? OWN.findIndex((r) => r.id === query.marker) + 1 : 0;
    return {
      items: OWN.slice(start, start + (query.limit ?? OWN.length)),
      pinned: query.marker ? [] : [{ id: 'shared' }],
    };
  });
  const definition = {
    panel: PANELS.networks,
    apiRef: 'test',
    singular: 'Row',
    key: (r: Row) => r.id,
    name: (r: Row) => r.id,
    list,
    paging: 'server',
    columns: [],
    createActions: [],
    rowActions: [],
    ...extra,
  } as ResourceDefinition<Row>;
  return { definition, list };
}

describe('fetchListPage', () => {
  it('limits to the project for an admin only when the filter is for admins', async () => {
    const { definition, list } = resource({ adminProjectFilter: 'project_id' });
    await fetchListPage(definition, api, { pageSize: 2, projectId: 'p1', admin: false });
    expect(list).toHaveBeenLastCalledWith(api, { limit: 3, marker: undefined, filters: undefined });
    await fetchListPage(definition, api, {
      pageSize: 2,
      projectId: 'p1',
      admin: true,
      filters: { name: 'n' },
    });
    expect(list).toHaveBeenLastCalledWith(api, {
      limit: 3,
      marker: undefined,
      filters: { name: 'n', project_id: 'p1' },
    });
  });

  it('shows pinned rows before the page without counting them in its paging', async () => {
    const { definition } = resource({});
    const first = await fetchListPage(definition, api, { pageSize: 2 });
    expect(first.items.map((r) => r.id)).toEqual(['shared', 'own0', 'own1']);
    expect(first.next).toBe('own1');
    const second = await fetchListPage(definition, api, { pageSize: 2, marker: first.next });
    expect(second.items.map((r) => r.id)).toEqual(['own2', 'own3']);
  });
});
