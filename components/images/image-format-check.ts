// Is a file the disk format the user chose? Only the first bytes are read (a
// slice), enough for the formats that carry a signature; raw takes anything.

const ascii = (bytes: Uint8Array, at: number, text: string) =>
  [...text].every((ch, i) => bytes[at + i] === ch.charCodeAt(0));

type Sniffer = (head: Uint8Array) => boolean;

const SIGNATURES: Record<string, Sniffer> = {
  qcow2: (b) => b[0] === 0x51 && b[1] === 0x46 && b[2] === 0x49 && b[3] === 0xfb,
  vmdk: (b) => ascii(b, 0, 'KDMV') || ascii(b, 0, '# Disk DescriptorFile'),
  vhdx: (b) => ascii(b, 0, 'vhdxfile'),
  vdi: (b) => b[0x40] === 0x7f && b[0x41] === 0x10 && b[0x42] === 0xda && b[0x43] === 0xbe,
  iso: (b) => ascii(b, 0x8001, 'CD001'),
};

/** How many bytes of the file's start the check reads. */
export const HEAD_BYTES = 0x8010;

/** The formats the check recognises, for the "is actually…" hint. */
export function detectFormat(head: Uint8Array): string | undefined {
  return Object.entries(SIGNATURES).find(([, sniff]) => sniff(head))?.[0];
}

/** A message when the file's start shows it is not `format`; undefined when it may be. */
export function formatMismatch(format: string, head: Uint8Array): string | undefined {
  const sniff = SIGNATURES[format];
  const found = detectFormat(head);
  if (sniff && !sniff(head)) {
    return found
      ? `This file is a ${found.toUpperCase()} image, not ${format.toUpperCase()}: choose Format ${found.toUpperCase()}.`
      : `This file is not a ${format.toUpperCase()} image: its first bytes are not a ${format.toUpperCase()} header.`;
  }
  if (format === 'raw' && found && found !== 'iso') {
    return `This file is a ${found.toUpperCase()} image, not Raw: choose Format ${found.toUpperCase()}.`;
  }
  return undefined;
}

export async function checkFileFormat(file: Blob, format: string): Promise<string | undefined> {
  const head = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
  return formatMismatch(format, head);
}
