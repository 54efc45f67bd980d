// Top-level navigations to the proxy are refused: a browser tab must never render
// a cloud's answer (a Swift object, an HTML error page) in the dashboard's origin.
// Downloads are the exception, in DOWNLOAD_ROUTES only: their answers are
// attachments with a sandbox CSP (harden-response.ts), never rendered.

/**
 * Proxy paths that may be opened as a page (downloads): a Swift object, i.e. a
 * container and an object name below it (not the account or a container listing).
 */
const DOWNLOAD_ROUTES: readonly RegExp[] = [/^\/api\/os\/object-store\/[^/]+\/[^/].*$/];

export const NAVIGATION_REFUSED_MESSAGE =
  'This address is the dashboard’s API and cannot be opened in a browser tab; use the dashboard’s pages instead.';

function isTopLevelNavigation(headers: Headers): boolean {
  return (
    headers.get('sec-fetch-mode')?.toLowerCase() === 'navigate' ||
    headers.get('sec-fetch-dest')?.toLowerCase() === 'document'
  );
}

/** null when the request may proceed, otherwise the reason it may not. */
export function navigationRefusal(pathname: string, headers: Headers): string | null {
  if (!isTopLevelNavigation(headers)) return null;
  if (DOWNLOAD_ROUTES.some((route) => route.test(pathname))) {
    // Another site may not make the browser open the user's objects through the dashboard.
    const site = headers.get('sec-fetch-site')?.toLowerCase();
    return site === 'cross-site' || site === 'same-site' ? NAVIGATION_REFUSED_MESSAGE : null;
  }
  return NAVIGATION_REFUSED_MESSAGE;
}
