// Where to send the user after login: only paths on this site, never another origin.
export function safeReturnPath(value: string | null | undefined): string {
  if (!value) return '/';
  let path = value;
  // Accept an absolute URL only if it points at a path (its origin is dropped).
  if (/^[a-z][a-z0-9+.-]*:/i.test(path)) {
    try {
      const url = new URL(path);
      path = `${url.pathname}${url.search}`;
    } catch {
      return '/';
    }
  }
  if (!path.startsWith('/') || path.startsWith('//') || path.startsWith('/\\')) return '/';

  if (/[\u0000-\u001f\\]/.test(path)) return '/';
  if (path.startsWith('/login') || path.startsWith('/api/')) return '/';
  return path;
}
