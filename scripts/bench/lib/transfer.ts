// What the big-transfer benchmarks share (image-upload.ts, object-transfer.ts): a
// generated body never held in memory, and a transfer timed while the resident
// memory of the given process groups is sampled.
import { createHash } from 'node:crypto';
import { groupRssBytes, watchRss } from './proc-rss';

export const MIB = 1024 * 1024;
const BLOCK = new Uint8Array(MIB).map((_, i) => (i * 131 + 17) % 253);

/** `bytes` of a repeating pattern, produced as the reader asks for them. */
export function generated(bytes: number): ReadableStream<Uint8Array> {
  let left = bytes;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (left <= 0) return controller.close();
      const n = Math.min(left, BLOCK.length);
      left -= n;
      // A copy: the sender may hold a chunk after it is handed over.
      controller.enqueue(BLOCK.slice(0, n));
    },
  });
}

/** The MD5 of what generated(bytes) produces (Swift's ETag for it). */
export function generatedMd5(bytes: number): string {
  const hash = createHash('md5');
  for (let left = bytes; left > 0; left -= MIB) hash.update(BLOCK.subarray(0, Math.min(left, MIB)));
  return hash.digest('hex');
}

export interface Run {
  seconds: number;
  /** Peak resident memory added to each group during the transfer, in MB. */
  addedMb: number[];
}

export async function measured(groups: number[], transfer: () => Promise<void>): Promise<Run> {
  const before = groups.map(groupRssBytes);
  const watch = watchRss(groups);
  const started = performance.now();
  await transfer();
  const seconds = (performance.now() - started) / 1000;
  const peaks = watch.stop();
  return { seconds, addedMb: peaks.map((p, i) => (p - (before[i] ?? 0)) / 1e6) };
}

export const fmt = (n: number, digits = 1) => n.toFixed(digits);
