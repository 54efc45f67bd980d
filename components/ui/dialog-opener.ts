// Remembers what a modal should give focus back to when it closes. Dialogs here
// are opened by state, not by a Radix trigger, often from a menu item that is
// gone by the time the dialog closes: then the menu's button is the opener.
let lastFocused: HTMLElement | null = null;
let listening = false;

function openerOf(element: HTMLElement): HTMLElement {
  const menu = element.closest<HTMLElement>('[role="menu"]');
  if (!menu?.id) return element;
  return document.querySelector<HTMLElement>(`[aria-controls="${CSS.escape(menu.id)}"]`) ?? element;
}

function onFocusIn(event: FocusEvent) {
  const target = event.target;
  if (!(target instanceof HTMLElement)) return;
  if (target.closest('[role="dialog"], [role="alertdialog"]')) return;
  lastFocused = openerOf(target);
}

/** Starts listening (once) for focus outside dialogs. */
export function trackOpeners() {
  if (listening || typeof document === 'undefined') return;
  listening = true;
  document.addEventListener('focusin', onFocusIn, true);
}

/**
 * What opened the dialog now opening: the focused element if it is outside any
 * dialog or menu, else the element focused last outside dialogs (a menu item
 * that has just gone stands for its menu's button).
 */
export function openerNow(): HTMLElement | null {
  const active = document.activeElement;
  if (
    active instanceof HTMLElement &&
    active !== document.body &&
    !active.closest('[role="dialog"], [role="alertdialog"], [role="menu"]')
  )
    return active;
  return lastFocused?.isConnected ? lastFocused : null;
}
