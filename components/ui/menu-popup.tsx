'use client';
// The dropdown menu on Radix, loaded on first use by menu.tsx: focus moves into the menu
// when it opens, arrow keys move, Escape closes and returns focus to the button,
// and the menu follows its button when a table scrolls.
import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { useId } from 'react';
import type { MenuItem, MenuProps } from './menu-types';

const ITEM =
  'flex w-full cursor-default items-center gap-2 px-3 py-1.5 text-left whitespace-nowrap outline-none select-none data-highlighted:bg-hover';

/** The Radix menu behind `Menu`, loaded when a menu is first opened. */
export function MenuPopup({
  label,
  buttonLabel,
  items,
  buttonClassName = '',
  align = 'right',
  header,
  nameFromContent = false,
  open,
  onOpenChange,
}: MenuProps & { open: boolean; onOpenChange: (open: boolean) => void }) {
  const reasonId = useId();
  const hasChecks = items.some((i) => i.checked !== undefined);

  const itemProps = (item: MenuItem, index: number) => ({
    // Disabled items stay focusable so keyboard users reach the reason.
    'aria-disabled': item.disabledReason ? true : undefined,
    'aria-describedby': item.disabledReason ? `${reasonId}-${index}` : undefined,
    title: item.disabledReason,
    onSelect: (event: Event) => {
      if (item.disabledReason) {
        event.preventDefault();
        return;
      }
      item.onSelect();
    },
    className: `${ITEM} ${item.danger ? 'text-danger' : ''} ${
      item.disabledReason ? 'cursor-not-allowed opacity-50' : ''
    }`,
  });

  return (
    <DropdownMenu.Root modal={false} open={open} onOpenChange={onOpenChange}>
      <DropdownMenu.Trigger
        aria-label={nameFromContent ? undefined : label}
        className={buttonClassName}
      >
        {buttonLabel}
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          aria-label={label}
          align={align === 'right' ? 'end' : 'start'}
          sideOffset={4}
          collisionPadding={8}
          loop
          // Radix focuses the first item only when opened from the keyboard; when
          // the pointer opened it, the menu itself gets focus: pass it on to the
          // first item so arrows and Escape work the same either way.
          onFocus={(event) => {
            if (event.target !== event.currentTarget) return;
            event.currentTarget
              .querySelector<HTMLElement>('[role^="menuitem"]')
              ?.focus({ preventScroll: true });
          }}
          className="z-50 max-h-80 min-w-44 overflow-y-auto rounded-md border border-line bg-surface py-1 text-sm text-fg shadow-lg"
        >
          {header}
          {hasChecks ? (
            <DropdownMenu.RadioGroup value={items.find((i) => i.checked)?.id ?? ''}>
              {items.map((item, index) => (
                <DropdownMenu.RadioItem key={item.id} value={item.id} {...itemProps(item, index)}>
                  <span aria-hidden className="w-3 text-accent">
                    {item.checked ? '✓' : ''}
                  </span>
                  {item.label}
                </DropdownMenu.RadioItem>
              ))}
            </DropdownMenu.RadioGroup>
          ) : (
            items.map((item, index) => (
              <DropdownMenu.Item key={item.id} {...itemProps(item, index)}>
                {item.label}
              </DropdownMenu.Item>
            ))
          )}
          {/* Each disabled item's reason, announced as its description. */}
          <div hidden>
            {items.map((item, index) =>
              item.disabledReason ? (
                <span key={item.id} id={`${reasonId}-${index}`}>
                  {item.disabledReason}
                </span>
              ) : null,
            )}
          </div>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
