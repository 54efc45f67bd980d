// Server side: the topology's data, fetched while the page renders, so the
// graph is drawn as soon as its code has loaded instead of after the browser
// has asked for six lists. A slow or refusing cloud leaves it to the browser.
import { serverApiFor } from '@/lib/server-api';
import { requireSession } from '@/lib/session';
import { PREFETCH_BUDGET_MS, withinBudget } from '@/lib/within-budget';
import { fetchTopology } from './topology-data';
import { buildTopology, type TopoGraph } from './topology-graph';

export interface InitialTopology {
  /** `projectId@region` it was fetched for. */
  scope: string;
  graph: TopoGraph;
}

export async function prefetchTopology(): Promise<InitialTopology | undefined> {
  const token = await requireSession();
  const load = async (): Promise<InitialTopology> => ({
    scope: `${token.project.id}@${token.region}`,
    graph: buildTopology(await fetchTopology(await serverApiFor(token))),
  });
  // Past the budget the page is sent without the graph; the browser fetches it.
  return withinBudget(load, PREFETCH_BUDGET_MS);
}
