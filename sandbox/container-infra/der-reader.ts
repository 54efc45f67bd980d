// Just enough DER reading to take a PKCS#10 request apart: each element's tag,
// where its content starts and ends, and its whole bytes.

export interface DerElement {
  tag: number;
  /** The whole element: tag, length and content. */
  raw: Buffer;
  content: Buffer;
}

export function readElement(buf: Buffer, offset = 0): DerElement {
  const tag = buf[offset];
  const first = buf[offset + 1];
  if (tag === undefined || first === undefined) throw new Error('truncated DER');
  let length = first;
  let header = 2;
  if (first & 0x80) {
    const count = first & 0x7f;
    if (count === 0 || count > 4) throw new Error('unsupported DER length');
    length = 0;
    for (let i = 0; i < count; i += 1) length = length * 256 + (buf[offset + 2 + i] ?? 0);
    header += count;
  }
  const end = offset + header + length;
  if (end > buf.length) throw new Error('truncated DER');
  return { tag, raw: buf.subarray(offset, end), content: buf.subarray(offset + header, end) };
}

/** The elements inside a constructed element, in order. */
export function children(element: DerElement): DerElement[] {
  const out: DerElement[] = [];
  let offset = 0;
  while (offset < element.content.length) {
    const child = readElement(element.content, offset);
    out.push(child);
    offset += child.raw.length;
  }
  return out;
}

/** An OBJECT IDENTIFIER's content in dotted form. */
export function oidText(content: Buffer): string {
  const first = content[0] ?? 0;
  const parts = [Math.floor(first / 40), first % 40];
  let value = 0;
  for (const byte of content.subarray(1)) {
    value = value * 128 + (byte & 0x7f);
    if (!(byte & 0x80)) {
      parts.push(value);
      value = 0;
    }
  }
  return parts.join('.');
}
