import Link from 'next/link';
import type { ReactNode } from 'react';

export function PageHeader({
  title,
  crumbs,
  children,
}: {
  title: string;
  crumbs: { label: string; href?: string }[];
  children?: ReactNode;
}) {
  return (
    <div className="mb-4">
      <nav aria-label="Breadcrumb" className="mb-1 text-xs text-muted">
        <ol className="flex flex-wrap items-center gap-1">
          {crumbs.map((crumb, index) => (
            <li key={`${crumb.label}-${index}`} className="flex items-center gap-1">
              {index > 0 && <span aria-hidden>/</span>}
              {crumb.href ? (
                <Link href={crumb.href} className="hover:text-fg hover:underline">
                  {crumb.label}
                </Link>
              ) : (
                <span>{crumb.label}</span>
              )}
            </li>
          ))}
        </ol>
      </nav>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-xl font-semibold tracking-tight break-all">{title}</h1>
        {children}
      </div>
    </div>
  );
}
