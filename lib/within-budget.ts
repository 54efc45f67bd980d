// A server render waits for cloud data only so long: past the budget (or on a
// failure) the page is sent without it and the browser asks as usual.

/** How long a page's server render waits for its list (or graph) before sending it without. */
export const PREFETCH_BUDGET_MS = 2_000;

/** What `load` gives within `ms`, or undefined when it is slower or fails. */
export async function withinBudget<T>(load: () => Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  try {
    return await Promise.race([load(), timeout]);
  } catch {
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}
