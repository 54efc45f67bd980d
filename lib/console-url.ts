// Where the Console tab may put the console URL Nova returned: in the frame only
// when its origin is one DASHBOARD_FRAME_SRC allows (and not the dashboard's
// own), in the "open in a new window" link only when it is http(s). Anything else
// (javascript:, data:, a relative path, garbage) is used nowhere.

export interface ConsoleTargets {
  /** The URL for the iframe's src, or null: then only the link is offered. */
  frame: string | null;
  /** The URL for the link, or null: then the console is not offered at all. */
  link: string | null;
}

function originOf(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}

export function consoleTargets(
  raw: unknown,
  allowedFrameOrigins: readonly string[],
  ownOrigin?: string,
): ConsoleTargets {
  if (typeof raw !== 'string') return { frame: null, link: null };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { frame: null, link: null };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { frame: null, link: null };
  if (url.username || url.password) return { frame: null, link: null };
  const allowed = new Set(allowedFrameOrigins.map(originOf).filter((o) => o !== null));
  // The frame's sandbox keeps allow-same-origin for noVNC: safe only cross-origin.
  const own = ownOrigin ? originOf(ownOrigin) : null;
  const frameable = allowed.has(url.origin) && url.origin !== own;
  return { frame: frameable ? url.href : null, link: url.href };
}
