// Reads at most `limit` bytes of a body as text, then stops reading (the rest is
// cancelled, never buffered): an upstream error page cannot fill our memory.

export const MAX_ERROR_BODY_BYTES = 1024 * 1024;

export async function readCappedText(
  body: ReadableStream<Uint8Array> | null,
  limit = MAX_ERROR_BODY_BYTES,
): Promise<string> {
  if (!body) return '';
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      const room = limit - bytes;
      const chunk = value.byteLength > room ? value.subarray(0, room) : value;
      bytes += chunk.byteLength;
      text += decoder.decode(chunk, { stream: true });
      if (bytes >= limit) break;
    }
    return text + decoder.decode();
  } catch {
    return text;
  } finally {
    void reader.cancel().catch(() => undefined);
  }
}
