'use client';
// Start (or Resume) a walkthrough: it opens in the overlay, on its step's page.
import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { Button } from '@/components/ui/button';
import { useDashboardSession } from '@/lib/hooks/use-dashboard-session';
import {
  CHANGE_EVENT,
  progressOf,
  resetProgress,
  setActiveWalkthrough,
  type StoredProgress,
} from './progress-store';

interface Props {
  id: string;
  title: string;
  /** Each step's page, to open the student's current step. */
  pages: (string | undefined)[];
  steps: number;
}

function useStoredProgress(userId: string, id: string): StoredProgress | null {
  const [p, setP] = useState<StoredProgress | null>(null);
  useEffect(() => {
    const sync = () => setP(progressOf(userId, id));
    sync();
    window.addEventListener(CHANGE_EVENT, sync);
    window.addEventListener('storage', sync);
    return () => {
      window.removeEventListener(CHANGE_EVENT, sync);
      window.removeEventListener('storage', sync);
    };
  }, [userId, id]);
  return p;
}

function started(p: StoredProgress | null): boolean {
  return Boolean(p && !p.finished && (p.step > 0 || p.met.length > 0 || p.visited.length > 0));
}

export function WalkthroughProgressText({ id, steps }: { id: string; steps: number }) {
  const { user } = useDashboardSession();
  const p = useStoredProgress(user.id, id);
  if (!p) return <span>—</span>;
  if (p.finished) return <span>Completed</span>;
  if (!started(p)) return <span>Not started</span>;
  return (
    <span>
      Step {Math.min(p.step + 1, steps)} of {steps} ({p.met.length} done)
    </span>
  );
}

export function StartWalkthroughButton({ id, title, pages, steps }: Props) {
  const { user } = useDashboardSession();
  const router = useRouter();
  const p = useStoredProgress(user.id, id);
  const resume = started(p);

  function start() {
    if (!resume) resetProgress(user.id, id);
    const at = resume && p ? Math.min(p.step, steps - 1) : 0;
    setActiveWalkthrough(user.id, id);
    const page = pages[at];
    if (page) router.push(page);
  }

  return (
    <Button
      size="sm"
      variant="primary"
      onClick={start}
      aria-label={`${resume ? 'Resume' : 'Start'} ${title}`}
    >
      {resume ? 'Resume' : 'Start'}
    </Button>
  );
}
