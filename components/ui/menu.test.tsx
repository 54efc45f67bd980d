// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { Menu, preloadMenu, type MenuItem } from './menu';

function actions() {
  const onEdit = vi.fn();
  const onReboot = vi.fn();
  const onDelete = vi.fn();
  const items: MenuItem[] = [
    { id: 'edit', label: 'Edit Instance', onSelect: onEdit },
    { id: 'reboot', label: 'Reboot Instance', onSelect: onReboot },
    {
      id: 'delete',
      label: 'Delete Instance',
      onSelect: onDelete,
      danger: true,
      disabledReason: 'The instance is locked.',
    },
  ];
  return { items, onEdit, onReboot, onDelete };
}

function setup() {
  const user = userEvent.setup();
  const a = actions();
  render(
    <>
      <Menu label="More actions for web-1" buttonLabel="More" items={a.items} />
      <p>Outside</p>
    </>,
  );
  // Looked up each time: on first opening the button becomes the loaded menu's own.
  const button = () => screen.getByRole('button', { name: 'More actions for web-1' });
  return { user, ...a, button };
}

const item = (name: string) => screen.getByRole('menuitem', { name });

// The menu's code loads on first use; load it up front so each step is synchronous.
beforeAll(async () => {
  await preloadMenu();
});
afterEach(cleanup);

describe('Menu', () => {
  it('opens on click and focuses the first item', async () => {
    const { user, button } = setup();
    expect(screen.queryByRole('menu')).toBeNull();
    expect(button().getAttribute('aria-expanded')).toBe('false');
    expect(button().getAttribute('aria-haspopup')).toBe('menu');

    await user.click(button());
    const menu = screen.getByRole('menu', { name: 'More actions for web-1' });
    expect(button().getAttribute('aria-expanded')).toBe('true');
    expect(button().getAttribute('aria-controls')).toBe(menu.id);
    expect(screen.getAllByRole('menuitem').map((i) => i.textContent)).toEqual([
      'Edit Instance',
      'Reboot Instance',
      'Delete Instance',
    ]);
    expect(document.activeElement).toBe(item('Edit Instance'));
  });

  it('moves focus with ArrowDown and ArrowUp, wrapping at the ends', async () => {
    const { user, button } = setup();
    await user.click(button());

    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(item('Reboot Instance'));
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(item('Delete Instance'));
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(item('Edit Instance'));
    await user.keyboard('{ArrowUp}');
    expect(document.activeElement).toBe(item('Delete Instance'));
    await user.keyboard('{ArrowUp}');
    expect(document.activeElement).toBe(item('Reboot Instance'));
    await user.keyboard('{Home}');
    expect(document.activeElement).toBe(item('Edit Instance'));
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(item('Delete Instance'));
  });

  it('closes on Escape and returns focus to the button', async () => {
    const { user, button, onEdit, onReboot } = setup();
    await user.click(button());
    await user.keyboard('{ArrowDown}');

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(button().getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(button());
    expect(onEdit).not.toHaveBeenCalled();
    expect(onReboot).not.toHaveBeenCalled();
  });

  it('opens from the keyboard and runs the focused item with Enter', async () => {
    const { user, button, onReboot } = setup();
    button().focus();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(item('Edit Instance'));

    await user.keyboard('{ArrowDown}{Enter}');
    expect(onReboot).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('runs an item on click and closes', async () => {
    const { user, button, onEdit } = setup();
    await user.click(button());
    await user.click(item('Edit Instance'));
    expect(onEdit).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('shows a disabled item with its reason and does not run it', async () => {
    const { user, button, onDelete } = setup();
    await user.click(button());
    const del = item('Delete Instance');
    expect(del.getAttribute('aria-disabled')).toBe('true');
    expect(del.title).toBe('The instance is locked.');
    const description = document.getElementById(del.getAttribute('aria-describedby') ?? '');
    expect(description?.textContent).toBe('The instance is locked.');
    expect(item('Edit Instance').getAttribute('aria-disabled')).toBeNull();

    await user.click(del);
    await user.keyboard('{End}{Enter}');
    expect(onDelete).not.toHaveBeenCalled();
    expect(screen.getByRole('menu')).toBeTruthy();
  });

  it('closes when the user clicks outside', async () => {
    const { user, button } = setup();
    await user.click(button());
    await user.click(screen.getByText('Outside'));
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('uses menuitemradio with aria-checked when items carry a checked state', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(
      <Menu
        label="Switch project"
        buttonLabel="demo"
        items={[
          { id: 'demo', label: 'demo', onSelect, checked: true },
          { id: 'class-lab', label: 'class-lab', onSelect, checked: false },
        ]}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Switch project' }));
    expect(screen.queryAllByRole('menuitem')).toHaveLength(0);
    expect(screen.getByRole('menuitemradio', { name: 'demo', checked: true })).toBeTruthy();
    expect(screen.getByRole('menuitemradio', { name: 'class-lab', checked: false })).toBeTruthy();
  });
});
