import { describe, expect, it } from 'vitest';
import { readCappedText } from './read-capped';

function stream(chunks: string[], then: 'close' | 'hang' = 'close') {
  let pulled = 0;
  const source = new ReadableStream<Uint8Array>({
    pull(controller) {
      const chunk = chunks[pulled];
      pulled += 1;
      if (chunk !== undefined) controller.enqueue(new TextEncoder().encode(chunk));
      else if (then === 'close') controller.close();
      else return new Promise<void>(() => undefined);
    },
  });
  return { source, pulls: () => pulled };
}

describe('readCappedText', () => {
  it('reads a short body whole', async () => {
    expect(await readCappedText(stream(['ab', 'cd']).source, 10)).toBe('abcd');
  });

  it('stops at the limit, without pulling what comes after', async () => {
    const body = stream(['abcd', 'efgh', 'ijkl', 'mnop']);
    expect(await readCappedText(body.source, 6)).toBe('abcdef');
    expect(body.pulls()).toBeLessThanOrEqual(3);
  });

  it('keeps a multi-byte character split across chunks', async () => {
    const bytes = new TextEncoder().encode('é');
    const source = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.subarray(0, 1));
        controller.enqueue(bytes.subarray(1));
        controller.close();
      },
    });
    expect(await readCappedText(source, 10)).toBe('é');
  });

  it('gives what came so far when the rest does not come in time', async () => {
    const started = Date.now();
    expect(await readCappedText(stream(['part'], 'hang').source, 100, 100)).toBe('part');
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
