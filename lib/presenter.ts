// Presenter mode (for a projector): larger type, high contrast, the focused control
// strongly outlined. Kept per browser in a cookie, like the theme, so the server
// renders the class on <html> and the first paint is already right.
export const PRESENTER_COOKIE = 'presenter';
export const PRESENTER_CLASS = 'presenter';
/** Ctrl+Alt+P: bound to nothing in Chromium or Firefox (Ctrl+Shift+P is a private window, Ctrl+P print). */
export const PRESENTER_SHORTCUT = 'Ctrl+Alt+P';

export function parsePresenter(value: string | undefined): boolean {
  return value === '1';
}

/** The class for <html>, or '' when off. */
export function presenterClass(on: boolean): string {
  return on ? PRESENTER_CLASS : '';
}

/** The key event of the shortcut (by physical key, so a keyboard layout's Alt letter does not hide it). */
export function isPresenterShortcut(e: {
  ctrlKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  metaKey: boolean;
  code: string;
}): boolean {
  return e.ctrlKey && e.altKey && !e.shiftKey && !e.metaKey && e.code === 'KeyP';
}

/** Switches presenter mode in the browser (cookie and class); returns the new state. */
export function togglePresenter(): boolean {
  const root = document.documentElement;
  const on = !root.classList.contains(PRESENTER_CLASS);
  root.classList.toggle(PRESENTER_CLASS, on);
  document.cookie = `${PRESENTER_COOKIE}=${on ? '1' : '0'}; path=/; max-age=31536000; samesite=lax`;
  window.dispatchEvent(new Event(PRESENTER_EVENT));
  return on;
}

const PRESENTER_EVENT = 'presenter-change';

/** For useSyncExternalStore: follows togglePresenter. */
export function subscribePresenter(onChange: () => void): () => void {
  window.addEventListener(PRESENTER_EVENT, onChange);
  return () => window.removeEventListener(PRESENTER_EVENT, onChange);
}

export function presenterOn(): boolean {
  return document.documentElement.classList.contains(PRESENTER_CLASS);
}
