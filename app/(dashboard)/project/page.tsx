import { redirect } from 'next/navigation';
import { requireSession } from '@/lib/session';
import { loadShellData } from '@/lib/shell-data';

// The project's landing page is its first panel until the Overview panel exists.
export default async function ProjectHome() {
  const data = await loadShellData(await requireSession());
  const first = data.panels.find((p) => p.dashboard === 'Project');
  redirect(first?.path ?? '/project/unavailable');
}
