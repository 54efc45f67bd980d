import { describe, expect, it } from 'vitest';
import type { Server } from '@/lib/openstack/compute/server-schemas';
import { isTransitional, powerStateLabel, statusLabel, taskLabel } from './instance-status';

function server(status: string, task: string | null = null): Server {
  return {
    id: 'x',
    name: 'x',
    status,
    metadata: {},
    flavor: {},
    created: '2026-11-26T10:00:00Z',
    addresses: {},
    'OS-EXT-STS:task_state': task,
  };
}

describe('instance status', () => {
  it("reads states in Horizon's words", () => {
    expect(statusLabel('ACTIVE')).toBe('Active');
    expect(statusLabel('SHELVED_OFFLOADED')).toBe('Shelved Offloaded');
    expect(statusLabel('VERIFY_RESIZE')).toBe('Confirm or Revert Resize/Migrate');
    expect(taskLabel('powering-off')).toBe('Powering Off');
    expect(taskLabel(null)).toBe('None');
    expect(powerStateLabel(4)).toBe('Shut Down');
    expect(powerStateLabel(undefined)).toBe('No State');
  });
  it('knows which rows will change by themselves', () => {
    expect(isTransitional(server('BUILD', 'spawning'))).toBe(true);
    expect(isTransitional(server('ACTIVE', 'powering-off'))).toBe(true);
    expect(isTransitional(server('REBOOT'))).toBe(true);
    expect(isTransitional(server('DELETED'))).toBe(true);
    expect(isTransitional(server('ACTIVE'))).toBe(false);
    expect(isTransitional(server('SHUTOFF'))).toBe(false);
    expect(isTransitional(server('ERROR'))).toBe(false);
  });
});
