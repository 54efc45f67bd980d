// A safe Markdown subset for a step's text: paragraphs, `code`, **bold**, lists
// (- or 1.) and links (http(s) or a dashboard path). No raw HTML: every piece
// becomes a React element, so markup in a file is shown as text.
import type { ReactNode } from 'react';

const INLINE = /(`[^`]+`)|(\*\*[^*]+\*\*)|(\[[^\]]+\]\([^)\s]+\))/g;

function safeHref(href: string): string | null {
  if (href.startsWith('/') && !href.startsWith('//')) return href;
  return /^https?:\/\//i.test(href) ? href : null;
}

export function inline(text: string, keyPrefix = 'i'): ReactNode[] {
  const out: ReactNode[] = [];
  let last = 0;
  let n = 0;
  for (const m of text.matchAll(INLINE)) {
    const at = m.index ?? 0;
    if (at > last) out.push(text.slice(last, at));
    const token = m[0];
    const key = `${keyPrefix}-${n++}`;
    if (token.startsWith('`')) {
      out.push(
        <code key={key} className="rounded bg-subtle px-1 font-mono text-[0.9em]">
          {token.slice(1, -1)}
        </code>,
      );
    } else if (token.startsWith('**')) {
      out.push(<strong key={key}>{token.slice(2, -2)}</strong>);
    } else {
      const label = token.slice(1, token.indexOf(']('));
      const href = safeHref(token.slice(token.indexOf('](') + 2, -1));
      out.push(
        href ? (
          <a
            key={key}
            href={href}
            className="text-accent underline"
            {...(href.startsWith('/') ? {} : { target: '_blank', rel: 'noreferrer noopener' })}
          >
            {label}
          </a>
        ) : (
          label
        ),
      );
    }
    last = at + token.length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

type Block =
  | { kind: 'p'; lines: string[] }
  | { kind: 'ul'; items: string[] }
  | { kind: 'ol'; items: string[] };

export function blocks(text: string): Block[] {
  const out: Block[] = [];
  for (const line of text.replace(/\r\n/g, '\n').split('\n')) {
    const trimmed = line.trim();
    const prev = out.at(-1);
    const ul = /^[-*]\s+(.*)$/.exec(trimmed);
    const ol = /^\d+[.)]\s+(.*)$/.exec(trimmed);
    if (!trimmed) {
      out.push({ kind: 'p', lines: [] });
    } else if (ul) {
      if (prev?.kind === 'ul') prev.items.push(ul[1] ?? '');
      else out.push({ kind: 'ul', items: [ul[1] ?? ''] });
    } else if (ol) {
      if (prev?.kind === 'ol') prev.items.push(ol[1] ?? '');
      else out.push({ kind: 'ol', items: [ol[1] ?? ''] });
    } else if (prev?.kind === 'p') {
      prev.lines.push(trimmed);
    } else {
      out.push({ kind: 'p', lines: [trimmed] });
    }
  }
  return out.filter((b) => (b.kind === 'p' ? b.lines.length > 0 : b.items.length > 0));
}

export function Markdown({ text, className = '' }: { text: string; className?: string }) {
  return (
    <div className={`space-y-2 ${className}`}>
      {blocks(text).map((b, i) =>
        b.kind === 'p' ? (
          <p key={i}>{inline(b.lines.join(' '), `p${i}`)}</p>
        ) : b.kind === 'ul' ? (
          <ul key={i} className="list-disc space-y-1 pl-5">
            {b.items.map((it, j) => (
              <li key={j}>{inline(it, `u${i}-${j}`)}</li>
            ))}
          </ul>
        ) : (
          <ol key={i} className="list-decimal space-y-1 pl-5">
            {b.items.map((it, j) => (
              <li key={j}>{inline(it, `o${i}-${j}`)}</li>
            ))}
          </ol>
        ),
      )}
    </div>
  );
}
