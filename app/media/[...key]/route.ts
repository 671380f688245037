import { getMediaStorage, parseMediaKey } from "@/lib/server/media/storage";

export const dynamic = "force-dynamic";

const notFound = () =>
  new Response("Not found.", {
    status: 404,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });

/**
 * Stored originals (/media/o/<sha256>.<ext>) and variants (/media/v/<sha256>/<width>.<ext>).
 * A key names content by its checksum and never changes, so answers are cacheable for a
 * year and marked immutable. Anything that is not exactly such a key is a 404 before
 * storage is asked (no path traversal, no other files).
 */
export async function GET(request: Request, context: { params: Promise<{ key: string[] }> }) {
  const key = (await context.params).key.join("/");
  const parsed = parseMediaKey(key);
  if (!parsed) return notFound();
  const etag = `"${parsed.checksum}${parsed.width === null ? "" : `-${parsed.width}`}.${parsed.ext}"`;
  const headers = {
    "cache-control": "public, max-age=31536000, immutable",
    etag,
    "x-content-type-options": "nosniff",
  };
  const ifNoneMatch = request.headers.get("if-none-match");
  if (ifNoneMatch && ifNoneMatch.split(/\s*,\s*/).some((tag) => tag.replace(/^W\//, "") === etag))
    return new Response(null, { status: 304, headers });
  const object = await getMediaStorage().get(key);
  if (!object) return notFound();
  return new Response(object.body, {
    headers: {
      ...headers,
      // The type the key names (Galley wrote it), whatever the store reports.
      "content-type": parsed.contentType,
      "content-length": String(object.size),
    },
  });
}
