import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { copyFile, mkdir, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';

// Object data of one Swift (one region) as files in the service's data directory,
// one per object version, named by a random id kept in the object's record. Data
// stream in and out (never held whole); a file gets its final name only once
// complete, so an aborted upload leaves nothing behind.

export interface StoredData {
  fileId: string;
  bytes: number;
  hash: string;
}

export class UploadTooLargeError extends Error {
  constructor() {
    super('object larger than allowed');
  }
}

class Md5Counter extends Transform {
  bytes = 0;
  private readonly md5 = createHash('md5');

  constructor(private readonly limit: number) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.bytes += chunk.length;
    if (this.bytes > this.limit) {
      done(new UploadTooLargeError());
      return;
    }
    this.md5.update(chunk);
    done(null, chunk);
  }

  hex(): string {
    return this.md5.digest('hex');
  }
}

export class ObjectFiles {
  constructor(private readonly dir: string) {}

  private pathOf(fileId: string): string {
    return path.join(this.dir, path.basename(fileId));
  }

  /** Streams `source` into a new file; `accept` may still refuse it (the ETag check). */
  async receive(source: Readable, limit: number): Promise<StoredData> {
    await mkdir(this.dir, { recursive: true });
    const fileId = randomUUID();
    const partial = `${this.pathOf(fileId)}.part-${randomBytes(4).toString('hex')}`;
    const counter = new Md5Counter(limit);
    try {
      await pipeline(source, counter, createWriteStream(partial, { mode: 0o600 }));
      await rename(partial, this.pathOf(fileId));
    } catch (err) {
      await rm(partial, { force: true });
      throw err;
    }
    return { fileId, bytes: counter.bytes, hash: counter.hex() };
  }

  /** A new file with the same data (a server-side copy). */
  async duplicate(fileId: string): Promise<string> {
    const copy = randomUUID();
    await copyFile(this.pathOf(fileId), this.pathOf(copy));
    return copy;
  }

  /** The bytes start..end (inclusive) of the file, streamed. */
  read(fileId: string, range?: { start: number; end: number }): Readable {
    return createReadStream(this.pathOf(fileId), range);
  }

  async remove(fileIds: readonly string[]): Promise<void> {
    await Promise.all(fileIds.map((id) => rm(this.pathOf(id), { force: true })));
  }

  /** Removes files no object names and partial files a stopped sandbox left. */
  async prune(keep: ReadonlySet<string>): Promise<void> {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    await Promise.all(
      names.filter((n) => !keep.has(n)).map((n) => rm(this.pathOf(n), { force: true })),
    );
  }
}
