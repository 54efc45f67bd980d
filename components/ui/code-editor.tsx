'use client';
// A code editor (CodeMirror 6) with YAML highlighting and problems marked at
// their line as the user types. Heavy: load it through code-editor-lazy.tsx.
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { yaml } from '@codemirror/lang-yaml';
import { defaultHighlightStyle, syntaxHighlighting, indentOnInput } from '@codemirror/language';
import { linter, lintGutter, type Diagnostic } from '@codemirror/lint';
import { EditorState } from '@codemirror/state';
import {
  EditorView,
  highlightActiveLine,
  keymap,
  lineNumbers,
  drawSelection,
} from '@codemirror/view';
import { useEffect, useRef } from 'react';
import type { CodeEditorProps } from './code-editor-types';

export default function CodeEditor({
  id,
  label,
  value,
  onChange,
  problems,
  describedBy,
  minLines = 12,
}: CodeEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const latest = useRef({ onChange, problems });
  useEffect(() => {
    latest.current = { onChange, problems };
  });

  useEffect(() => {
    if (!host.current) return;
    const editor = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: value,
        extensions: [
          lineNumbers(),
          history(),
          drawSelection(),
          indentOnInput(),
          highlightActiveLine(),
          syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
          keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
          yaml(),
          EditorView.lineWrapping,
          lintGutter(),
          linter(
            (v): Diagnostic[] =>
              (latest.current.problems?.(v.state.doc.toString()) ?? []).map((p) => ({
                from: Math.min(p.from, v.state.doc.length),
                to: Math.min(Math.max(p.to, p.from), v.state.doc.length),
                severity: 'error',
                message: p.message,
              })),
            { delay: 250 },
          ),
          EditorView.contentAttributes.of({
            'aria-label': label,
            ...(id ? { id } : {}),
            ...(describedBy ? { 'aria-describedby': describedBy } : {}),
          }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) latest.current.onChange(update.state.doc.toString());
          }),
          EditorView.theme({
            '&': { fontSize: '0.8125rem', border: '1px solid var(--color-line-strong, #9ca3af)' },
            '.cm-content': {
              minHeight: `${minLines * 1.4}em`,
              fontFamily: 'ui-monospace, monospace',
            },
            // No inner scrolling: a scrollable box around the editable area is a
            // keyboard trap to axe; the dialog scrolls instead.
            '.cm-scroller': { overflow: 'visible' },
          }),
        ],
      }),
    });
    view.current = editor;
    return () => {
      editor.destroy();
      view.current = null;
    };
    // The editor is made once; later values arrive through the effect below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const editor = view.current;
    if (!editor) return;
    const current = editor.state.doc.toString();
    if (current !== value)
      editor.dispatch({ changes: { from: 0, to: current.length, insert: value } });
  }, [value]);

  return <div ref={host} className="overflow-hidden rounded bg-surface text-fg" />;
}
