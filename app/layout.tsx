import './globals.css';
import { cookies } from 'next/headers';
import { parsePresenter, PRESENTER_COOKIE, presenterClass } from '@/lib/presenter';
import { parseTheme, THEME_COOKIE, themeClass } from '@/lib/theme';
import type { Metadata } from 'next';
import type { ReactNode } from 'react';

export const metadata: Metadata = {
  title: { default: 'OpenStack Dashboard', template: '%s - OpenStack Dashboard' },
  description: 'A fast, lightweight OpenStack dashboard',
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const jar = await cookies();
  const theme = parseTheme(jar.get(THEME_COOKIE)?.value);
  const presenter = presenterClass(parsePresenter(jar.get(PRESENTER_COOKIE)?.value));
  return (
    <html lang="en" className={`${themeClass(theme)}${presenter ? ` ${presenter}` : ''}`}>
      <body>{children}</body>
    </html>
  );
}
