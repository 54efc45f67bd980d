'use client';
// Below the md breakpoint the sidebar lives in a drawer opened from the header.
// The drawer (and the dialog library under it) loads only when first wanted,
// so desktop pages and the first load on a phone do not carry it.
import { lazy, Suspense, useRef, useState } from 'react';
import type { Panel } from '@/lib/panels';

const loadDrawer = () => import('./nav-drawer');
const NavDrawer = lazy(() => loadDrawer().then((m) => ({ default: m.NavDrawer })));

export function MobileNav({ panels }: { panels: Panel[] }) {
  const [open, setOpen] = useState(false);
  const [wanted, setWanted] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        aria-label="Open navigation"
        aria-haspopup="dialog"
        aria-expanded={open}
        onPointerEnter={() => void loadDrawer()}
        onFocus={() => void loadDrawer()}
        onClick={() => {
          setWanted(true);
          setOpen(true);
        }}
        className="inline-flex size-8 items-center justify-center rounded text-topbar-fg hover:bg-white/10 md:hidden"
      >
        <svg aria-hidden viewBox="0 0 16 16" className="size-5" fill="currentColor">
          <path d="M2 3.25h12v1.5H2zM2 7.25h12v1.5H2zM2 11.25h12v1.5H2z" />
        </svg>
      </button>
      {wanted && (
        <Suspense fallback={null}>
          <NavDrawer
            panels={panels}
            open={open}
            onOpenChange={setOpen}
            returnFocus={() => buttonRef.current?.focus()}
          />
        </Suspense>
      )}
    </>
  );
}
