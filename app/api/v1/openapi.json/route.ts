import { openApiDocument } from "@/lib/server/api/openapi";
import { servePublicJson } from "@/lib/server/api/serve-json";

export const dynamic = "force-dynamic";

/** The content API's OpenAPI 3.1 description, for client generators and API explorers. */
export function GET(request: Request) {
  return servePublicJson(request, async (origin) => openApiDocument(origin));
}
