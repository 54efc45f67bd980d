// A read-only YAML document (a template as Heat keeps it), focusable so a
// keyboard user can scroll it.
import { stringify } from 'yaml';

export function YamlBlock({ value, label }: { value: unknown; label: string }) {
  return (
    <pre
      aria-label={label}
      tabIndex={0}
      className="overflow-auto rounded border border-line bg-surface p-4 font-mono text-xs"
    >
      {stringify(value)}
    </pre>
  );
}
