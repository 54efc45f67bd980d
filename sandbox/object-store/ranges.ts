// swob's Range header: `bytes=` then ranges `a-b`, `a-` or `-n`; a header that
// does not parse is ignored (the whole object), ranges past the end are dropped,
// none left is 416.

export interface ByteRange {
  start: number;
  /** Inclusive. */
  end: number;
}

/** null: no usable Range header (answer 200); []: unsatisfiable (416). */
export function parseRanges(value: string | undefined, size: number): ByteRange[] | null {
  if (!value) return null;
  const match = /^\s*bytes\s*=\s*(.+)$/i.exec(value);
  if (!match?.[1]) return null;
  const specs: [number | null, number | null][] = [];
  for (const part of match[1].split(',')) {
    const m = /^\s*(\d*)\s*-\s*(\d*)\s*$/.exec(part);
    if (!m || (m[1] === '' && m[2] === '')) return null;
    const start = m[1] === '' ? null : Number(m[1]);
    const end = m[2] === '' ? null : Number(m[2]);
    if (start !== null && end !== null && end < start) return null;
    specs.push([start, end]);
  }
  const ranges: ByteRange[] = [];
  for (const [start, end] of specs) {
    if (start === null) {
      const suffix = end ?? 0;
      if (suffix === 0 || size === 0) continue;
      ranges.push({ start: Math.max(0, size - suffix), end: size - 1 });
    } else if (start < size) {
      ranges.push({ start, end: Math.min(end ?? size - 1, size - 1) });
    }
  }
  return ranges;
}
