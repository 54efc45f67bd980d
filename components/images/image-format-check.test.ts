import { describe, expect, it } from 'vitest';
import { checkFileFormat, formatMismatch, HEAD_BYTES } from './image-format-check';

function head(bytes: number[], at = 0): Uint8Array {
  const out = new Uint8Array(HEAD_BYTES);
  out.set(bytes, at);
  return out;
}
const text = (s: string) => [...s].map((c) => c.charCodeAt(0));

describe('formatMismatch', () => {
  it('accepts a file whose header is the chosen format', () => {
    expect(formatMismatch('qcow2', head([0x51, 0x46, 0x49, 0xfb]))).toBeUndefined();
    expect(formatMismatch('vmdk', head(text('KDMV')))).toBeUndefined();
    expect(formatMismatch('iso', head(text('CD001'), 0x8001))).toBeUndefined();
  });

  it('says when the file is not the chosen format, and what it is when known', () => {
    expect(formatMismatch('qcow2', head([1, 2, 3]))).toMatch(/^This file is not a QCOW2 image/);
    expect(formatMismatch('vmdk', head([0x51, 0x46, 0x49, 0xfb]))).toBe(
      'This file is a QCOW2 image, not VMDK: choose Format QCOW2.',
    );
    expect(formatMismatch('raw', head([0x51, 0x46, 0x49, 0xfb]))).toMatch(/not Raw/);
  });

  it('takes anything as raw, and formats without a signature as they are', () => {
    expect(formatMismatch('raw', head([1, 2, 3]))).toBeUndefined();
    expect(formatMismatch('ami', head([1, 2, 3]))).toBeUndefined();
  });
});

describe('checkFileFormat', () => {
  it('reads only the start of the file', async () => {
    const blob = new Blob([new Uint8Array([0x51, 0x46, 0x49, 0xfb]), new Uint8Array(1 << 20)]);
    expect(await checkFileFormat(blob, 'qcow2')).toBeUndefined();
    expect(await checkFileFormat(blob, 'vhdx')).toMatch(/QCOW2/);
  });
});
