// One walkthrough: what it teaches, its steps, and the same task done the other
// three ways (CLI, SDK, HOT) in the equivalents pane.
import Link from 'next/link';
import { EquivalentsPane } from '@/components/ui/equivalents-pane';
import type { Walkthrough } from '@/lib/walkthroughs/schema';
import { Markdown } from './markdown';
import { StartWalkthroughButton } from './start-button';
import { levelLabel } from './walkthroughs-list';

export function WalkthroughDetail({
  walkthrough: w,
  titles,
}: {
  walkthrough: Walkthrough;
  titles: Record<string, string>;
}) {
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,26rem)]">
      <div className="space-y-4">
        <p>{w.summary}</p>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-muted">Level</dt>
          <dd>{levelLabel(w.level)}</dd>
          <dt className="text-muted">Minutes</dt>
          <dd>{w.minutes}</dd>
          <dt className="text-muted">Prerequisites</dt>
          <dd>
            {w.prerequisites.length === 0
              ? 'None'
              : w.prerequisites.map((p, i) => (
                  <span key={p}>
                    {i > 0 && ', '}
                    <Link
                      href={`/teaching/walkthroughs/${p}`}
                      className="text-accent hover:underline"
                    >
                      {titles[p] ?? p}
                    </Link>
                  </span>
                ))}
          </dd>
        </dl>
        <StartWalkthroughButton
          id={w.id}
          title={w.title}
          pages={w.steps.map((s) => s.page)}
          steps={w.steps.length}
        />
        <section aria-labelledby="walkthrough-steps">
          <h2 id="walkthrough-steps" className="mb-2 font-semibold">
            Steps
          </h2>
          <ol className="space-y-3">
            {w.steps.map((s, i) => (
              <li key={s.id} className="rounded border border-line bg-surface p-3 text-sm">
                <p className="mb-1 font-medium">
                  {i + 1}. {s.title ?? s.id}
                </p>
                <Markdown text={s.text} />
              </li>
            ))}
          </ol>
        </section>
      </div>
      <div>
        <h2 className="mb-2 font-semibold">The same task, the other three ways</h2>
        <EquivalentsPane equivalents={w.ways} />
      </div>
    </div>
  );
}
