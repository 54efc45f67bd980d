'use client';
// A labelled code editor field: the editor loads on demand (next/dynamic), and
// the problems of the text are listed under it, each with its line, as the
// user types (the editor marks them at the line too).
import dynamic from 'next/dynamic';
import { useId, useMemo } from 'react';
import { Spinner } from './spinner';
import type { CodeEditorProps } from './code-editor-types';

const CodeEditor = dynamic(() => import('./code-editor'), {
  ssr: false,
  loading: () => <Spinner label="Loading the editor" />,
});

export function CodeEditorField({
  label,
  value,
  onChange,
  problems,
  help,
  error,
  minLines,
}: Omit<CodeEditorProps, 'id' | 'describedBy'> & { help?: string; error?: string }) {
  const id = useId();
  const helpId = `${id}-help`;
  const problemsId = `${id}-problems`;
  const found = useMemo(() => problems?.(value) ?? [], [problems, value]);
  const describedBy = [help ? helpId : '', found.length || error ? problemsId : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className="space-y-1">
      <span id={`${id}-label`} className="block text-sm font-medium">
        {label}
      </span>
      <CodeEditor
        label={label}
        value={value}
        onChange={onChange}
        problems={problems}
        describedBy={describedBy || undefined}
        minLines={minLines}
      />
      {help && (
        <p id={helpId} className="text-xs text-muted">
          {help}
        </p>
      )}
      <div id={problemsId} role="status" aria-live="polite">
        {found.length > 0 ? (
          <ul aria-label={`Problems in ${label}`} className="space-y-0.5 text-xs text-bad-fg">
            {found.map((p) => (
              <li key={`${p.from}-${p.message}`}>
                Line {p.line}: {p.message}
              </li>
            ))}
          </ul>
        ) : (
          error && <p className="text-xs text-bad-fg">{error}</p>
        )}
      </div>
    </div>
  );
}
