'use client';
// A project's members and their roles (Keystone's role assignments), on its detail page.
import useSWR from 'swr';
import { Alert } from '@/components/ui/alert';
import { Spinner } from '@/components/ui/spinner';
import { useApi } from '@/lib/hooks/use-api';

export function ProjectMembers({ project }: { project: string }) {
  const api = useApi();
  const { data, error } = useSWR(['project-members', project], () =>
    api.identity.listProjectRoleAssignments(project),
  );
  if (error) {
    return (
      <Alert tone="error" title="Unable to list the project members">
        {error instanceof Error ? error.message : String(error)}
      </Alert>
    );
  }
  if (!data) return <Spinner label="Loading members" />;
  const members = new Map<string, { name: string; roles: string[] }>();
  for (const a of data) {
    const actor = a.user ?? a.group;
    if (!actor) continue;
    const key = `${a.user ? 'user' : 'group'}:${actor.id}`;
    const entry = members.get(key) ?? {
      name: `${actor.name ?? actor.id}${a.group ? ' (group)' : ''}`,
      roles: [],
    };
    entry.roles.push(a.role.name ?? a.role.id);
    members.set(key, entry);
  }
  if (members.size === 0) return <p className="text-sm text-muted">No members.</p>;
  return (
    <table className="w-full text-sm">
      <caption className="sr-only">Project Members</caption>
      <thead>
        <tr className="text-left text-muted">
          <th className="py-1 pr-4">User Name</th>
          <th className="py-1 pr-4">Roles</th>
        </tr>
      </thead>
      <tbody>
        {[...members.entries()]
          .sort(([, a], [, b]) => a.name.localeCompare(b.name))
          .map(([key, m]) => (
            <tr key={key} className="border-t border-line">
              <td className="py-1 pr-4">{m.name}</td>
              <td className="py-1 pr-4">{[...m.roles].sort().join(', ')}</td>
            </tr>
          ))}
      </tbody>
    </table>
  );
}
