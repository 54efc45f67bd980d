// @vitest-environment jsdom
// The first opening, before the menu's code has loaded: the button is already a
// menu button, and the press that loads the code also opens the menu.
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, it, vi } from 'vitest';
import { Menu } from './menu';

afterEach(cleanup);

it('opens from the keyboard on the first press, focus on the first item', async () => {
  const user = userEvent.setup();
  const onSelect = vi.fn();
  render(
    <Menu
      label="Switch region"
      buttonLabel="RegionOne"
      items={[
        { id: 'one', label: 'RegionOne', onSelect, checked: true },
        { id: 'two', label: 'RegionTwo', onSelect, checked: false },
      ]}
    />,
  );
  const button = screen.getByRole('button', { name: 'Switch region' });
  expect(button.getAttribute('aria-haspopup')).toBe('menu');
  expect(button.getAttribute('aria-expanded')).toBe('false');
  expect(screen.queryByRole('menu')).toBeNull();

  button.focus();
  await user.keyboard('{Enter}');
  expect(await screen.findByRole('menu', { name: 'Switch region' })).toBeTruthy();
  expect(document.activeElement).toBe(screen.getByRole('menuitemradio', { name: 'RegionOne' }));
  await user.keyboard('{ArrowDown}{Enter}');
  expect(onSelect).toHaveBeenCalledTimes(1);
  expect(screen.queryByRole('menu')).toBeNull();
});
