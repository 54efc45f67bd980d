import { describe, expect, it } from 'vitest';
import type { Server } from '@/lib/openstack/compute/server-schemas';
import type { PublicSession } from '@/lib/session-token';
import { allowedBy } from './rules';

const member: PublicSession = {
  cloudId: 'c',
  user: { id: 'u', name: 'demo', domainName: 'Default' },
  project: { id: 'p', name: 'demo' },
  roles: ['member'],
  region: 'RegionOne',
  expiresAt: '2099-01-01T00:00:00Z',
};
const admin: PublicSession = { ...member, roles: ['admin', 'member'] };

function server(status: string, extra: Partial<Server> = {}): Server {
  return {
    id: 'i',
    name: 'vm',
    status,
    metadata: {},
    flavor: {},
    created: '',
    addresses: {},
    ...extra,
  };
}

describe('instance action rules', () => {
  const pause = allowedBy({ statuses: ['ACTIVE'], respectsLock: true });
  const remove = allowedBy({ duringTask: true, respectsLock: true });

  it('allows an action in its states only, saying why not', () => {
    expect(pause(server('ACTIVE'), member)).toBe(true);
    expect(pause(server('SHUTOFF'), member)).toBe('Not available while the instance is Shutoff.');
  });

  it('waits for a running task, except for Delete', () => {
    const busy = server('ACTIVE', { 'OS-EXT-STS:task_state': 'rebooting' });
    expect(pause(busy, member)).toBe('Not while the instance is busy (Rebooting).');
    expect(remove(busy, member)).toBe(true);
    expect(remove(server('ACTIVE', { 'OS-EXT-STS:task_state': 'deleting' }), member)).toBe(
      'The instance is being deleted.',
    );
  });

  it('honours the lock for members, not for admins', () => {
    const locked = server('ACTIVE', { locked: true, locked_reason: 'exam' });
    expect(pause(locked, member)).toBe('The instance is locked: exam');
    expect(pause(locked, admin)).toBe(true);
  });
});
