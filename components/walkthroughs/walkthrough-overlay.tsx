'use client';
// The walkthrough a student has open, mounted once in the dashboard shell: the
// step's text, whether its condition is met on the real cloud (checked every 3 s),
// a hint after a while, Back/Next and "Show me". It survives page changes and
// reloads: the place is kept per user in localStorage.
import { usePathname, useRouter } from 'next/navigation';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import useSWR from 'swr';
import { Button } from '@/components/ui/button';
import { useDashboardSession } from '@/lib/hooks/use-dashboard-session';
import { withUser, type Walkthrough } from '@/lib/walkthroughs/schema';
import { findTarget } from './find-target';
import { inline, Markdown } from './markdown';
import {
  activeWalkthrough,
  CHANGE_EVENT,
  progressOf,
  saveProgress,
  setActiveWalkthrough,
  type StoredProgress,
} from './progress-store';

interface Progress {
  steps: { id: string; met: boolean; detail: string }[];
}

async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url, { headers: { accept: 'application/json' } });
  const body = (await res.json()) as T & { error?: string };
  if (!res.ok) throw new Error(body.error ?? `HTTP ${res.status}`);
  return body;
}

export function WalkthroughOverlay() {
  const { user } = useDashboardSession();
  const [activeId, setActiveId] = useState<string | null>(null);

  useEffect(() => {
    const sync = () => setActiveId(activeWalkthrough(user.id));
    sync();
    window.addEventListener(CHANGE_EVENT, sync);
    window.addEventListener('storage', sync);
    return () => {
      window.removeEventListener(CHANGE_EVENT, sync);
      window.removeEventListener('storage', sync);
    };
  }, [user.id]);

  if (!activeId) return null;
  return <ActiveWalkthrough key={activeId} id={activeId} userId={user.id} userName={user.name} />;
}

function ActiveWalkthrough({
  id,
  userId,
  userName,
}: {
  id: string;
  userId: string;
  userName: string;
}) {
  const pathname = usePathname();
  const router = useRouter();
  const titleId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const returnFocus = useRef<Element | null>(null);
  const closeHighlight = useRef<(() => void) | null>(null);
  const [progress, setProgress] = useState<StoredProgress>(() => progressOf(userId, id));
  const [hintShown, setHintShown] = useState(false);
  const [notFound, setNotFound] = useState<string | null>(null);

  const { data: walkthrough, error } = useSWR(`/api/walkthroughs/${id}`, getJson<Walkthrough>, {
    revalidateOnFocus: false,
  });
  const visitedParam = encodeURIComponent(progress.visited.join(','));
  const { data: state } = useSWR(
    walkthrough ? `/api/walkthroughs/${id}/progress?visited=${visitedParam}` : null,
    getJson<Progress>,
    { refreshInterval: 3000, keepPreviousData: true },
  );

  // The latest place, read and written at once (an updater could run after the overlay closed).
  const latest = useRef(progress);
  const update = useCallback(
    (change: (p: StoredProgress) => StoredProgress) => {
      const next = change(latest.current);
      if (next === latest.current) return;
      latest.current = next;
      saveProgress(userId, id, next);
      setProgress(next);
    },
    [userId, id],
  );

  // Opened: remember where focus was, and move it to the overlay.
  useEffect(() => {
    returnFocus.current = document.activeElement;
    headingRef.current?.focus();
  }, [walkthrough]);

  // Every page opened while the walkthrough is active counts for `visited`.
  useEffect(() => {
    update((p) => (p.visited.includes(pathname) ? p : { ...p, visited: [...p.visited, pathname] }));
  }, [pathname, update]);

  const steps = walkthrough?.steps ?? [];
  const index = Math.min(progress.step, Math.max(steps.length - 1, 0));
  const step = steps[index];
  const result = state?.steps.find((s) => s.id === step?.id);
  const met = Boolean(result?.met) || (step ? progress.met.includes(step.id) : false);

  useEffect(() => {
    if (result?.met && step && !progress.met.includes(step.id))
      update((p) => ({ ...p, met: [...p.met, step.id] }));
  }, [result?.met, step, progress.met, update]);

  // The hint shows after the step's hintAfterSeconds (restarted on each step).
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- reset for the new step
    setHintShown(false);
    setNotFound(null);
    if (!step?.hint || met) return;
    const timer = setTimeout(() => setHintShown(true), step.hintAfterSeconds * 1000);
    return () => clearTimeout(timer);
  }, [step, met]);

  const close = useCallback(() => {
    closeHighlight.current?.();
    setActiveWalkthrough(userId, null);
    const back = returnFocus.current;
    if (back instanceof HTMLElement && back.isConnected) back.focus();
    else document.querySelector<HTMLElement>('main h1, h1')?.focus();
  }, [userId]);

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.key !== 'Escape') return;
      if (closeHighlight.current) {
        closeHighlight.current();
        return;
      }
      // A dialog of the page closes first; the walkthrough closes when none is open.
      if (
        document.querySelector(
          '[role="dialog"]:not([data-walkthrough-overlay]), [role="alertdialog"]',
        )
      )
        return;
      close();
    }
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [close]);

  function go(to: number) {
    closeHighlight.current?.();
    if (to >= steps.length) {
      update((p) => ({ ...p, finished: true }));
      close();
      return;
    }
    update((p) => ({ ...p, step: to }));
    const page = steps[to]?.page;
    if (page && page !== pathname) router.push(page);
    headingRef.current?.focus();
  }

  async function showMe() {
    if (!step?.target) return;
    const target = step.target;
    const el = findTarget(
      'role' in target ? { ...target, name: withUser(target.name, userName) } : target,
    );
    if (!el) {
      setNotFound(
        step.page && step.page !== pathname
          ? `Not on this page: open ${step.page} first.`
          : 'Not on the page right now (is a dialog closed, or the list still loading?).',
      );
      return;
    }
    setNotFound(null);
    const { highlight } = await import('./show-me');
    closeHighlight.current?.();
    closeHighlight.current = highlight(
      el,
      {
        title: step.title ?? `Step ${index + 1}`,
        description: withUser(step.text, userName).replace(/[`*]/g, ''),
      },
      () => {
        closeHighlight.current = null;
      },
    );
  }

  return (
    <aside
      aria-labelledby={titleId}
      data-walkthrough-overlay=""
      className="fixed right-4 bottom-4 z-40 w-[min(26rem,calc(100vw-2rem))] rounded-lg border border-line-strong bg-surface p-4 text-sm shadow-lg"
    >
      <div className="mb-2 flex items-start justify-between gap-2">
        <div>
          <p className="text-xs text-muted">
            Walkthrough{steps.length > 0 ? ` · Step ${index + 1} of ${steps.length}` : ''}
          </p>
          <h2 id={titleId} ref={headingRef} tabIndex={-1} className="font-semibold outline-none">
            {walkthrough?.title ?? 'Walkthrough'}
          </h2>
        </div>
        <Button variant="ghost" size="sm" aria-label="Close walkthrough" onClick={close}>
          ×
        </Button>
      </div>
      {error ? (
        <p role="alert">This walkthrough could not be loaded: {String((error as Error).message)}</p>
      ) : !step ? (
        <p>Loading…</p>
      ) : (
        <>
          {step.title && <h3 className="mb-1 font-medium">{step.title}</h3>}
          <Markdown text={withUser(step.text, userName)} />
          <p
            role="status"
            className={`mt-3 rounded px-2 py-1 text-xs ${met ? 'bg-ok-bg text-ok-fg' : 'bg-subtle text-fg'}`}
          >
            {met
              ? `Step done: ${result?.detail ?? 'met earlier.'}`
              : (result?.detail ?? 'Checking…')}
          </p>
          {hintShown && step.hint && (
            <p className="mt-2 text-xs">
              <strong>Hint:</strong> {inline(withUser(step.hint, userName), 'hint')}
            </p>
          )}
          {notFound && <p className="mt-2 text-xs text-danger">{notFound}</p>}
          <div className="mt-3 flex flex-wrap items-center justify-between gap-2">
            <Button size="sm" onClick={() => go(index - 1)} disabled={index === 0}>
              Back
            </Button>
            <div className="flex gap-2">
              {step.target && (
                <Button size="sm" onClick={() => void showMe()}>
                  Show me
                </Button>
              )}
              <Button size="sm" variant={met ? 'primary' : 'default'} onClick={() => go(index + 1)}>
                {index === steps.length - 1 ? 'Finish' : 'Next'}
              </Button>
            </div>
          </div>
        </>
      )}
    </aside>
  );
}
