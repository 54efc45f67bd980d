'use client';
// An accessible dropdown menu (WAI-ARIA menu button): arrow keys move, Escape
// closes and returns focus, disabled items say why.
import { useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';

export interface MenuItem {
  id: string;
  label: string;
  onSelect: () => void;
  danger?: boolean;
  /** When set, the item is shown disabled with this reason. */
  disabledReason?: string;
  /** Marks the current choice in switchers. */
  checked?: boolean;
}

export function Menu({
  label,
  buttonLabel,
  items,
  buttonClassName = '',
  align = 'right',
  header,
}: {
  /** Accessible name of the button. */
  label: string;
  /** What the button shows. */
  buttonLabel: ReactNode;
  items: MenuItem[];
  buttonClassName?: string;
  align?: 'left' | 'right';
  header?: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const [position, setPosition] = useState<{ top: number; left?: number; right?: number } | null>(
    null,
  );
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const menuId = useId();

  // Fixed positioning escapes scrolling table containers; the position follows
  // the button when something scrolls (a focused button is scrolled into view).
  const place = () => {
    const button = buttonRef.current;
    if (!button) return false;
    const rect = button.getBoundingClientRect();
    if (rect.bottom < 0 || rect.top > window.innerHeight) return false;
    setPosition(
      align === 'right'
        ? { top: rect.bottom + 4, right: window.innerWidth - rect.right }
        : { top: rect.bottom + 4, left: rect.left },
    );
    return true;
  };

  useLayoutEffect(() => {
    if (open) place();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, align]);

  useEffect(() => {
    if (!open) return;
    const items = menuRef.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]');
    items?.[0]?.focus({ preventScroll: true });
    function onPointer(event: PointerEvent) {
      const target = event.target as Node;
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target))
        setOpen(false);
    }
    // The menu's own list scrolling is fine; anything else moves the button: follow it,
    // or close when it scrolled out of sight.
    function onScroll(event: Event) {
      if (event.target instanceof Node && menuRef.current?.contains(event.target)) return;
      if (!place()) setOpen(false);
    }
    document.addEventListener('pointerdown', onPointer);
    window.addEventListener('scroll', onScroll, true);
    const onResize = () => setOpen(false);
    window.addEventListener('resize', onResize);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      window.removeEventListener('scroll', onScroll, true);
      window.removeEventListener('resize', onResize);
    };
    // `place` reads only refs and props captured for this opening.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  function close(refocus: boolean) {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  }

  function onMenuKey(event: React.KeyboardEvent) {
    const items = [...(menuRef.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? [])];
    const index = items.indexOf(document.activeElement as HTMLElement);
    const move = (to: number) => items[(to + items.length) % items.length]?.focus();
    if (event.key === 'ArrowDown') move(index + 1);
    else if (event.key === 'ArrowUp') move(index - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(items.length - 1);
    else if (event.key === 'Escape') close(true);
    else if (event.key === 'Tab') close(false);
    else return;
    event.preventDefault();
  }

  const hasChecks = items.some((i) => i.checked !== undefined);

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
          }
        }}
        className={buttonClassName}
      >
        {buttonLabel}
      </button>
      {open && (
        <div
          ref={menuRef}
          id={menuId}
          role="menu"
          aria-label={label}
          onKeyDown={onMenuKey}
          style={position ?? { visibility: 'hidden' }}
          className="fixed z-50 max-h-80 min-w-44 overflow-y-auto rounded-md border border-line bg-surface py-1 text-sm text-fg shadow-lg"
        >
          {header}
          {items.map((item) => (
            <button
              key={item.id}
              type="button"
              role={hasChecks ? 'menuitemradio' : 'menuitem'}
              aria-checked={hasChecks ? item.checked === true : undefined}
              aria-disabled={item.disabledReason ? true : undefined}
              title={item.disabledReason}
              tabIndex={-1}
              onClick={() => {
                if (item.disabledReason) return;
                close(false);
                item.onSelect();
              }}
              className={`flex w-full items-center gap-2 px-3 py-1.5 text-left whitespace-nowrap hover:bg-hover focus:bg-hover focus:outline-none ${
                item.danger ? 'text-danger' : ''
              } ${item.disabledReason ? 'cursor-not-allowed opacity-50' : ''}`}
            >
              {hasChecks && (
                <span aria-hidden className="w-3 text-accent">
                  {item.checked ? '✓' : ''}
                </span>
              )}
              {item.label}
            </button>
          ))}
        </div>
      )}
    </>
  );
}
