// Reads at most `limit` bytes of a body as text, then stops reading (the rest is
// cancelled, never buffered): an upstream error page cannot fill our memory.
// With `timeoutMs`, it also stops when the body takes longer than that to arrive.

export const MAX_ERROR_BODY_BYTES = 1024 * 1024;

export async function readCappedText(
  body: ReadableStream<Uint8Array> | null,
  limit = MAX_ERROR_BODY_BYTES,
  timeoutMs?: number,
): Promise<string> {
  if (!body) return '';
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<'late'>((resolve) => {
    if (timeoutMs !== undefined) timer = setTimeout(() => resolve('late'), timeoutMs);
  });
  let text = '';
  let bytes = 0;
  try {
    for (;;) {
      const next = await Promise.race([reader.read(), late]);
      if (next === 'late' || next.done) break;
      const room = limit - bytes;
      const chunk = next.value.byteLength > room ? next.value.subarray(0, room) : next.value;
      bytes += chunk.byteLength;
      text += decoder.decode(chunk, { stream: true });
      if (bytes >= limit) break;
    }
    return text + decoder.decode();
  } catch {
    return text;
  } finally {
    clearTimeout(timer);
    void reader.cancel().catch(() => undefined);
  }
}
