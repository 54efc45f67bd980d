import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable, Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';

// Image data of one Glance (one region) as files, one per image, in the service's
// data directory: written while they stream in (never held whole), with the fs
// store's md5 checksum and sha512 os_hash_value computed on the way. A file only
// gets its final name once complete, so an aborted upload leaves nothing behind.

export interface ReceivedData {
  size: number;
  checksum: string;
  osHashValue: string;
}

export class DataTooLargeError extends Error {
  constructor(public readonly limit: number) {
    super(`image data larger than ${limit} bytes`);
  }
}

class Digest extends Transform {
  size = 0;
  private readonly md5 = createHash('md5');
  private readonly sha512 = createHash('sha512');

  constructor(private readonly limit: number) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.size += chunk.length;
    if (this.size > this.limit) {
      done(new DataTooLargeError(this.limit));
      return;
    }
    this.md5.update(chunk);
    this.sha512.update(chunk);
    done(null, chunk);
  }

  result(): ReceivedData {
    return {
      size: this.size,
      checksum: this.md5.digest('hex'),
      osHashValue: this.sha512.digest('hex'),
    };
  }
}

export type DataKind = 'file' | 'staging';

export class ImageDataFiles {
  constructor(private readonly dir: string) {}

  pathOf(imageId: string, kind: DataKind = 'file'): string {
    // Ids are UUIDs checked by the route; basename keeps any other value inside the directory.
    return path.join(this.dir, kind, path.basename(imageId));
  }

  /** Streams `source` into the image's file; resolves with its size and hashes. */
  async receive(
    imageId: string,
    source: Readable,
    kind: DataKind,
    limit = Number.MAX_SAFE_INTEGER,
  ): Promise<ReceivedData> {
    const target = this.pathOf(imageId, kind);
    await mkdir(path.dirname(target), { recursive: true });
    const partial = `${target}.part-${randomBytes(4).toString('hex')}`;
    const digest = new Digest(limit);
    try {
      await pipeline(source, digest, createWriteStream(partial, { mode: 0o600 }));
      await rename(partial, target);
    } catch (err) {
      await rm(partial, { force: true });
      throw err;
    }
    return digest.result();
  }

  /** Moves staged data to be the image's data (a glance-direct import). */
  async promoteStaged(imageId: string): Promise<void> {
    const target = this.pathOf(imageId);
    await mkdir(path.dirname(target), { recursive: true });
    await rename(this.pathOf(imageId, 'staging'), target);
  }

  /** The image's data, or null when it has no file here (seeded and snapshot images). */
  async open(imageId: string): Promise<{ stream: Readable; size: number } | null> {
    const file = this.pathOf(imageId);
    const info = await stat(file).catch(() => null);
    if (!info) return null;
    return { stream: createReadStream(file), size: info.size };
  }

  async remove(imageId: string): Promise<void> {
    await Promise.all([
      rm(this.pathOf(imageId), { force: true }),
      rm(this.pathOf(imageId, 'staging'), { force: true }),
    ]);
  }

  /** Removes files of images that are gone and partial files a stopped sandbox left. */
  async prune(keep: ReadonlySet<string>): Promise<void> {
    for (const kind of ['file', 'staging'] as const) {
      const names = await readdir(path.join(this.dir, kind)).catch(() => [] as string[]);
      await Promise.all(
        names
          .filter((name) => !keep.has(name))
          .map((name) => rm(path.join(this.dir, kind, name), { force: true })),
      );
    }
  }
}

/** Zeros of the image's size, for images whose data the sandbox never received. */
export function zeros(size: number): Readable {
  const block = Buffer.alloc(64 * 1024);
  let left = size;
  return new Readable({
    read() {
      if (left <= 0) {
        this.push(null);
        return;
      }
      const n = Math.min(left, block.length);
      left -= n;
      this.push(n === block.length ? block : block.subarray(0, n));
    },
  });
}
