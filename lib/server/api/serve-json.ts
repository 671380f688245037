import "server-only";
import { jsonError } from "../http/json-route";
import { documentResponse, makeDocument, publicOrigin } from "../http/public-document";

/**
 * A public, read-only JSON answer of the content API: ETag (304 when unchanged),
 * CDN-friendly Cache-Control, readable from any origin. Errors are `{ error, message }`
 * with their 4xx status; nothing unexpected escapes as a stack trace.
 */
export async function servePublicJson(
  request: Request,
  load: (origin: string) => Promise<unknown>,
): Promise<Response> {
  try {
    const payload = await load(await publicOrigin(request));
    const document = makeDocument(JSON.stringify(payload), "application/json; charset=utf-8");
    return documentResponse(request, document, { "access-control-allow-origin": "*" });
  } catch (error) {
    return jsonError(error);
  }
}
