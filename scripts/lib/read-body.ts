/**
 * Reads a response body up to a limit, counting while it reads: a server's Content-Length may be
 * missing (a chunked reply) or say less than it sends, and a compressed reply is larger once
 * decompressed, which is what would be saved. Reading stops, and the connection is dropped, one
 * chunk past the limit, so an endless or enormous reply costs no more than the limit.
 */

/** The body's bytes, or undefined when it holds more than `limit` of them. */
export async function readBodyAtMost(
  body: ReadableStream<Uint8Array> | null,
  limit: number,
): Promise<Uint8Array | undefined> {
  if (body === null) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}
