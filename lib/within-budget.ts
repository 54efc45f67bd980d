// A server render waits for cloud data only so long: past the budget (or on a
// failure) the page is sent without it and the browser asks as usual.

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
