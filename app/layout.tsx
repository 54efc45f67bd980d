import './globals.css';
import { cookies } from 'next/headers';
import { parseTheme, THEME_COOKIE, themeClass } from '@/lib/theme';
import type { Metadata } from 'next';
import type { ReactNode } from 'react';

export const metadata: Metadata = {
  title: { default: 'OpenStack Dashboard', template: '%s - OpenStack Dashboard' },
  description: 'A fast, lightweight OpenStack dashboard',
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const theme = parseTheme((await cookies()).get(THEME_COOKIE)?.value);
  return (
    <html lang="en" className={themeClass(theme)}>
      <body>{children}</body>
    </html>
  );
}
