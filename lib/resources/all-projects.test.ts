import { describe, expect, it, vi } from 'vitest';
import type { Api } from '@/lib/openstack/api';
import type { Panel } from '@/lib/panels';
import { allProjectsDefinition, projectLabel, PROJECTS_LOOKUP } from './all-projects';
import type { ResourceDefinition } from './types';

interface Row {
  id: string;
  owner?: string;
}

const panel: Panel = {
  id: 'p',
  title: 'Things',
  path: '/project/things',
  service: 'compute',
  dashboard: 'Project',
  group: 'Compute',
};
const adminPanel: Panel = { ...panel, id: 'a', path: '/admin/things', dashboard: 'Admin' };

function base(list = vi.fn(async () => ({ items: [] as Row[] }))): ResourceDefinition<Row> {
  return {
    panel,
    apiRef: 'x',
    singular: 'Thing',
    key: (r) => r.id,
    name: (r) => r.id,
    list,
    paging: 'server',
    projectFilter: 'project_id',
    views: [{ id: 'mine', label: 'Mine', filters: () => ({ owner: 'me' }) }],
    columns: [
      { id: 'name', header: 'Name', cell: (r) => r.id },
      { id: 'secret', header: 'Key', cell: () => 'k' },
    ],
    createActions: [{ id: 'create', label: 'Create', launcher: () => null }],
    rowActions: [],
  };
}

describe('allProjectsDefinition', () => {
  it("asks for every project's rows, with Project first and the project scoping removed", async () => {
    const list = vi.fn(async () => ({ items: [] as Row[] }));
    const def = allProjectsDefinition(base(list), {
      panel: adminPanel,
      projectOf: (r) => r.owner,
      allProjectsFilters: { all_tenants: '1' },
      omitColumns: ['secret'],
    });
    await def.list({} as Api, { limit: 5, filters: { name: 'x' } });
    expect(list).toHaveBeenCalledWith({}, { limit: 5, filters: { name: 'x', all_tenants: '1' } });
    expect(def.columns.map((c) => c.header)).toEqual(['Project', 'Name']);
    expect(def.panel).toBe(adminPanel);
    expect(def.projectFilter).toBeUndefined();
    expect(def.views).toBeUndefined();
    expect(def.createActions).toEqual([]);
    const cell = def.columns[0]!.cell(
      { id: '1', owner: 'p1' },
      { [PROJECTS_LOOKUP]: { p1: 'demo' } },
    );
    expect(cell).toBe('demo');
  });

  it('names the project by Keystone, by id when unknown, "-" when none', () => {
    const lookups = { [PROJECTS_LOOKUP]: { p1: 'demo' } };
    expect(projectLabel('p1', lookups)).toBe('demo');
    expect(projectLabel('gone', lookups)).toBe('gone');
    expect(projectLabel(undefined, lookups)).toBe('-');
  });
});
