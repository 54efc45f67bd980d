// Top-level navigations to the proxy are refused: a browser tab must never render
// a cloud's answer (a Swift object, an HTML error page) in the dashboard's origin.
// Downloads will get a dedicated route; allow it here, in DOWNLOAD_ROUTES only.

/** Proxy paths that may be opened as a page (downloads). None yet. */
const DOWNLOAD_ROUTES: readonly RegExp[] = [];

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
  if (DOWNLOAD_ROUTES.some((route) => route.test(pathname))) return null;
  return NAVIGATION_REFUSED_MESSAGE;
}
