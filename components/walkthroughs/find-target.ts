// The element a step points at, found as a person would describe it: a role and
// an accessible name, or a panel (its sidebar link).
import { PANEL_LIST } from '@/lib/panels';
import type { Target } from '@/lib/walkthroughs/schema';

const ROLE_SELECTORS: Record<string, string> = {
  button: 'button, [role="button"], input[type="submit"], input[type="button"]',
  link: 'a[href], [role="link"]',
  textbox: 'input:not([type]), input[type="text"], input[type="email"], textarea, [role="textbox"]',
  combobox: 'select, [role="combobox"]',
  checkbox: 'input[type="checkbox"], [role="checkbox"]',
  tab: '[role="tab"]',
  heading: 'h1, h2, h3, h4, [role="heading"]',
  table: 'table, [role="table"], [role="grid"]',
  navigation: 'nav, [role="navigation"]',
  dialog: '[role="dialog"], [role="alertdialog"], dialog',
  menuitem: '[role="menuitem"]',
  region: 'section[aria-label], section[aria-labelledby], [role="region"]',
};

function accessibleName(el: Element): string {
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) {
    const text = labelledBy
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ');
    if (text.trim()) return text.trim();
  }
  const label = el.getAttribute('aria-label');
  if (label) return label.trim();
  if (el.id) {
    const forLabel = document.querySelector(`label[for="${CSS.escape(el.id)}"]`);
    if (forLabel?.textContent) return forLabel.textContent.trim();
  }
  const wrapping = el.closest('label');
  if (wrapping?.textContent) return wrapping.textContent.trim();
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function visible(el: Element): boolean {
  const r = el.getBoundingClientRect();
  return r.width > 0 && r.height > 0;
}

export function findTarget(target: Target): Element | null {
  if ('panel' in target) {
    const panel = PANEL_LIST.find((p) => p.id === target.panel);
    if (!panel) return null;
    return (
      [...document.querySelectorAll(`nav a[href="${CSS.escape(panel.path)}"]`)].find(visible) ??
      null
    );
  }
  const selector = ROLE_SELECTORS[target.role] ?? `[role="${CSS.escape(target.role)}"]`;
  const all = [...document.querySelectorAll(selector)].filter(
    (el) => visible(el) && !el.closest('[data-walkthrough-overlay]'),
  );
  return (
    all.find((el) => accessibleName(el) === target.name) ??
    all.find((el) => accessibleName(el).startsWith(target.name)) ??
    null
  );
}
