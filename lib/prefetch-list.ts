// Server side: the first page of a list panel, fetched while the page renders,
// so its rows arrive in the HTML instead of after the scripts load and ask.
// Any failure (slow cloud, refused call) leaves the browser to fetch as usual,
// where errors get the table's own message and retry.
import { cookies } from 'next/headers';
import { PAGE_SIZE_COOKIE, parsePageSize } from './page-size';
import { fetchListPage, loadLookups, type InitialList } from './resources/list-page';
import { serverApiFor } from './server-api';
import { requireSession } from './session';
import { PREFETCH_BUDGET_MS, withinBudget } from './within-budget';
import type { ResourceDefinition } from './resources/types';

export async function prefetchList<T>(
  resource: ResourceDefinition<T>,
): Promise<InitialList<T> | undefined> {
  const token = await requireSession();
  const pageSize = parsePageSize((await cookies()).get(PAGE_SIZE_COOKIE)?.value);
  const load = async (): Promise<InitialList<T>> => {
    const api = await serverApiFor(token);
    const page = await fetchListPage(resource, api, {
      pageSize,
      projectId: token.project.id,
      admin: token.roles.includes('admin'),
    });
    const lookups = page.items.length > 0 ? await loadLookups(resource, api, page.items) : {};
    return { scope: `${token.project.id}@${token.region}`, pageSize, page, lookups };
  };
  // Past the budget the page is sent without rows; the browser's table shows them when they come.
  return withinBudget(load, PREFETCH_BUDGET_MS);
}
