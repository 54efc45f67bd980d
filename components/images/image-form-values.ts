// Small helpers the image forms share: visibility choices and metadata text.
import { keyValueLines } from '@/lib/forms/key-value';
import type { FieldOption } from '@/lib/forms/types';

export const VISIBILITY_OPTIONS: FieldOption[] = [
  { value: 'private', label: 'Private' },
  { value: 'shared', label: 'Shared' },
  { value: 'public', label: 'Public' },
  { value: 'community', label: 'Community' },
];

/** key=value lines as a record; lines that do not parse are left out (for live equivalents). */
export function parseKeyValues(text: string): Record<string, string> {
  const parsed = keyValueLines().safeParse(text);
  if (parsed.success) return parsed.data;
  const out: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const at = line.indexOf('=');
    if (at > 0) out[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  }
  return out;
}
