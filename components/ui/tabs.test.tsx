// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { Tabs } from './tabs';

const TABS = [
  { id: 'overview', label: 'Overview', content: <p>Name: web-1</p> },
  { id: 'log', label: 'Log', content: <p>cloud-init finished</p> },
  { id: 'console', label: 'Console', content: <p>noVNC</p> },
];

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});

describe('Tabs', () => {
  it('shows the first tab; arrow keys move focus and selection, and the hash follows', async () => {
    const user = userEvent.setup();
    render(<Tabs label="Instance details" tabs={TABS} />);
    expect(screen.getByRole('tablist', { name: 'Instance details' })).toBeTruthy();
    expect(screen.getByRole('tabpanel').textContent).toBe('Name: web-1');
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Overview' }));
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Log' }));
    expect(screen.getByRole('tab', { name: 'Log' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tabpanel').textContent).toBe('cloud-init finished');
    expect(window.location.hash).toBe('#log');
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(screen.getByRole('tabpanel').textContent).toBe('noVNC');
  });

  it('opens the tab named in the URL hash', () => {
    window.history.replaceState(null, '', '/#console');
    render(<Tabs label="Instance details" tabs={TABS} />);
    expect(screen.getByRole('tab', { name: 'Console' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tabpanel').textContent).toBe('noVNC');
  });
});
