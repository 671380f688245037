import "server-only";

/** Thrown when a body grows past its limit while it is read. */
export class BodyTooLarge extends Error {
  override name = "BodyTooLarge";
}

/**
 * Reads a request body into memory, stopping as soon as it passes `limit` bytes: a client
 * that sends no Content-Length (chunked) or lies about it cannot make the server buffer
 * more than the limit.
 */
export async function readLimitedBody(request: Request, limit: number): Promise<Buffer> {
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      throw new BodyTooLarge(`The request body passed ${limit} bytes.`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}
