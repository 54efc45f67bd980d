// "key=value" lines, as a student types metadata, hints or extra specs: one
// schema that parses them and says which line is wrong and why.
import { z } from 'zod';

export interface KeyValueRules {
  maxKey?: number;
  maxValue?: number;
  maxItems?: number;
  label?: string;
}

export function keyValueLines(rules: KeyValueRules = {}) {
  const { maxKey = 255, maxValue = 255, maxItems = 128, label = 'line' } = rules;
  return z
    .string()
    .max(100_000, { error: 'Too much text.' })
    .transform((text, ctx) => {
      const result: Record<string, string> = {};
      const lines = text.split('\n').map((l) => l.trim());
      lines.forEach((line, index) => {
        if (!line || line.startsWith('#')) return;
        const at = line.indexOf('=');
        const key = at > 0 ? line.slice(0, at).trim() : '';
        const value = at > 0 ? line.slice(at + 1).trim() : '';
        const where = `${label[0]!.toUpperCase()}${label.slice(1)} ${index + 1}`;
        if (!key) ctx.addIssue({ code: 'custom', message: `${where}: write it as key=value.` });
        else if (key.length > maxKey)
          ctx.addIssue({
            code: 'custom',
            message: `${where}: the key is longer than ${maxKey} characters.`,
          });
        else if (value.length > maxValue)
          ctx.addIssue({
            code: 'custom',
            message: `${where}: the value is longer than ${maxValue} characters.`,
          });
        else if (key in result)
          ctx.addIssue({ code: 'custom', message: `${where}: "${key}" is given twice.` });
        else result[key] = value;
      });
      if (Object.keys(result).length > maxItems) {
        ctx.addIssue({ code: 'custom', message: `At most ${maxItems} items are allowed.` });
      }
      return result;
    });
}

export function toKeyValueLines(record: Record<string, string>): string {
  return Object.entries(record)
    .map(([k, v]) => `${k}=${v}`)
    .join('\n');
}
