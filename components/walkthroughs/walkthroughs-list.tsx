// Teaching → Walkthroughs: every walkthrough file, the student's place in each,
// and the files that could not be read, each with its errors at their lines.
import Link from 'next/link';
import type { BrokenWalkthrough } from '@/lib/walkthroughs/load';
import type { Walkthrough } from '@/lib/walkthroughs/schema';
import { StartWalkthroughButton, WalkthroughProgressText } from './start-button';

const LEVEL: Record<Walkthrough['level'], string> = {
  beginner: 'Beginner',
  intermediate: 'Intermediate',
  advanced: 'Advanced',
};

export function levelLabel(level: Walkthrough['level']): string {
  return LEVEL[level];
}

export function WalkthroughsList({
  walkthroughs,
  broken,
}: {
  walkthroughs: Walkthrough[];
  broken: BrokenWalkthrough[];
}) {
  const titles = new Map(walkthroughs.map((w) => [w.id, w.title]));
  return (
    <div className="space-y-6">
      {/* relative: the header's sr-only text is positioned, and would escape the scroller */}
      <div className="relative overflow-x-auto rounded border border-line bg-surface">
        <table aria-label="Walkthroughs" className="w-full text-left text-sm">
          <thead className="border-b border-line bg-subtle text-xs text-muted">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">
                Title
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                Level
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                Minutes
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                Prerequisites
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                Progress
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                <span className="sr-only">Start or resume</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {walkthroughs.length === 0 && (
              <tr>
                <td colSpan={6} className="px-3 py-6 text-center text-muted">
                  No walkthroughs yet: drop a file in walkthroughs/.
                </td>
              </tr>
            )}
            {walkthroughs.map((w) => (
              <tr key={w.id} className="border-b border-line last:border-0">
                <td className="px-3 py-2">
                  <Link
                    href={`/teaching/walkthroughs/${w.id}`}
                    className="text-accent hover:underline"
                  >
                    {w.title}
                  </Link>
                  <p className="text-xs text-muted">{w.summary}</p>
                </td>
                <td className="px-3 py-2">{levelLabel(w.level)}</td>
                <td className="px-3 py-2">{w.minutes}</td>
                <td className="px-3 py-2">
                  {w.prerequisites.length === 0
                    ? 'None'
                    : w.prerequisites.map((p, i) => (
                        <span key={p}>
                          {i > 0 && ', '}
                          <Link href={`/teaching/walkthroughs/${p}`} className="hover:underline">
                            {titles.get(p) ?? p}
                          </Link>
                        </span>
                      ))}
                </td>
                <td className="px-3 py-2">
                  <WalkthroughProgressText id={w.id} steps={w.steps.length} />
                </td>
                <td className="px-3 py-2 text-right">
                  <StartWalkthroughButton
                    id={w.id}
                    title={w.title}
                    pages={w.steps.map((s) => s.page)}
                    steps={w.steps.length}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {broken.length > 0 && (
        <section
          aria-labelledby="broken-walkthroughs"
          className="rounded border border-danger/50 bg-bad-bg p-3"
        >
          <h2 id="broken-walkthroughs" className="mb-2 font-semibold text-bad-fg">
            Walkthrough files with errors
          </h2>
          <ul className="space-y-2">
            {broken.map((b) => (
              <li key={b.file}>
                <p className="font-medium text-bad-fg">{b.file}</p>
                <ul className="list-disc pl-5 font-mono text-xs break-words text-bad-fg">
                  {b.errors.map((e) => (
                    <li key={e}>{e}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
