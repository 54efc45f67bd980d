'use client';
// A dropdown menu (WAI-ARIA menu button). Until first opened it is only its
// button; the menu itself (Radix, in menu-popup.tsx) loads on the first press,
// or earlier when the pointer or focus comes to the button.
import { useState } from 'react';
import { lazyComponent } from './lazy-part';
import type { MenuProps } from './menu-types';

export type { MenuItem, MenuProps } from './menu-types';

const popup = lazyComponent(() => import('./menu-popup').then((m) => m.MenuPopup));

/** Loads the menu code now (tests, or a page that is about to need it). */
export const preloadMenu = popup.preload;

const OPENING_KEYS = new Set(['Enter', ' ', 'ArrowDown']);

export function Menu(props: MenuProps) {
  const [open, setOpen] = useState(false);
  const [used, setUsed] = useState(false);
  const ready = popup.useReady(used);

  if (ready && used) return <popup.Component {...props} open={open} onOpenChange={setOpen} />;

  const start = () => {
    setUsed(true);
    setOpen(true);
  };
  return (
    <button
      type="button"
      aria-label={props.nameFromContent ? undefined : props.label}
      aria-haspopup="menu"
      aria-expanded={false}
      className={props.buttonClassName}
      onPointerEnter={() => void popup.preload()}
      onFocus={() => void popup.preload()}
      onPointerDown={(event) => {
        if (event.button !== 0 || event.ctrlKey) return;
        event.preventDefault();
        start();
      }}
      // A click with no pointer or key before it (a screen reader's activation).
      onClick={(event) => {
        if (event.detail === 0) start();
      }}
      onKeyDown={(event) => {
        if (!OPENING_KEYS.has(event.key)) return;
        event.preventDefault();
        start();
      }}
    >
      {props.buttonLabel}
    </button>
  );
}
