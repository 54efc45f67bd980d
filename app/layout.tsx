import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import type { ReactNode } from 'react';
import './globals.css';
import { parseTheme, THEME_COOKIE, themeClass } from '@/lib/theme';

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
