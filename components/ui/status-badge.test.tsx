// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { statusTone, type StatusTone } from '@/lib/ui/status-tone';
import { StatusBadge } from './status-badge';

afterEach(cleanup);

describe('statusTone', () => {
  it.each<[string, StatusTone]>([
    // Settled and good: Nova, Cinder, Neutron, Heat.
    ['ACTIVE', 'ok'],
    ['available', 'ok'],
    ['in-use', 'ok'],
    ['UP', 'ok'],
    ['CREATE_COMPLETE', 'ok'],
    // Something is happening.
    ['BUILD', 'busy'],
    ['REBOOT', 'busy'],
    ['HARD_REBOOT', 'busy'],
    ['RESIZE', 'busy'],
    ['VERIFY_RESIZE', 'busy'],
    ['deleting', 'busy'],
    ['creating', 'busy'],
    ['attaching', 'busy'],
    ['CREATE_IN_PROGRESS', 'busy'],
    ['PENDING_CREATE', 'busy'],
    // Broken.
    ['ERROR', 'bad'],
    ['error', 'bad'],
    ['error_deleting', 'bad'],
    ['CREATE_FAILED', 'bad'],
    ['DELETE_FAILED', 'bad'],
    ['killed', 'bad'],
    ['DOWN', 'bad'],
    // Off, resting, or unknown.
    ['SHUTOFF', 'idle'],
    ['PAUSED', 'idle'],
    ['SUSPENDED', 'idle'],
    ['SHELVED_OFFLOADED', 'idle'],
    ['DELETED', 'idle'],
    ['UNKNOWN', 'idle'],
  ])('%s is %s', (status, tone) => {
    expect(statusTone(status)).toBe(tone);
  });
});

describe('StatusBadge', () => {
  it('shows the status when no label is given', () => {
    render(<StatusBadge status="SHUTOFF" />);
    expect(screen.getByText('SHUTOFF')).toBeTruthy();
  });

  it('shows the label in place of the raw status', () => {
    render(<StatusBadge status="BUILD" label="Build" />);
    expect(screen.getByText('Build')).toBeTruthy();
    expect(screen.queryByText('BUILD')).toBeNull();
  });

  it('adds nothing to the text but the label while busy', () => {
    const { container } = render(<StatusBadge status="REBOOT" label="Rebooting" />);
    expect(container.textContent).toBe('Rebooting');
  });
});
