'use client';
import { useState } from 'react';
import { THEME_COOKIE, themeClass, type Theme } from '@/lib/theme';
import { HEADER_TRIGGER_CLASS } from './project-switcher';

const NEXT: Record<Theme, Theme> = { system: 'light', light: 'dark', dark: 'system' };
const LABEL: Record<Theme, string> = { system: 'System', light: 'Light', dark: 'Dark' };

export function ThemeToggle({ initial }: { initial: Theme }) {
  const [theme, setTheme] = useState<Theme>(initial);
  function cycle() {
    const next = NEXT[theme];
    setTheme(next);
    document.cookie = `${THEME_COOKIE}=${next}; path=/; max-age=31536000; samesite=lax`;
    const root = document.documentElement;
    root.classList.remove('light', 'dark', 'theme-system');
    root.classList.add(themeClass(next));
  }
  return (
    <button
      type="button"
      onClick={cycle}
      aria-label={`Theme: ${LABEL[theme]}. Switch to ${LABEL[NEXT[theme]]}`}
      className={HEADER_TRIGGER_CLASS}
    >
      <svg aria-hidden viewBox="0 0 16 16" className="size-4" fill="currentColor">
        {theme === 'dark' ? (
          <path d="M6 1.5a6.5 6.5 0 1 0 8.5 8.5A5.5 5.5 0 0 1 6 1.5Z" />
        ) : theme === 'light' ? (
          <path d="M8 4.5a3.5 3.5 0 1 0 0 7 3.5 3.5 0 0 0 0-7ZM7.25 0h1.5v2.5h-1.5zM7.25 13.5h1.5V16h-1.5zM0 7.25h2.5v1.5H0zM13.5 7.25H16v1.5h-2.5z" />
        ) : (
          <path d="M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1Zm0 1.5v11a5.5 5.5 0 0 1 0-11Z" />
        )}
      </svg>
      <span className="sr-only sm:not-sr-only">{LABEL[theme]}</span>
    </button>
  );
}
