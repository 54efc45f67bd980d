import { describe, expect, it, vi } from 'vitest';
import type { Api } from '@/lib/openstack/api';
import { walkthroughSchema, type Walkthrough } from '@/lib/walkthroughs/schema';
import { classProgress, classWalkthroughs, cloudSteps } from './class-progress-data';

const walkthrough: Walkthrough = walkthroughSchema.parse({
  id: 'net',
  title: 'A network',
  level: 'beginner',
  minutes: 10,
  summary: 'Network, then router.',
  ways: { cli: 'openstack network create x', sdk: 'conn', hot: 'resources: {}' },
  steps: [
    { id: 'open', text: 'Open Networks.', done: { visited: '/project/networks' } },
    { id: 'net', text: 'Make it.', done: { network: { name: '{user}-net' } } },
    { id: 'router', text: 'Route it.', done: { router: { name: '{user}-router' } } },
  ],
});

const assignment = (user: string, project: string) => ({
  role: { id: 'm', name: 'member' },
  user: { id: `u-${user}`, name: user },
  scope: { project: { id: `p-${project}`, name: project } },
});

function fakeApi(networksOf: Record<string, string[]>, routersOf: Record<string, string[]>) {
  const listNetworks = vi.fn(async (q: { name: string; project_id: string }) =>
    (networksOf[q.project_id] ?? [])
      .filter((n) => n === q.name)
      .map((name) => ({ id: name, name })),
  );
  const listRouters = vi.fn(async (q: { filters: { name: string; project_id: string } }) => ({
    items: (routersOf[q.filters.project_id] ?? [])
      .filter((n) => n === q.filters.name)
      .map((name) => ({ id: name, name })),
  }));
  const api = {
    identity: {
      listRoleAssignments: async () => [
        assignment('student01', 'student01'),
        assignment('student02', 'student02'),
        assignment('demo', 'demo'),
      ],
    },
    network: { listNetworks, listRouters },
  } as unknown as Api;
  return { api, listNetworks, listRouters };
}

describe('Class Progress rows', () => {
  it('counts only the steps the cloud can tell (not visited)', () => {
    expect(cloudSteps(walkthrough).map((s) => s.id)).toEqual(['net', 'router']);
    expect(classWalkthroughs([walkthrough])).toEqual([{ id: 'net', title: 'A network', steps: 2 }]);
  });

  it("checks each student's own project with the student's name, stopping at the first step not met", async () => {
    const { api, listNetworks, listRouters } = fakeApi(
      { 'p-student01': ['student01-net'], 'p-student02': ['student01-net'] },
      {},
    );
    const rows = await classProgress(api, [walkthrough], 'student');
    expect(rows.map((r) => [r.userName, r.projectName, r.progress.net])).toEqual([
      ['student01', 'student01', { kind: 'step', step: 2, steps: 2 }],
      ['student02', 'student02', { kind: 'not-started', steps: 2 }],
    ]);
    expect(listNetworks).toHaveBeenCalledWith({ name: 'student02-net', project_id: 'p-student02' });
    // student02 has no network: its router step is never asked.
    expect(listRouters).toHaveBeenCalledTimes(1);
    expect(listRouters).toHaveBeenCalledWith({
      filters: { name: 'student01-router', project_id: 'p-student01' },
      limit: 50,
    });
  });

  it('shows a walkthrough completed when every cloud step holds', async () => {
    const { api } = fakeApi(
      { 'p-student01': ['student01-net'] },
      { 'p-student01': ['student01-router'] },
    );
    const [row] = await classProgress(api, [walkthrough], 'student01');
    expect(row?.progress.net).toEqual({ kind: 'completed', steps: 2 });
  });
});
