// CPython's binascii.a2b_base64 in its default, non-strict mode: characters outside
// the alphabet are skipped and a complete pad ends the data. Nova and the
// cryptography library decode SSH keys with it, so odd keys pass or fail alike.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const TABLE = new Map([...ALPHABET].map((ch, i) => [ch.charCodeAt(0), i]));

export function pyB64Decode(text: string): Buffer | null {
  const out: number[] = [];
  let quadPos = 0;
  let pads = 0;
  let left = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 0x3d) {
      pads += 1;
      if (quadPos >= 2 && quadPos + pads >= 4) return Buffer.from(out);
      continue;
    }
    const value = TABLE.get(code);
    if (value === undefined) continue;
    pads = 0;
    switch (quadPos) {
      case 0:
        left = value;
        quadPos = 1;
        break;
      case 1:
        out.push(((left << 2) | (value >> 4)) & 0xff);
        left = value & 0x0f;
        quadPos = 2;
        break;
      case 2:
        out.push(((left << 4) | (value >> 2)) & 0xff);
        left = value & 0x03;
        quadPos = 3;
        break;
      default:
        out.push(((left << 6) | value) & 0xff);
        left = 0;
        quadPos = 0;
    }
  }
  return quadPos === 0 ? Buffer.from(out) : null;
}
