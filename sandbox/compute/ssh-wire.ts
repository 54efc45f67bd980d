// The SSH wire format (RFC 4251): length-prefixed strings, mpints and integers.

export class SshReader {
  private offset = 0;

  constructor(private readonly data: Buffer) {}

  get remaining(): number {
    return this.data.length - this.offset;
  }

  private take(length: number): Buffer {
    if (length > this.remaining) throw new Error('Invalid data');
    const slice = this.data.subarray(this.offset, this.offset + length);
    this.offset += length;
    return slice;
  }

  u32(): number {
    return this.take(4).readUInt32BE(0);
  }

  u64(): bigint {
    return this.take(8).readBigUInt64BE(0);
  }

  string(): Buffer {
    return this.take(this.u32());
  }

  /** Non-negative mpint, as cryptography reads it (negative ones are refused). */
  mpint(): bigint {
    const raw = this.string();
    const first = raw[0];
    if (first !== undefined && first > 0x7f) throw new Error('Invalid data');
    return raw.length === 0 ? 0n : BigInt(`0x${raw.toString('hex')}`);
  }
}

export function sshString(value: Buffer | string): Buffer {
  const body = typeof value === 'string' ? Buffer.from(value) : value;
  const length = Buffer.alloc(4);
  length.writeUInt32BE(body.length, 0);
  return Buffer.concat([length, body]);
}

/** Unsigned big-endian bytes as an mpint: minimal, with a 0x00 when the top bit is set. */
export function sshMpint(unsigned: Buffer): Buffer {
  let start = 0;
  while (start < unsigned.length && unsigned[start] === 0) start += 1;
  const trimmed = unsigned.subarray(start);
  const first = trimmed[0];
  return sshString(
    first !== undefined && first > 0x7f ? Buffer.concat([Buffer.from([0]), trimmed]) : trimmed,
  );
}

export function bitLength(value: bigint): number {
  return value === 0n ? 0 : value.toString(2).length;
}
